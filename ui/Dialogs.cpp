#include "Dialogs.h"

#include <QFileDialog>
#include <optional>

namespace ef {

namespace {

struct Seam
{
    std::optional<QMessageBox::StandardButton> answer;
    std::optional<QString> fileName;
    bool recordWarnings = false;
    QStringList warnings;
};

Seam &seam()
{
    static Seam s;
    return s;
}

} // namespace

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (seam().answer)
        return *std::exchange(seam().answer, std::nullopt);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    if (seam().recordWarnings) {
        seam().warnings << text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (seam().fileName)
        return *std::exchange(seam().fileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString Dialogs::saveFileName(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (seam().fileName)
        return *std::exchange(seam().fileName, std::nullopt);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::folderName(QWidget *parent, const QString &title)
{
    if (seam().fileName)
        return *std::exchange(seam().fileName, std::nullopt);
    return QFileDialog::getExistingDirectory(parent, title);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    seam().answer = answer;
}

void Dialogs::setNextFileName(const QString &fileName)
{
    seam().fileName = fileName;
}

void Dialogs::setRecordWarnings(bool on)
{
    seam().recordWarnings = on;
}

QStringList Dialogs::takeWarnings()
{
    return std::exchange(seam().warnings, {});
}

} // namespace ef
