// edufusion-server: the central sync server. All of it lives in server_lib; see ServerCli.
#include "ServerCli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edufusion-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDUFUSION_VERSION));
    return ef::ServerCli::run(QCoreApplication::arguments());
}
