// The application's main window.
#pragma once

#include <QMainWindow>

namespace ef {

class Store;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);

private:
    Store &m_store;
};

} // namespace ef
