// The Erasmus+ report and the dashboard on the national store.
//  1. The full report (summary, breakdowns, every participation, event, agreement, course and
//     enrollment) to XLSX, against bare libxlsxwriter writing the same cells from the same SQL
//     in the same run (raw sqlite3 statements, no labels, no QVariant): median of each and their
//     ratio (target <= 1.3), and the growth of resident memory while the report is written
//     (target < 50 MB: constant-memory mode, rows streamed).
//  2. A dashboard refresh as the window does it: counted on the service's thread, then the
//     charts built on the UI thread; the median from the request to the charts (target < 200
//     ms) and the longest the UI thread went without running its event loop meanwhile (target
//     <= 16 ms), measured by a 1 ms timer.
//   bench_reports [--reuse national.sqlite] [--runs 5]
// --reuse copies that store (never writes to it); without it the national store is generated.
#include "BenchTiming.h"
#include "dashboard/DashboardPage.h"
#include "demo/NationalGenerator.h"
#include "projects/Indicator.h"
#include "projects/Project.h"
#include "reports/ErasmusReport.h"
#include "reports/ReportExport.h"
#include "store/Database.h"
#include "store/ReaderConnection.h"
#include "store/Store.h"
#include "text/DataLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sqlite3.h>
#include <xlsxwriter.h>

using namespace ef;
using namespace ef::bench;

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Linux: the peak resident size is reset to the current one (clear_refs 5).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// EduFusion with its indicators, the programmes and agreements of the national store in it:
// the national store has no projects of its own.
Uuid addProject(Store &store)
{
    Statement s = store.db().prepare(QStringLiteral(
        "SELECT id FROM institution WHERE kind = 'university' AND deleted = 0 LIMIT 1"));
    if (!s.next())
        qFatal("no university in the store");
    const Uuid home = s.uuid(0);
    s = Statement();
    Project p;
    p.ownerId = home;
    p.code = QStringLiteral("101179805");
    p.acronym = QStringLiteral("EduFusion");
    p.title = QStringLiteral("EduFusion");
    p.programme = QStringLiteral("Erasmus+ CBHE");
    p.coordinatorId = home;
    p.startsOn = QDate(2018, 1, 1);
    p.endsOn = QDate(2028, 11, 30);
    if (auto r = store.insert(p); !r)
        qFatal("%s", qPrintable(r.error().message));
    struct Def
    {
        const char *code, *measure, *conditions;
        IndicatorFormula formula;
        const char *denominator, *denominatorConditions;
        IndicatorUnit unit;
        double target;
    };
    using F = IndicatorFormula;
    const Def defs[] = {
        {"TDSS-1", "educators_certified", "", F::Value, "", "", IndicatorUnit::People, 200},
        {"TDSS-2", "educators_certified", "standard=international", F::Share, "educators_certified",
            "", IndicatorUnit::Percent, 50},
        {"VSEA-1", "courses_accredited", "", F::Value, "", "", IndicatorUnit::Courses, 10},
        {"VSEA-3", "enrollments", "", F::Growth, "", "", IndicatorUnit::Percent, 25},
        {"VSEA-4", "enrollments", "gender=female; area=steam", F::Share, "enrollments",
            "area=steam", IndicatorUnit::Percent, 30},
        {"AICP-1", "partnerships_signed", "", F::Value, "", "", IndicatorUnit::Agreements, 0},
        {"AICP-2", "internships_offered", "", F::Value, "", "", IndicatorUnit::People, 0},
        {"AICP-3", "students_placed", "", F::Value, "", "", IndicatorUnit::People, 0},
    };
    for (const Def &d : defs) {
        Indicator i;
        i.ownerId = home;
        i.projectId = p.id;
        i.code = QString::fromLatin1(d.code);
        i.nameEn = i.code;
        i.unit = d.unit;
        i.measure = QString::fromLatin1(d.measure);
        i.conditions = QString::fromLatin1(d.conditions);
        i.formula = d.formula;
        i.denominator = QString::fromLatin1(d.denominator);
        i.denominatorConditions = QString::fromLatin1(d.denominatorConditions);
        i.target = d.target;
        if (auto r = store.insert(i); !r)
            qFatal("%s", qPrintable(r.error().message));
    }
    for (const char *sql :
        {"UPDATE training_programme SET project_id = ?", "UPDATE partnership SET project_id = ?"}) {
        Statement u = store.db().prepare(QString::fromLatin1(sql));
        u.bind(1, p.id);
        if (!u.exec())
            qFatal("cannot put the records in the project");
    }
    return p.id;
}

