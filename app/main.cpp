#include "MainWindow.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    auto store = ef::Store::open(ef::StoreLocation::defaultPath());
    if (!store)
        return 1;
    ef::MainWindow w(**store);
    w.show();
    return app.exec();
}
