// `edufusion-desk --sync`: signs in and syncs a store from the command line, for scripts and
// offices without the window, printing what moved. The password comes from the environment
// (EDUFUSION_PASSWORD) or standard input, never from the command line.
#pragma once

#include <QCoreApplication>
#include <QUrl>

class QTextStream;

namespace ef {

class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(ef::SyncCommand)

public:
    struct Args
    {
        QString store;
        QUrl server; // empty: the server this store last synced with
        QString user; // empty: the user who last signed in from this store
        QString password;
    };
    // Returns the process exit code: 0 synced, 1 failed (the message says why).
    static int run(const Args &args, QTextStream &out, QTextStream &err);
};

} // namespace ef
