#include "ReportCommand.h"

#include "ReportExport.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace ef {

namespace {

// A date as the command line takes it: exactly YYYY-MM-DD, a real day.
bool parseDate(const QString &text, QDate &into)
{
    if (text.isEmpty())
        return true;
    if (text.size() != 10)
        return false;
    into = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return into.isValid();
}

} // namespace

int ReportCommand::run(const Args &args, const Clock &clock, QTextStream &out, QTextStream &err)
{
    auto fail = [&](const QString &message) {
        err << message << Qt::endl;
        return 2;
    };
    ReportRequest request;
    ReportScope &scope = request.options.scope;
    if (args.project.trimmed().isEmpty())
        return fail(tr("--report: name the project by its acronym or code, such as EduFusion."));
    if (!parseDate(args.from, scope.from))
        return fail(tr("--from: “%1” is not a date; write it as YYYY-MM-DD, such as 2025-09-01.")
                        .arg(args.from.left(40)));
    if (!parseDate(args.to, scope.to))
        return fail(tr("--to: “%1” is not a date; write it as YYYY-MM-DD, such as 2026-06-30.")
                        .arg(args.to.left(40)));
    if (scope.from.isValid() && scope.to.isValid() && scope.to < scope.from)
        return fail(
            tr("--to: the period ends (%1) before it begins (%2).").arg(args.to, args.from));
    if (args.names != u"native" && args.names != u"latin")
        return fail(tr("--names: “%1” is neither native nor latin.").arg(args.names.left(40)));
    request.options.names
        = args.names == u"latin" ? ReportOptions::Script::Latin : ReportOptions::Script::Cyrillic;
    request.xlsx = args.xlsx;
    request.csvFolder = args.csv;
    request.pdf = args.pdf;
    if (request.xlsx.isEmpty() && request.csvFolder.isEmpty() && request.pdf.isEmpty())
        return fail(tr("Say where to write the report: --xlsx FILE, --csv DIR or --pdf FILE."));
    for (const QString *file : {&request.xlsx, &request.pdf}) {
        if (file->isEmpty())
            continue;
        const QFileInfo fi(*file);
        if (fi.isDir())
            return fail(
                tr("%1 is a folder; give a file name.").arg(QDir::toNativeSeparators(*file)));
        if (!fi.absoluteDir().exists())
            return fail(
                tr("The folder of %1 does not exist.").arg(QDir::toNativeSeparators(*file)));
    }
    if (!request.csvFolder.isEmpty() && QFileInfo(request.csvFolder).isFile())
        return fail(tr("--csv: %1 is a file; give a folder.")
                        .arg(QDir::toNativeSeparators(request.csvFolder)));
    if (!QFileInfo::exists(args.store))
        return fail(tr("There is no data file at %1.").arg(QDir::toNativeSeparators(args.store)));
    Store::Options so;
    so.clock = &clock;
    so.allowUnsafeLocation = true; // only read; the warning is for files the app writes to
    auto opened = Store::open(args.store, so);
    if (!opened)
        return fail(opened.error().message);
    Store &s = **opened;
    scope.project = ErasmusReport::findProject(s.db(), args.project.trimmed());
    if (scope.project.isNull())
        return fail(tr("--report: there is no project “%1” in %2.")
                        .arg(args.project.left(80), QDir::toNativeSeparators(args.store)));
    request.madeOn = clock.today();
    if (auto r = ReportExport::run(s.db(), request, {}); !r) {
        err << r.error() << Qt::endl;
        return 1;
    }
    for (const QString &written : {request.xlsx, request.csvFolder, request.pdf})
        if (!written.isEmpty())
            out << tr("Written: %1").arg(QDir::toNativeSeparators(written)) << Qt::endl;
    return 0;
}

} // namespace ef
