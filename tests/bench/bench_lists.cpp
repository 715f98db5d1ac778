// The list models on the national store, driven as the app drives them (not the screen): open a
// list (count and first page), sort by each column both ways, apply each typed filter, scroll on;
// then the resident memory of the app with that store open and the enrollments list shown.
//   bench_lists --store national.sqlite [--runs 21]
// Make the store with: edufusion-desk --generate-national national.sqlite
#include "BenchTiming.h"
#include "MainWindow.h"
#include "lists/ListCatalog.h"
#include "lists/ListPage.h"
#include "lists/RecordListModel.h"
#include "store/Store.h"
#include "text/DataLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTest>
#include <functional>

using namespace ef;
using namespace ef::bench;

namespace {

struct Figure
{
    QString what;
    double median;
    double p99;
    bool combination; // a filter with a sort: reported, not part of the three actions
};

bool combinations = false;

QList<Figure> figures;

// Times `action` `runs` times; each run starts from `setup` (not timed).
void time(const QString &what, int runs, const std::function<void()> &setup,
    const std::function<void()> &action)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        setup();
        const auto t0 = Steady::now();
        action();
        ms << msSince(t0);
    }
    figures.append({what, percentile(ms, 0.5), percentile(ms, 0.99), combinations});
    out() << QStringLiteral("  %1 %2 ms   p99 %3 ms\n")
                 .arg(what, -52)
                 .arg(figures.last().median, 7, 'f', 1)
                 .arg(figures.last().p99, 7, 'f', 1)
          << Qt::flush;
}

QVariant sampleValue(Store &store, const CatalogFilter &f)
{
    switch (f.kind) {
    case FilterKind::Enum:
        return f.enumType == u"gender" ? QStringLiteral("female") : QStringLiteral("completed");
    case FilterKind::Semester:
        return 20253;
    case FilterKind::Reference: {
        Statement s = store.db().prepare(
            QStringLiteral("SELECT id FROM institution WHERE kind = 'university' AND deleted = 0 "
                           "ORDER BY rowid LIMIT 1 OFFSET 3"));
        return s.next() ? QVariant::fromValue(s.uuid(0)) : QVariant();
    }
    case FilterKind::DateFrom:
        return QDate(2025, 9, 1);
    case FilterKind::DateTo:
        return QDate(2024, 6, 30);
    case FilterKind::Text:
        return QStringLiteral("ахм");
    }
    return {};
}

