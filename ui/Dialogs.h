// The questions the app asks the user (confirmations, file names, error messages), behind one
// seam that tests answer in advance, as KeePassXC's MessageBox and FileDialog do.
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace ef {

class Dialogs
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter = {});
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
        const QString &filter = {});
    // A folder to write into (CSV files); empty when the user gave up.
    static QString folderName(QWidget *parent, const QString &title);

    // For tests: the next ask() returns `answer` without showing anything; the next file dialog
    // returns `fileName`; warnings are recorded instead of shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &fileName);
    static void setRecordWarnings(bool on);
    static QStringList takeWarnings();
};

} // namespace ef
