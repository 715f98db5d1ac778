// Store benchmarks on national-scale data, printed as a table:
//  1. generation rows/s through the store (validation, change tracking, search index) against the
//     same rows inserted with the bare sqlite3 C API into the same tables (target ratio >= 0.5);
//  2. opening the national store and reading the dashboard counts (target median < 300 ms);
//  3. full-text search over people, typed in Cyrillic and Latin (target p99 < 5 ms).
#include "BareSqliteSink.h"
#include "BenchTiming.h"
#include "demo/NationalGenerator.h"
#include "people/Person.h"
#include "reports/Dashboard.h"
#include "store/ListQuery.h"
#include "store/Store.h"
#include "text/KazakhCollation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <sqlite3.h>

using namespace ef;
using namespace ef::bench;

namespace {

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

int kazakh(void *, int na, const void *a, int nb, const void *b)
{
    return compareKazakh(static_cast<const char *>(a), na, static_cast<const char *>(b), nb);
}

// The same schema without any trigger, on a plain connection: the baseline's table set.
sqlite3 *openBare(const QString &path)
{
    {
        auto store = Store::open(path);
        if (!store)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error().message));
    }
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_create_collation(db, "KAZAKH", SQLITE_UTF8, nullptr, kazakh);
    // The same settings as Store::initialise, so only our layer differs.
    sqlite3_exec(db,
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
        "PRAGMA cache_size = -32000; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 536870912;",
        nullptr, nullptr, nullptr);
    QStringList triggers;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT name FROM sqlite_schema WHERE type = 'trigger'", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
        triggers << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    for (const QString &t : triggers)
        sqlite3_exec(db, QStringLiteral("DROP TRIGGER %1").arg(t).toUtf8().constData(), nullptr,
            nullptr, nullptr);
    return db;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("EduFusion Desk store benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
        QStringLiteral("Fraction of the national scale (default 1)."), QStringLiteral("F"),
        QStringLiteral("1"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
        QStringLiteral("Folder for the store files (default: a temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption keepOpt(
        QStringLiteral("keep"), QStringLiteral("Keep the generated national store in --dir."));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
        QStringLiteral("Open + dashboard repetitions (default 21)."), QStringLiteral("N"),
        QStringLiteral("21"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"),
        QStringLiteral("Search queries (default 2000)."), QStringLiteral("N"),
        QStringLiteral("2000"));
    const QCommandLineOption skipBaselineOpt(
        QStringLiteral("skip-baseline"), QStringLiteral("Do not run the bare sqlite3 baseline."));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"),
        QStringLiteral(
            "Generation runs of each path, alternating; medians are reported (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"),
        QStringLiteral("Use the national store already in --dir; skip generation."));
    parser.addOptions(
        {scaleOpt, dirOpt, keepOpt, runsOpt, queriesOpt, skipBaselineOpt, repeatOpt, reuseOpt});
    parser.process(app);

    const NationalGenerator::Scale scale
        = NationalGenerator::Scale().scaled(parser.value(scaleOpt).toDouble());
    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : tmp.path();
    QDir().mkpath(dir);
    const QString ours = dir + QStringLiteral("/national.sqlite");
    const QString bare = dir + QStringLiteral("/baseline.sqlite");
    const std::int64_t rows = scale.totalRows();

    out() << "EduFusion Desk store benchmark: " << rows << " rows (" << scale.people << " people, "
          << scale.enrollments << " enrollments)\n"
          << Qt::flush;

    // 1. Generation: ours, then the baseline, alternating, in the same run on the same disk.
    QList<double> oursRuns, bareRuns;
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    const bool reuse = parser.isSet(reuseOpt) && QFile::exists(ours);
    for (int run = 0; run < repeat && !reuse; ++run) {
        removeStore(ours);
        {
            auto store = Store::open(ours);
            if (!store)
                qFatal("%s", qPrintable(store.error().message));
            StoreSink sink(**store);
            const auto t0 = Steady::now();
            auto r = NationalGenerator(scale).run(sink, [&](std::int64_t done, std::int64_t total) {
                if (done % 100000 < 5000)
                    QTextStream(stderr)
                        << "  store path: " << done * 100 / total << " %\r" << Qt::flush;
                return true;
            });
            oursRuns << msSince(t0);
            if (!r)
                qFatal("generation failed: %s", qPrintable(r.error().message));
        }
        if (parser.isSet(skipBaselineOpt))
            continue;
        removeStore(bare);
        sqlite3 *db = openBare(bare);
        {
            BareSqliteSink sink(db);
            const auto t0 = Steady::now();
            auto r = NationalGenerator(scale).run(sink);
            bareRuns << msSince(t0);
            if (!r)
                qFatal("baseline failed: %s", qPrintable(r.error().message));
        }
        sqlite3_close(db);
        removeStore(bare);
    }
    const double oursMs = oursRuns.isEmpty() ? 0 : percentile(oursRuns, 0.5);
    const double bareMs = bareRuns.isEmpty() ? 0 : percentile(bareRuns, 0.5);
    const double oursRate = oursMs > 0 ? rows / (oursMs / 1000.0) : 0;
    out() << "\n1. Generation (" << rows
          << " rows, batches of 5000, WAL, synchronous=FULL, foreign keys on; median of "
          << oursRuns.size() << " run(s) of each)\n";
    out() << QStringLiteral(
        "   store path (validate + change log + search index): %1 rows/s  (%2 s)\n")
                 .arg(oursRate, 0, 'f', 0)
                 .arg(oursMs / 1000.0, 0, 'f', 1);
    if (bareMs > 0) {
        const double bareRate = rows / (bareMs / 1000.0);
        out() << QStringLiteral(
            "   bare sqlite3 C API baseline:                        %1 rows/s  (%2 s)\n")
                     .arg(bareRate, 0, 'f', 0)
                     .arg(bareMs / 1000.0, 0, 'f', 1);
        out() << QStringLiteral("   ratio ours / baseline: %1   (target >= 0.50)\n")
                     .arg(oursRate / bareRate, 0, 'f', 2);
    }
    out() << "   store file: " << QFileInfo(ours).size() / (1024 * 1024) << " MB\n" << Qt::flush;

    // 2. Open the store and read the dashboard, as the app does at start-up.
    QList<double> openMs;
    DashboardCounts counts;
    for (int i = 0; i < parser.value(runsOpt).toInt(); ++i) {
        const auto t0 = Steady::now();
        auto store = Store::open(ours);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        counts = Dashboard::compute(**store, QDate(2026, 11, 25));
        openMs << msSince(t0);
    }
    out() << "\n2. Open + dashboard counts (" << openMs.size() << " runs): median "
          << QString::number(percentile(openMs, 0.5), 'f', 1) << " ms, p99 "
          << QString::number(percentile(openMs, 0.99), 'f', 1) << " ms, first "
          << QString::number(openMs.first(), 'f', 1) << " ms   (target median < 300 ms)\n"
          << "   counts: " << counts.people << " people, " << counts.partnershipsActive
          << " active agreements, " << counts.educatorsCertified << " educators certified, "
          << counts.enrollmentsThisSemester << " this semester\n"
          << Qt::flush;

    // 3. Search people by what a user types: 2–6 first letters of a family name, Cyrillic or Latin.
    {
        auto store = Store::open(ours);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        QStringList names;
        {
            Statement s = (*store)->db().prepare(
                QStringLiteral("SELECT family_name, family_name_latin, given_name FROM person "
                               "ORDER BY random() LIMIT 500"));
            while (s.next())
                names << s.text(0) << s.text(1) << s.text(0) + u' ' + s.text(2).left(2);
        }
        QRandomGenerator rng(99);
        QList<double> searchMs;
        qsizetype hits = 0;
        for (int i = 0; i < parser.value(queriesOpt).toInt(); ++i) {
            const QString &name = names[int(rng.bounded(quint32(names.size())))];
            const QString typed = name.left(2 + int(rng.bounded(5)));
            const auto t0 = Steady::now();
            hits += (*store)->search(typed, 20).size();
            searchMs << msSince(t0);
        }
        out() << "\n3. Search (" << searchMs.size()
              << " queries over people, institutions, agreements and courses, "
              << "20 results per kind): median "
              << QString::number(percentile(searchMs, 0.5), 'f', 2) << " ms, p99 "
              << QString::number(percentile(searchMs, 0.99), 'f', 2)
              << " ms   (target p99 < 5 ms); " << hits << " results\n"
              << Qt::flush;
    }
    // 4. The enrollments list (issue 3's models read it this way): the first page of 100 rows for
    //    each sort column in both directions, and the filtered count.
    {
        auto store = Store::open(ours);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        ListSpec spec;
        spec.table = QStringLiteral("enrollment");
        spec.alias = QStringLiteral("e");
        spec.joins = QStringLiteral(
            "JOIN person p ON p.id = e.person_id JOIN offering o ON o.id = e.offering_id "
            "JOIN course c ON c.id = o.course_id");
        spec.columns = {
            {QStringLiteral("student"), QStringLiteral("p.family_name"),
                QStringLiteral("p.family_name COLLATE KAZAKH")},
            {QStringLiteral("course"), QStringLiteral("c.code"), {}},
            {QStringLiteral("semester"), QStringLiteral("o.semester"), {}},
            {QStringLiteral("status"), QStringLiteral("e.status"), {}},
            {QStringLiteral("enrolled"), QStringLiteral("e.enrolled_on"), {}},
        };
        ListQuery q((*store)->db(), spec);
        out() << "\n4. Enrollments list, first page of 100 (median of 5):\n";
        for (int column = 0; column < spec.columns.size(); ++column) {
            for (bool descending : {false, true}) {
                q.setSort(column, descending);
                QList<double> ms;
                for (int i = 0; i < 5; ++i) {
                    const auto t0 = Steady::now();
                    const auto page = q.fetch(std::nullopt, 100);
                    ms << msSince(t0);
                    Q_UNUSED(page);
                }
                out() << QStringLiteral("   sort by %1 %2: %3 ms\n")
                             .arg(spec.columns[column].key,
                                 descending ? QStringLiteral("desc") : QStringLiteral("asc"))
                             .arg(percentile(ms, 0.5), 0, 'f', 1);
            }
        }
        q.setFilters(
            {{QStringLiteral("e.status"), ListFilter::Op::Equals, QStringLiteral("completed")}});
        const auto t0 = Steady::now();
        const qint64 n = q.count();
        out() << QStringLiteral("   count with a status filter: %1 rows in %2 ms\n")
                     .arg(n)
                     .arg(msSince(t0), 0, 'f', 1)
              << Qt::flush;
    }
    if (!parser.isSet(keepOpt))
        removeStore(ours);
    return 0;
}
