#include "ReportCommand.h"

#include "ReportExport.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cstring>

namespace ef {

bool ReportCommand::isRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--report") == 0 || std::strncmp(argv[i], "--report=", 9) == 0)
            return true;
    return false;
}

int ReportCommand::run(const QStringList &arguments, const QString &defaultStore,
    const Clock &clock, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the Erasmus+ report of a project and period."));
    parser.addHelpOption();
    const QCommandLineOption report(QStringLiteral("report"),
        tr("The project's acronym or code (EduFusion, 101179805)."), QStringLiteral("PROJECT"));
    const QCommandLineOption from(QStringLiteral("from"),
        tr("The first day of the period, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last day of the period, YYYY-MM-DD."),
        QStringLiteral("DATE"));
    const QCommandLineOption xlsx(
        QStringLiteral("xlsx"), tr("Write the workbook to this file."), QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
        tr("Write one CSV file per table into this folder."), QStringLiteral("DIR"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
        tr("Write the printable report to this file."), QStringLiteral("FILE"));
    const QCommandLineOption names(QStringLiteral("names"),
        tr("People's names as written (native) or in Latin letters (latin)."),
        QStringLiteral("SCRIPT"), QStringLiteral("native"));
    const QCommandLineOption store(
        QStringLiteral("store"), tr("Read this data file."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
        tr("Language of the report: kk, ru or en."), QStringLiteral("LANG"));
    parser.addOptions({report, from, to, xlsx, csv, pdf, names, store, language});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    auto fail = [&](const QString &message) {
        err << message << '\n';
        return 2;
    };
    ReportRequest request;
    auto date = [&](const QCommandLineOption &o, QDate &into) -> bool {
        if (!parser.isSet(o))
            return true;
        const QString text = parser.value(o);
        into = QDate::fromString(text, Qt::ISODate);
        return into.isValid();
    };
    if (!date(from, request.options.scope.from))
        return fail(tr("--from: “%1” is not a date; write it as YYYY-MM-DD, such as 2025-09-01.")
                        .arg(parser.value(from)));
    if (!date(to, request.options.scope.to))
        return fail(tr("--to: “%1” is not a date; write it as YYYY-MM-DD, such as 2026-06-30.")
                        .arg(parser.value(to)));
    if (request.options.scope.from.isValid() && request.options.scope.to.isValid()
        && request.options.scope.to < request.options.scope.from)
        return fail(tr("--to: the period ends (%1) before it begins (%2).")
                        .arg(parser.value(to), parser.value(from)));
    const QString script = parser.value(names);
    if (script != u"native" && script != u"latin")
        return fail(tr("--names: “%1” is neither native nor latin.").arg(script));
    request.options.names
        = script == u"latin" ? ReportOptions::Script::Latin : ReportOptions::Script::Cyrillic;
    request.xlsx = parser.value(xlsx);
    request.csvFolder = parser.value(csv);
    request.pdf = parser.value(pdf);
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
    const QString path = parser.isSet(store) ? parser.value(store) : defaultStore;
    if (!QFileInfo::exists(path))
        return fail(tr("There is no data file at %1.").arg(QDir::toNativeSeparators(path)));
    Store::Options so;
    so.clock = &clock;
    so.allowUnsafeLocation = true; // only read; the warning is for files the app writes to
    auto opened = Store::open(path, so);
    if (!opened)
        return fail(opened.error().message);
    Store &s = **opened;
    const QString project = parser.value(report);
    if (project.trimmed().isEmpty())
        return fail(tr("--report: name the project by its acronym or code."));
    request.options.scope.project = ErasmusReport::findProject(s.db(), project);
    if (request.options.scope.project.isNull())
        return fail(tr("--report: there is no project “%1” in %2.")
                        .arg(project.left(80), QDir::toNativeSeparators(path)));
    request.madeOn = clock.today();
    if (auto r = ReportExport::run(s.db(), request, {}); !r)
        return fail(r.error());
    for (const QString &written : {request.xlsx, request.csvFolder, request.pdf})
        if (!written.isEmpty())
            out << tr("Written: %1").arg(QDir::toNativeSeparators(written)) << '\n';
    return 0;
}

} // namespace ef
