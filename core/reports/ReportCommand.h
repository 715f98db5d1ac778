// The report for scripts: edufusion-desk --report PROJECT --from DATE --to DATE --xlsx FILE
// (and --csv DIR, --pdf FILE), with every argument checked and a translated message for each
// mistake; no window.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ef {

class Clock;

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static bool isRequested(int argc, char **argv);
    // arguments as QCoreApplication::arguments(); defaultStore when --store is not given.
    static int run(const QStringList &arguments, const QString &defaultStore, const Clock &clock,
        QTextStream &out, QTextStream &err);
};

} // namespace ef
