// The report for scripts: edufusion-desk --report PROJECT --from DATE --to DATE --xlsx FILE
// (and --csv DIR, --pdf FILE), with every argument checked and a translated message for each
// mistake; no window.
#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace ef {

class Clock;

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ef::ReportCommand)

public:
    // The command line's values as typed; run() checks every one.
    struct Args
    {
        QString store;
        QString project; // acronym or code
        QString from; // YYYY-MM-DD, or empty: from the first record
        QString to;
        QString xlsx;
        QString csv;
        QString pdf;
        QString names = QStringLiteral("native"); // native or latin
    };
    // Returns the process exit code: 0 written, 2 bad arguments, 1 the export failed.
    static int run(const Args &args, const Clock &clock, QTextStream &out, QTextStream &err);
};

} // namespace ef
