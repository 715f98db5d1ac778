// The main window: a module per area (partnerships, training and certification, the course
// catalogue, institutions, people, projects) as lists in a navigation, the dashboard, the
// certificate verifier, search across all of them (Ctrl+K), and the undo history of the session.
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace ef {

class CertificateUi;
class DashboardPage;
class ListPage;
class RecordEditing;
class Store;
class SyncUi;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a module: "dashboard" or a ListCatalog key. Returns its list page (null for the
    // dashboard).
    ListPage *showModule(const QString &key);
    QString currentModule() const;
    ListPage *currentList() const;
    RecordEditing &editing() { return *m_editing; }
    QUndoStack &undoStack() { return *m_undo; }
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *searchResults() const { return m_results; }
    SyncUi &sync() { return *m_sync; }
    CertificateUi &certificates() { return *m_certificates; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createNavigation();
    void createMenus();
    // Every text the window shows itself, again in the current language.
    void retranslateUi();
    void fitNavigation();
    void updateUndoActions();
    void runSearch();
    void openSearchResult(QTreeWidgetItem *item);
    void saveSettings();
    void restoreSettings();

    Store &m_store;
    QUndoStack *m_undo;
    RecordEditing *m_editing;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_home = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_results = nullptr;
    QToolBar *m_toolbar = nullptr;
    QHash<QString, ListPage *> m_lists;
    SyncUi *m_sync = nullptr;
    CertificateUi *m_certificates = nullptr;
    // The menus and actions whose texts retranslateUi() sets, with their English sources.
    QList<std::pair<QMenu *, const char *>> m_menus;
    QList<std::pair<QAction *, const char *>> m_actions;
    QList<std::pair<QAction *, QString>> m_moduleActions; // Go menu: action and list key
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace ef
