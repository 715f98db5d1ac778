#include "SyncCommand.h"

#include "SyncAccount.h"
#include "SyncClient.h"
#include "store/Store.h"

#include <QEventLoop>
#include <QSysInfo>
#include <QTextStream>

namespace ef {

int SyncCommand::run(const Args &args, QTextStream &out, QTextStream &err)
{
    auto opened = Store::open(args.store);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return 1;
    }
    Store &store = **opened;
    const SyncAccount remembered = SyncAccount::of(store);
    const QUrl server = args.server.isEmpty() ? remembered.server : args.server;
    const QString user = args.user.isEmpty() ? remembered.user : args.user;
    if (!server.isValid() || server.scheme().isEmpty() || user.isEmpty()) {
        err << tr("Give the server's address (--server https://…) and the user (--user NAME).")
            << Qt::endl;
        return 1;
    }
    if (const QString why = SyncAccount::whyNoSignIn(store, server); !why.isEmpty()) {
        err << why << Qt::endl;
        return 1;
    }
    SyncClient::Options options;
    options.server = server;
    SyncClient client(store, options);
    QEventLoop loop;
    int code = 1;
    QObject::connect(&client, &SyncClient::loginFailed, &loop, [&](const SyncFailure &f) {
        err << tr("Sign-in failed: %1").arg(f.message) << Qt::endl;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::loggedIn, &loop, [&](const SyncSession &session) {
        if (auto r = SyncAccount::remember(store, server, session); !r) {
            err << r.error().message << Qt::endl;
            loop.quit();
            return;
        }
        client.start();
    });
    QObject::connect(&client, &SyncClient::progress, &loop, [&](int pushed, int pulled) {
        err << tr("Sent %1, received %2 changes…").arg(pushed).arg(pulled) << '\r' << Qt::flush;
    });
    QObject::connect(&client, &SyncClient::failed, &loop, [&](const SyncFailure &f) {
        err << '\n' << tr("Sync failed: %1").arg(f.message) << Qt::endl;
        loop.quit();
    });
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncStats &s) {
        err << '\n';
        out << tr("Synced: %1 sent, %2 received, %3 conflicts, %4 refused; %5 requests, %6 bytes "
                  "sent, %7 bytes received.")
                   .arg(s.pushed + s.superseded)
                   .arg(s.pulled)
                   .arg(s.conflicts)
                   .arg(s.rejected)
                   .arg(s.requests)
                   .arg(s.bytesSent)
                   .arg(s.bytesReceived)
            << Qt::endl;
        code = 0;
        loop.quit();
    });
    client.login(user, args.password, QSysInfo::machineHostName());
    loop.exec();
    return code;
}

} // namespace ef
