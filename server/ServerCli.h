// The command line of edufusion-server: serve (the default), or one administration command
// (institutions, users, devices), on the SQLite data folder or a PostgreSQL store.
#pragma once

#include <QStringList>

namespace ef {

class ServerCli
{
public:
    // Runs the command in arguments (argv as given); returns the process exit code. Serving
    // returns only when the event loop ends.
    static int run(const QStringList &arguments);
};

} // namespace ef
