// Puts sync into the main window: the Sync menu and toolbar button (Sync now, F5), the status
// bar's sync state, the conflicts page with its count on the navigation, the sign-in and sync
// settings dialogs, and notices when changes arrived.
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QTreeWidgetItem;

namespace ef {

class ConflictsPage;
class RecordEditing;
class SignInDialog;
class Store;
class SyncController;
class SyncSettingsDialog;
class SyncStatus;

class SyncUi : public QObject
{
    Q_OBJECT

public:
    SyncUi(Store &store, RecordEditing &editing, QMainWindow *window);

    SyncController &controller() { return *m_controller; }
    ConflictsPage *conflictsPage() const { return m_page; }
    SyncStatus *status() const { return m_status; }
    QAction *syncAction() const { return m_syncNow; }
    // The navigation entry of the conflicts page: its text carries the count of open issues.
    void setNavigationItem(QTreeWidgetItem *item);
    // The Sync menu (before Help) and Sync now at the end of `toolBar`.
    void addMenuAndToolBar(QToolBar *toolBar);

    // Opens the sign-in dialog (one at a time), saying why when there is a reason.
    SignInDialog *showSignIn(const QString &why = {});
    SyncSettingsDialog *showSettings();

Q_SIGNALS:
    void conflictsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateBadge();
    void accountChanged();

    Store &m_store;
    RecordEditing &m_editing;
    QMainWindow *m_window;
    SyncController *m_controller;
    ConflictsPage *m_page;
    SyncStatus *m_status;
    QTreeWidgetItem *m_navigationItem = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_syncNow;
    QAction *m_cancel;
    QAction *m_signIn;
    QAction *m_signOut;
    QAction *m_settings;
    QAction *m_showConflicts;
    SignInDialog *m_signInDialog = nullptr;
    bool m_onDemand = false;
};

} // namespace ef
