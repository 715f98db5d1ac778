// The main window: the dashboard of the three programmes and the search across them.
#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace ef {

class Store;
class DashboardPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

private:
    void createMenus();
    void runSearch();

    Store &m_store;
    DashboardPage *m_dashboard = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_results = nullptr;
};

} // namespace ef
