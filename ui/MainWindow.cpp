#include "MainWindow.h"

#include "store/Store.h"

namespace ef {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("EduFusion Desk"));
}

} // namespace ef