// The baseline: the report's own queries run with bare sqlite3 and their columns written by bare
// libxlsxwriter (constant memory, one format per kind), no labels and no conversions.
qint64 bareWorkbook(const QString &storePath, const ErasmusReport &report, const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(storePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        qFatal("cannot open the store");
    // The report's SQL sorts with the Kazakh collation; the baseline sorts by bytes.
    sqlite3_create_collation(db, "KAZAKH", SQLITE_UTF8, nullptr,
        [](void *, int na, const void *a, int nb, const void *b) {
            const int c = memcmp(a, b, size_t(std::min(na, nb)));
            return c != 0 ? c : na - nb;
        });
    QTemporaryDir tmp;
    QByteArray tmpDir = tmp.path().toUtf8();
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpDir.data();
    lxw_workbook *wb = workbook_new_opt(path.toUtf8().constData(), &options);
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format *number = workbook_add_format(wb);
    format_set_num_format(number, "#,##0.0");
    qint64 cells = 0;
    int sheet = 0;
    for (const ReportTable &t : report.tables()) {
        lxw_worksheet *ws = workbook_add_worksheet(
            wb, QStringLiteral("Sheet%1").arg(++sheet).toUtf8().constData());
        for (int c = 0; c < t.columns.size(); ++c)
            worksheet_write_string(
                ws, 0, lxw_col_t(c), t.columns.at(c).title.toUtf8().constData(), header);
        lxw_row_t row = 1;
        if (t.sql.isEmpty()) {
            for (const ReportTable::Row &r : t.rows) {
                for (int c = 0; c < r.size(); ++c)
                    worksheet_write_string(
                        ws, row, lxw_col_t(c), r.at(c).toString().toUtf8().constData(), nullptr);
                ++row;
            }
            continue;
        }
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, t.sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(db));
        for (int i = 0; i < t.args.size(); ++i) {
            const QVariant &a = t.args.at(i);
            if (a.typeId() == QMetaType::QDate) {
                const QByteArray d = a.toDate().toString(Qt::ISODate).toUtf8();
                sqlite3_bind_text(st, i + 1, d.constData(), int(d.size()), SQLITE_TRANSIENT);
            } else if (a.canConvert<Uuid>() && a.typeId() != QMetaType::QString) {
                const QByteArray b = a.value<Uuid>().toBytes();
                sqlite3_bind_blob(st, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            } else {
                const QByteArray s = a.toString().toUtf8();
                sqlite3_bind_text(st, i + 1, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            }
        }
        const int n = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < n; ++c) {
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_INTEGER:
                case SQLITE_FLOAT:
                    worksheet_write_number(
                        ws, row, lxw_col_t(c), sqlite3_column_double(st, c), number);
                    break;
                case SQLITE_TEXT: {
                    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                    if (text[0] >= '1' && text[0] <= '2' && sqlite3_column_bytes(st, c) == 10
                        && text[4] == '-') {
                        lxw_datetime dt {
                            std::atoi(text), std::atoi(text + 5), std::atoi(text + 8), 0, 0, 0};
                        worksheet_write_datetime(ws, row, lxw_col_t(c), &dt, date);
                    } else {
                        worksheet_write_string(ws, row, lxw_col_t(c), text, nullptr);
                    }
                    break;
                }
                default:
                    break;
                }
                ++cells;
            }
            ++row;
        }
        sqlite3_finalize(st);
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, row - 1, lxw_col_t(n - 1));
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        qFatal("bare workbook failed");
    sqlite3_close(db);
    return cells;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"),
        QStringLiteral("A national store to copy (it is not written to)."), QStringLiteral("FILE"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dashRunsOpt(QStringLiteral("dashboard-runs"),
        QStringLiteral("Dashboard refreshes."), QStringLiteral("N"), QStringLiteral("21"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
        QStringLiteral("Generate at this fraction of the national scale (no --reuse)."),
        QStringLiteral("F"), QStringLiteral("1"));
    parser.addOptions({reuseOpt, runsOpt, dashRunsOpt, scaleOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int dashRuns = std::max(1, parser.value(dashRunsOpt).toInt());
    DataLanguage::setCurrent(QStringLiteral("en"));

    QTemporaryDir work;
    const QString path = QDir(work.path()).filePath(QStringLiteral("national.sqlite"));
    if (parser.isSet(reuseOpt)) {
        const QString from = parser.value(reuseOpt);
        out() << "Copying " << from << " ...\n" << Qt::flush;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, path + suffix))
                qFatal("cannot copy %s", qPrintable(from + suffix));
    } else {
        out() << "Generating the national store ...\n" << Qt::flush;
        const auto t0 = Steady::now();
        if (auto r = NationalGenerator::generate(
                path, NationalScale().scaled(parser.value(scaleOpt).toDouble()));
            !r)
            qFatal("%s", qPrintable(r.error().message));
        out() << "  done in " << msSince(t0) / 1000 << " s\n" << Qt::flush;
    }
    auto opened = Store::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    Store &store = **opened;
    const Uuid project = addProject(store);
    out() << "Enrollments " << store.count(QStringLiteral("enrollment")) << ", participations "
          << store.count(QStringLiteral("participation")) << "\n"
          << Qt::flush;

    // 1. The workbook.
    ReportRequest request;
    request.options.scope.project = project;
    request.madeOn = QDate(2026, 12, 4);
    const QString ours = QDir(work.path()).filePath(QStringLiteral("report.xlsx"));
    const QString bare = QDir(work.path()).filePath(QStringLiteral("bare.xlsx"));
    request.xlsx = ours;
    qint64 rows = 0;
    {
        auto reader = ReaderConnection::open(path);
        ErasmusReport report(**reader, request.options);
        for (const ReportTable &t : report.tables())
            rows += t.rowCount(**reader);
    }
    QList<double> oursMs, bareMs;
    qint64 growthKb = 0, cells = 0;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(ours);
        resetPeak();
        const qint64 before = statusKb("VmRSS:");
        auto t0 = Steady::now();
        if (auto r = ReportExport::run(path, request, {}); !r)
            qFatal("%s", qPrintable(r.error()));
        oursMs << msSince(t0);
        growthKb = std::max(growthKb, statusKb("VmHWM:") - before);

        QFile::remove(bare);
        auto reader = ReaderConnection::open(path);
        ErasmusReport report(**reader, request.options); // its SQL, not timed
        t0 = Steady::now();
        cells = bareWorkbook(path, report, bare);
        bareMs << msSince(t0);
        out() << QStringLiteral("  run %1: report %2 ms, bare %3 ms\n")
                     .arg(i + 1)
                     .arg(oursMs.last(), 0, 'f', 0)
                     .arg(bareMs.last(), 0, 'f', 0)
              << Qt::flush;
    }
    const double oursMedian = percentile(oursMs, 0.5), bareMedian = percentile(bareMs, 0.5);
    out() << QStringLiteral("Report to XLSX: %1 rows, %2 cells, %3 MB\n")
                 .arg(rows)
                 .arg(cells)
                 .arg(double(QFileInfo(ours).size()) / 1e6, 0, 'f', 1);
    out() << QStringLiteral("  EduFusion Desk median %1 ms, bare libxlsxwriter median %2 ms, "
                            "ratio %3 (target <= 1.3)%4\n")
                 .arg(oursMedian, 0, 'f', 0)
                 .arg(bareMedian, 0, 'f', 0)
                 .arg(oursMedian / bareMedian, 0, 'f', 2)
                 .arg(oursMedian / bareMedian > 1.3 ? QStringLiteral("   MISSED") : QString());
    out() << QStringLiteral("  resident memory growth while writing: %1 MB (target < 50 MB)%2\n")
                 .arg(double(growthKb) / 1024, 0, 'f', 1)
                 .arg(growthKb >= 50 * 1024 ? QStringLiteral("   MISSED") : QString())
          << Qt::flush;

    // 2. The dashboard, as the window shows it.
    DashboardPage page(store);
    page.resize(1200, 900);
    page.QWidget::show(); // DashboardPage::show(figures) is its own
    QSignalSpy updated(&page, &DashboardPage::updated);
    if (!updated.wait(120000))
        qFatal("the dashboard did not show its figures");
    QList<double> refreshMs, computeMs;
    double longestGap = 0;
    QElapsedTimer sinceTick;
    bool measuring = false;
    double gap = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (measuring)
            gap = std::max(gap, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    ticker.start();
    for (int i = 0; i < dashRuns; ++i) {
        // Alternate the region filter, as a user does; each is a new request.
        page.regionFilter()->blockSignals(true);
        page.regionFilter()->setCurrentIndex(
            i % 2 == 0 ? 0 : std::min(1, page.regionFilter()->count() - 1));
        page.regionFilter()->blockSignals(false);
        QTest::qWait(5);
        gap = 0;
        sinceTick.restart();
        measuring = true;
        const auto t0 = Steady::now();
        page.refresh();
        if (!updated.wait(60000))
            qFatal("no figures");
        refreshMs << msSince(t0);
        QTest::qWait(20); // the repaint of the charts counts too
        measuring = false;
        computeMs << double(page.figures()->milliseconds);
        longestGap = std::max(longestGap, gap);
    }
    out() << QStringLiteral("Dashboard refresh (EduFusion, all regions / one region): median %1 ms "
                            "from the request to the charts, of which counting %2 ms off the UI "
                            "thread (target < 200 ms)%3\n")
                 .arg(percentile(refreshMs, 0.5), 0, 'f', 0)
                 .arg(percentile(computeMs, 0.5), 0, 'f', 0)
                 .arg(percentile(refreshMs, 0.5) >= 200 ? QStringLiteral("   MISSED") : QString());
    out() << QStringLiteral("  longest the UI thread went without its event loop meanwhile: %1 ms "
                            "(target <= 16 ms)%2\n")
                 .arg(longestGap, 0, 'f', 1)
                 .arg(longestGap > 16 ? QStringLiteral("   MISSED") : QString())
          << Qt::flush;
    return 0;
}
