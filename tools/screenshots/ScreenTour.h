// Walks the screens of a main window and saves each as an image: every module, every tab of the
// editor of each module's first record, and the dialogs by name. A dialog is one more row in
// dialogs().
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace ef {

class MainWindow;
class RecordDialog;
class Store;

class ScreenTour
{
public:
    ScreenTour(MainWindow &window, Store &store);

    // The dialogs that can be shown by name.
    static QStringList dialogNames();
    // The window (or, with a dialog, that dialog; with an editor tab, the editor of the current
    // list's first record on that tab) saved as `png`; false when nothing could be saved.
    bool saveOne(const QString &png, const QString &dialog, int editorTab);
    // Every module and every editor tab as <language>_<module>[_<tab>].png in `dir`; how many
    // images were saved. failures() counts those that could not be.
    int saveAll(const QString &dir);
    int failures() const { return m_failures; }

private:
    struct Dialog
    {
        const char *name;
        std::function<QWidget *(MainWindow &, Store &)> open;
    };
    static QList<Dialog> dialogs();
    RecordDialog *openFirstRecord();
    void waitForDashboard();
    static void settle();

    bool save(QWidget *screen, const QString &png);

    MainWindow &m_window;
    Store &m_store;
    int m_failures = 0;
};

} // namespace ef