// Linux only, like the benchmark: a line of /proc/self/status in kB (VmRSS, RssAnon, RssFile).
qint64 statusKb(const char *field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

qint64 residentKb()
{
    return statusKb();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption storeOpt(
        QStringLiteral("store"), QStringLiteral("National store."), QStringLiteral("FILE"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
        QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption explainOpt(QStringLiteral("explain"),
        QStringLiteral("Print the query plan of each sort column's first page and exit."));
    parser.addOptions({storeOpt, runsOpt, explainOpt});
    parser.process(app);
    const int runs = parser.value(runsOpt).toInt();
    const qint64 rssAtStart = residentKb();

    auto opened = Store::open(parser.value(storeOpt));
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Store &store = **opened;
    DataLanguage::setCurrent(QStringLiteral("kk"));
    out() << "Enrollments in the store: " << store.count(QStringLiteral("enrollment")) << "\n";

    if (parser.isSet(explainOpt)) {
        const RecordList l = ListCatalog::list(QStringLiteral("enrollments"));
        auto explain = [&](const QString &sql, const QList<ListFilter> &filters, bool limit) {
            Statement plan = store.db().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            int i = 0;
            for (const ListFilter &f : filters) {
                if (f.op == ListFilter::Op::Predicate && !f.value.isValid())
                    continue;
                plan.bind(++i, f.value);
            }
            if (limit)
                plan.bind(++i, 100);
            while (plan.next())
                out() << "      " << plan.text(3) << "\n";
        };
        auto run = [&](const QString &what, const QList<ListFilter> &filters, int column) {
            ListQuery q(store.db(), l.spec);
            q.setFilters(filters);
            q.setSort(column, true);
            auto t0 = Steady::now();
            const qint64 n = q.count();
            const double countMs = msSince(t0);
            q.setExpectedRows(n);
            t0 = Steady::now();
            q.fetch(std::nullopt, 100);
            out() << what << " by " << l.spec.columns[column].key << ": count " << n << " in "
                  << countMs << " ms, first page " << msSince(t0) << " ms\n";
            explain(q.countSql(), filters, false);
            out() << "    page:\n";
            explain(q.fetchSql(false), filters, true);
            out() << Qt::flush;
        };
        for (int c = 0; c < l.columns.size(); ++c)
            run(QStringLiteral("no filter"), {}, c);
        for (const CatalogFilter &f : l.filters)
            if (const auto filter = l.makeFilter(f, sampleValue(store, f)))
                for (int c : {0, 2, 6})
                    run(QStringLiteral("filter ") + f.key, {*filter}, c);
        return 0;
    }

    // The window first, as a user opens it: the app's resident memory with the store open and
    // the enrollments list shown.
    {
        MainWindow window(store);
        window.show();
        window.showModule(QStringLiteral("enrollments"));
        QTest::qWait(300);
        out() << QStringLiteral("Resident memory, window showing the enrollments list: %1 MB "
                                "(heap and code %2 MB, mapped data file pages %3 MB; at start "
                                "%4 MB; target < 250 MB)\n")
                     .arg(double(residentKb()) / 1024, 0, 'f', 1)
                     .arg(double(statusKb("RssAnon:")) / 1024, 0, 'f', 1)
                     .arg(double(statusKb("RssFile:")) / 1024, 0, 'f', 1)
                     .arg(double(rssAtStart) / 1024, 0, 'f', 1)
              << Qt::flush;
    }

    const RecordList list = ListCatalog::list(QStringLiteral("enrollments"));
    std::unique_ptr<RecordListModel> model;
    auto fresh = [&] { model = std::make_unique<RecordListModel>(store, list); };

    out() << "\nEnrollments list (" << runs << " runs each):\n";
    time(
        QStringLiteral("open (count + first page)"), runs, [&] { model.reset(); },
        [&] { model = std::make_unique<RecordListModel>(store, list); });
    for (int c = 0; c < list.columns.size(); ++c)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            time(
                QStringLiteral("sort by %1 %2")
                    .arg(list.spec.columns[c].key,
                        order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                    : QStringLiteral("desc")),
                runs,
                [&] {
                    fresh();
                    model->sort(c == 0 ? 1 : 0, Qt::AscendingOrder);
                },
                [&] { model->sort(c, order); });
    time(QStringLiteral("next page (rows 100-200)"), runs, fresh, [&] { model->fetchMore({}); });
    for (const CatalogFilter &f : list.filters) {
        const auto filter = list.makeFilter(f, sampleValue(store, f));
        if (!filter)
            continue;
        time(QStringLiteral("filter %1 (count + first page)").arg(f.key), runs, fresh,
            [&] { model->setFilters({*filter}); });
    }
    out() << "\nA filter combined with a sort (each filter, sorted by semester, then by date):\n";
    combinations = true;
    for (const CatalogFilter &f : list.filters) {
        const auto filter = list.makeFilter(f, sampleValue(store, f));
        if (!filter)
            continue;
        for (int c : {2, 6})
            time(
                QStringLiteral("filter %1, sorted by %2 desc").arg(f.key, list.spec.columns[c].key),
                runs,
                [&] {
                    fresh();
                    model->setFilters({*filter});
                },
                [&] { model->sort(c, Qt::DescendingOrder); });
    }

    for (bool combined : {false, true}) {
        double worstMedian = 0, worstP99 = 0;
        for (const Figure &f : figures)
            if (f.combination == combined) {
                worstMedian = std::max(worstMedian, f.median);
                worstP99 = std::max(worstP99, f.p99);
            }
        out() << QStringLiteral("\n%1: worst median %2 ms (target < 100), worst p99 %3 ms "
                                "(target < 250)")
                     .arg(combined ? QStringLiteral("Filter with a sort")
                                   : QStringLiteral("Open, sort, filter, next page"))
                     .arg(worstMedian, 0, 'f', 1)
                     .arg(worstP99, 0, 'f', 1);
    }
    out() << "\n";
    return 0;
}
