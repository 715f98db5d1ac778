#include "SyncCommand.h"

#include "SyncAccount.h"
#include "SyncTask.h"
#include "store/Store.h"
#include "util/ConsoleTask.h"

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
    // The same Task as the window's sync, shown on the terminal.
    SyncTask task(store);
    ConsoleTask console(task, err);
    QString refused; // why the sign-in or the sync could not begin
    const auto refuse = [&](const QString &why) {
        refused = why;
        console.stop(unexpected(TaskError::failure(why)));
    };
    QObject::connect(&task, &SyncTask::signInFailed, &console,
        [&](const QString &why) { refuse(tr("Sign-in failed: %1").arg(why)); });
    QObject::connect(&task, &SyncTask::needsSignIn, &console, refuse);
    QObject::connect(&task, &SyncTask::signedIn, &console, [&] { task.start(); });
    task.signIn(server, user, args.password, QSysInfo::machineHostName());
    const TaskResult result = console.exec();
    if (!result) {
        err << (!refused.isEmpty()         ? refused
                : result.error().cancelled ? tr("Sync stopped; what arrived so far is kept.")
                                           : tr("Sync failed: %1").arg(result.error().message))
            << Qt::endl;
        return 1;
    }
    const SyncStats &s = task.lastStats();
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
    return 0;
}

} // namespace ef
