// `edufusion-desk --generate-national FILE [--scale F]`: makes the national-scale store from
// the command line as a NationalGenerationTask, its progress on the terminal; Ctrl+C stops it
// and leaves no file behind.
#pragma once

#include <QCoreApplication>

class QTextStream;

namespace ef {

class NationalCommand
{
    Q_DECLARE_TR_FUNCTIONS(ef::NationalCommand)

public:
    // Returns the process exit code: 0 made, 1 failed or stopped (the message says which).
    static int run(const QString &path, double scale, QTextStream &out, QTextStream &err);
};

} // namespace ef
