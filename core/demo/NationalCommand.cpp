#include "NationalCommand.h"

#include "NationalGenerationTask.h"
#include "util/ConsoleTask.h"

#include <QLocale>
#include <QTextStream>

namespace ef {

int NationalCommand::run(const QString &path, double scale, QTextStream &out, QTextStream &err)
{
    if (path.isEmpty()) {
        err << tr("Give the file to make: --generate-national FILE.") << Qt::endl;
        return 1;
    }
    if (!(scale > 0 && scale <= 10)) {
        err << tr("--scale: a fraction of the national scale greater than 0 and at most 10.")
            << Qt::endl;
        return 1;
    }
    NationalGenerationTask task(path, NationalScale().scaled(scale));
    ConsoleTask console(task, err);
    task.start();
    const TaskResult result = console.exec();
    if (!result) {
        err << (result.error().cancelled ? tr("Stopped; %1 was not made.").arg(path)
                                         : result.error().message)
            << Qt::endl;
        return 1;
    }
    out << tr("%1 rows written to %2").arg(QLocale().toString(task.scale().totalRows()), path)
        << Qt::endl;
    return 0;
}

} // namespace ef
