#include "reports/ErasmusReport.h"

#include "TempStore.h"
#include "demo/DemoData.h"
#include "records/EnumLabels.h"
#include "reports/AttendanceSheet.h"
#include "reports/CsvReportWriter.h"
#include "reports/IndicatorEvaluator.h"
#include "reports/ReportCommand.h"
#include "reports/ReportExport.h"
#include "text/Transliteration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTextStream>
#include <cmath>
#include <gtest/gtest.h>

using namespace ef;

namespace {

qint64 count(Database &db, const QString &sql, const QVariantList &args = {})
{
    Statement s = db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        s.bind(i + 1, args.at(i));
    return s.next() ? qint64(s.real(0)) : -1;
}

// The workbook as openpyxl reads it: every sheet's cells, with their types, the frozen pane,
// the autofilter and the column widths.
QJsonObject readWorkbook(const QString &path)
{
    const QString script = QStringLiteral(R"(
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows(values_only=True):
        cells = []
        for v in row:
            if isinstance(v, datetime.datetime):
                cells.append({"date": v.date().isoformat()})
            elif isinstance(v, (int, float)):
                cells.append({"number": v})
            elif v is None:
                cells.append(None)
            else:
                cells.append(str(v))
        rows.append(cells)
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    out[ws.title] = {"rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                     "widths": widths}
print(json.dumps({"sheets": out, "order": wb.sheetnames}))
)");
    QProcess p;
    // Debian's python3-openpyxl, whatever python3 comes first on the PATH.
    QString python
        = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStringLiteral("python3");
    p.start(python, {QStringLiteral("-c"), script, path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(p.readAllStandardError())}};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// EduFusion's figures for a period as SQL written here, apart from the catalogue, counts them:
// what the workbook, the CSV files and the PDF must show.
QHash<QString, double> expectedFigures(
    Database &db, const Uuid &project, const QDate &from, const QDate &to)
{
    const QVariantList pft {QVariant::fromValue(project), from, to};
    const QVariantList ft {from, to};
    QHash<QString, double> out;
    const QString certified = QStringLiteral(
        "SELECT count(DISTINCT c.person_id) FROM certificate c JOIN training_programme tp ON tp.id "
        "= c.programme_id JOIN person p ON p.id = c.person_id AND p.deleted = 0 WHERE "
        "c.deleted = 0 AND c.status = 'valid' AND tp.project_id = ? AND c.issued_on BETWEEN ? "
        "AND ?");
    const double all = double(count(db, certified, pft));
    out.insert(QStringLiteral("TDSS-1"), all);
    if (all > 0)
        out.insert(QStringLiteral("TDSS-2"),
            100.0
                * double(
                    count(db, certified + QStringLiteral(" AND c.level = 'international'"), pft))
                / all);
    out.insert(QStringLiteral("VSEA-1"),
        double(count(db,
            QStringLiteral("SELECT count(*) FROM course WHERE deleted = 0 AND accreditation_status "
                           "= 'accredited' AND accredited_on BETWEEN ? AND ?"),
            ft)));
    out.insert(QStringLiteral("VSEA-2"), 64); // entered by hand
    const QString enrolled = QStringLiteral(
        "SELECT count(*) FROM enrollment e JOIN offering o ON o.id = e.offering_id AND o.deleted "
        "= 0 JOIN course c ON c.id = o.course_id JOIN person p ON p.id = e.person_id AND "
        "p.deleted = 0 WHERE e.deleted = 0 AND e.status <> 'withdrawn' AND e.enrolled_on BETWEEN ? "
        "AND ?");
    const double steam = double(count(db, enrolled + QStringLiteral(" AND c.area = 'steam'"), ft));
    if (steam > 0)
        out.insert(QStringLiteral("VSEA-4"),
            100.0
                * double(count(db,
                    enrolled + QStringLiteral(" AND c.area = 'steam' AND p.gender = 'female'"), ft))
                / steam);
    // The last spring or autumn with enrollments against the teaching semester before it.
    {
        Statement s = db.prepare(QStringLiteral("SELECT o.semester FROM enrollment e JOIN offering "
                                                "o ON o.id = e.offering_id WHERE e.deleted = 0 AND "
                                                "e.status <> 'withdrawn' AND e.enrolled_on BETWEEN "
                                                "? AND ? AND o.semester % 10 <> 2 ORDER BY 1 DESC "
                                                "LIMIT 1"));
        s.bind(1, from).bind(2, to);
        if (s.next()) {
            const qint64 last = s.int64(0);
            const qint64 before = last % 10 == 3 ? last - 2 : (last / 10 - 1) * 10 + 3;
            const QString per = enrolled + QStringLiteral(" AND o.semester = ?");
            const double now = double(count(db, per, {from, to, last}));
            const double then = double(count(db, per, {from, to, before}));
            if (then > 0)
                out.insert(QStringLiteral("VSEA-3"), 100.0 * (now - then) / then);
        }
    }
    const QString signedIn = QStringLiteral(
        " FROM partnership WHERE deleted = 0 AND signed_on IS NOT NULL AND project_id = ? AND "
        "signed_on BETWEEN ? AND ?");
    out.insert(QStringLiteral("AICP-1"),
        double(count(db, QStringLiteral("SELECT count(*)") + signedIn, pft)));
    // Counted from 1 September 2025 (the indicator's own period).
    out.insert(QStringLiteral("AICP-2"),
        double(count(db, QStringLiteral("SELECT total(internships_offered)") + signedIn,
            {QVariant::fromValue(project), std::max(from, QDate(2025, 9, 1)), to})));
    out.insert(QStringLiteral("AICP-3"),
        double(count(db, QStringLiteral("SELECT total(students_placed)") + signedIn, pft)));
    return out;
}

// RFC 4180 as Excel writes and reads it: fields split by commas, quoted when they hold one.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

class ErasmusReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoData::create(*s));
        project = ErasmusReport::findProject(s->db(), QStringLiteral("EduFusion"));
        ASSERT_FALSE(project.isNull());
    }
    ReportRequest request(const QString &name)
    {
        ReportRequest r;
        r.options.scope.project = project;
        r.options.scope.from = QDate(2024, 12, 1);
        r.options.scope.to = QDate(2028, 11, 30);
        r.madeOn = QDate(2026, 11, 25);
        r.xlsx = s.dir() + u'/' + name + QStringLiteral(".xlsx");
        r.csvFolder = s.dir() + u'/' + name + QStringLiteral("-csv");
        r.pdf = s.dir() + u'/' + name + QStringLiteral(".pdf");
        return r;
    }
    test::TempStore s;
    Uuid project;
};

} // namespace

// Each EduFusion figure is what SQL written independently of the catalogue counts.
TEST_F(ErasmusReportTest, FiguresAreTheStoresCounts)
{
    ReportScope scope;
    scope.project = project;
    QHash<QString, IndicatorFigure> byCode;
    for (const IndicatorFigure &f : IndicatorEvaluator::evaluateAll(s->db(), scope))
        byCode.insert(f.indicator.code, f);
    Database &db = s->db();
    const QVariantList p {QVariant::fromValue(project)};
    const qint64 certified = count(db,
        QStringLiteral("SELECT count(DISTINCT c.person_id) FROM certificate c JOIN "
                       "training_programme tp ON tp.id = c.programme_id WHERE c.deleted = 0 AND "
                       "c.status = 'valid' AND tp.project_id = ?"),
        p);
    ASSERT_GT(certified, 0);
    EXPECT_EQ(byCode.value(QStringLiteral("TDSS-1")).value, double(certified));
    const qint64 international = count(db,
        QStringLiteral("SELECT count(DISTINCT c.person_id) FROM certificate c JOIN "
                       "training_programme tp ON tp.id = c.programme_id WHERE c.deleted = 0 AND "
                       "c.status = 'valid' AND c.level = 'international' AND tp.project_id = ?"),
        p);
    EXPECT_DOUBLE_EQ(
        *byCode.value(QStringLiteral("TDSS-2")).value, 100.0 * international / certified);
    EXPECT_EQ(*byCode.value(QStringLiteral("VSEA-1")).value,
        double(count(db,
            QStringLiteral("SELECT count(*) FROM course WHERE deleted = 0 AND "
                           "accreditation_status = 'accredited'"))));
    EXPECT_EQ(*byCode.value(QStringLiteral("VSEA-2")).value, 64); // entered by hand
    const qint64 steam = count(db,
        QStringLiteral("SELECT count(*) FROM enrollment e JOIN offering o ON o.id = e.offering_id "
                       "JOIN course c ON c.id = o.course_id WHERE e.deleted = 0 AND e.status <> "
                       "'withdrawn' AND c.area = 'steam'"));
    const qint64 steamWomen = count(db,
        QStringLiteral("SELECT count(*) FROM enrollment e JOIN offering o ON o.id = e.offering_id "
                       "JOIN course c ON c.id = o.course_id JOIN person p ON p.id = e.person_id "
                       "WHERE e.deleted = 0 AND e.status <> 'withdrawn' AND c.area = 'steam' AND "
                       "p.gender = 'female'"));
    EXPECT_DOUBLE_EQ(*byCode.value(QStringLiteral("VSEA-4")).value, 100.0 * steamWomen / steam);
    const IndicatorFigure growth = byCode.value(QStringLiteral("VSEA-3"));
    ASSERT_TRUE(growth.semester.isValid());
    const auto perSemester = [&](const Semester &sem) {
        return count(db,
            QStringLiteral("SELECT count(*) FROM enrollment e JOIN offering o ON o.id = "
                           "e.offering_id WHERE e.deleted = 0 AND e.status <> 'withdrawn' AND "
                           "o.semester = ?"),
            {qlonglong(sem.toStorage())});
    };
    const double now = double(perSemester(growth.semester));
    const double before = double(perSemester(growth.previousSemester));
    EXPECT_DOUBLE_EQ(*growth.value, 100.0 * (now - before) / before);
    EXPECT_EQ(*byCode.value(QStringLiteral("AICP-1")).value,
        double(count(db,
            QStringLiteral("SELECT count(*) FROM partnership WHERE deleted = 0 AND signed_on IS "
                           "NOT NULL AND project_id = ?"),
            p)));

    // CirculEC's students and the women among them, from its programme's events.
    ReportScope circulec;
    circulec.project = ErasmusReport::findProject(db, QStringLiteral("CirculEC"));
    QHash<QString, IndicatorFigure> c;
    for (const IndicatorFigure &f : IndicatorEvaluator::evaluateAll(db, circulec))
        c.insert(f.indicator.code, f);
    const QString students = QStringLiteral(
        "SELECT count(DISTINCT x.person_id) FROM participation x JOIN training_event ev ON ev.id "
        "= x.event_id JOIN training_programme tp ON tp.id = ev.programme_id JOIN person p ON p.id "
        "= x.person_id WHERE x.deleted = 0 AND tp.project_id = ? AND (p.roles & 4) <> 0");
    EXPECT_EQ(*c.value(QStringLiteral("C-1")).value,
        double(count(db, students, {QVariant::fromValue(circulec.project)})));
    EXPECT_GT(*c.value(QStringLiteral("C-1")).value, 0);
    EXPECT_EQ(*c.value(QStringLiteral("C-2")).value,
        double(count(db, students + QStringLiteral(" AND p.gender = 'female'"),
            {QVariant::fromValue(circulec.project)})));
    EXPECT_EQ(*c.value(QStringLiteral("C-7")).value, 1);
}

TEST_F(ErasmusReportTest, WorkbookHoldsEveryFigureTyped)
{
    const ReportRequest r = request(QStringLiteral("report"));
    ASSERT_TRUE(ReportExport::run(s->db(), r, {}));
    const QJsonObject wb = readWorkbook(r.xlsx);
    ASSERT_FALSE(wb.contains(QStringLiteral("error")))
        << wb.value(QStringLiteral("error")).toString().toStdString();
    const QJsonArray order = wb.value(QStringLiteral("order")).toArray();
    ASSERT_EQ(order.size(), 7);
    const QJsonObject sheets = wb.value(QStringLiteral("sheets")).toObject();

    // Summary: the heading, then each indicator's figure and target as numbers.
    const QJsonObject summary = sheets.value(order[0].toString()).toObject();
    const QJsonArray rows = summary.value(QStringLiteral("rows")).toArray();
    EXPECT_TRUE(rows[0].toArray()[0].toString().startsWith(QStringLiteral("EduFusion")));
    EXPECT_EQ(summary.value(QStringLiteral("freeze")).toString(), QStringLiteral("A4"));
    EXPECT_TRUE(
        summary.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A3:F")));
    const QHash<QString, double> expected
        = expectedFigures(s->db(), project, r.options.scope.from, r.options.scope.to);
    QHash<QString, double> targets;
    for (const Indicator &i : IndicatorEvaluator::indicatorsOf(s->db(), project))
        targets.insert(i.code, i.target);
    QSet<QString> seen;
    for (int i = 3; i < rows.size(); ++i) {
        const QJsonArray row = rows[i].toArray();
        const QString code = row[0].toString();
        ASSERT_TRUE(expected.contains(code)) << code.toStdString();
        seen << code;
        EXPECT_NEAR(row[3].toObject().value(QStringLiteral("number")).toDouble(),
            expected.value(code), 1e-9)
            << code.toStdString();
        if (targets.value(code) > 0) {
            EXPECT_EQ(
                row[4].toObject().value(QStringLiteral("number")).toDouble(), targets.value(code));
            EXPECT_NEAR(row[5].toObject().value(QStringLiteral("number")).toDouble(),
                expected.value(code) / targets.value(code), 1e-9);
        }
    }
    EXPECT_EQ(seen.size(), expected.size()) << "every indicator has its row";

    // The breakdown of educators certified by gender adds up to the same SQL counts.
    const QJsonArray breakdowns
        = sheets.value(order[1].toString()).toObject().value(QStringLiteral("rows")).toArray();
    double byGender = 0;
    int genderRows = 0;
    const QString genderLabel = EnumLabels::of(ReportDimension::Gender);
    for (int i = 1; i < breakdowns.size(); ++i) {
        const QJsonArray row = breakdowns[i].toArray();
        if (row[0].toString() == u"TDSS-1" && row[2].toString() == genderLabel) {
            byGender += row[4].toObject().value(QStringLiteral("number")).toDouble();
            ++genderRows;
        }
    }
    EXPECT_GT(genderRows, 1);
    EXPECT_EQ(byGender, expected.value(QStringLiteral("TDSS-1")));

    // Every participant of the period, with a typed date and hours.
    const QJsonArray participants
        = sheets.value(order[2].toString()).toObject().value(QStringLiteral("rows")).toArray();
    const qint64 participations = count(s->db(),
        QStringLiteral("SELECT count(*) FROM participation x JOIN training_event ev ON ev.id = "
                       "x.event_id JOIN training_programme tp ON tp.id = ev.programme_id WHERE "
                       "x.deleted = 0 AND tp.project_id = ? AND ev.starts_on BETWEEN ? AND ?"),
        {QVariant::fromValue(project), r.options.scope.from, r.options.scope.to});
    ASSERT_GT(participations, 0);
    EXPECT_EQ(participants.size() - 1, participations);
    const QJsonArray first = participants[1].toArray();
    EXPECT_TRUE(first[5].toObject().contains(QStringLiteral("date")));
    EXPECT_TRUE(first[6].toObject().contains(QStringLiteral("number")));
    const QJsonObject sheet = sheets.value(order[2].toString()).toObject();
    EXPECT_EQ(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    EXPECT_GT(
        sheet.value(QStringLiteral("widths")).toObject().value(QStringLiteral("E")).toDouble(), 20);

    // Enrollments: every one of the period.
    const QJsonArray enrollments
        = sheets.value(order[6].toString()).toObject().value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(enrollments.size() - 1,
        count(s->db(),
            QStringLiteral("SELECT count(*) FROM enrollment e JOIN offering o ON o.id = "
                           "e.offering_id WHERE e.deleted = 0 AND e.enrolled_on BETWEEN ? AND ?"),
            {r.options.scope.from, r.options.scope.to}));
}

TEST_F(ErasmusReportTest, CsvReadsBackWithItsByteOrderMark)
{
    const ReportRequest r = request(QStringLiteral("csv"));
    ASSERT_TRUE(ReportExport::run(s->db(), r, {}));
    QFile f(r.csvFolder + QStringLiteral("/partnerships.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size() - 1,
        count(s->db(),
            QStringLiteral("SELECT count(*) FROM partnership WHERE deleted = 0 AND project_id = ? "
                           "AND (coalesce(signed_on, starts_on) IS NULL OR coalesce(signed_on, "
                           "starts_on) BETWEEN ? AND ?)"),
            {QVariant::fromValue(project), r.options.scope.from, r.options.scope.to}));
    // Agreements still being prepared are listed too; Kazakh letters come back whole.
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("Жасыл энергетика")));

    // The summary read back as Excel would: every figure is the store's count.
    QFile summary(r.csvFolder + QStringLiteral("/summary.csv"));
    ASSERT_TRUE(summary.open(QIODevice::ReadOnly));
    const QByteArray summaryBytes = summary.readAll();
    ASSERT_TRUE(summaryBytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(summaryBytes.mid(3)));
    const QHash<QString, double> expected
        = expectedFigures(s->db(), project, r.options.scope.from, r.options.scope.to);
    ASSERT_EQ(rows.size() - 1, expected.size());
    for (int i = 1; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size(), 6) << rows[i].join(u'|').toStdString();
        bool ok = false;
        const double figure = rows[i][3].toDouble(&ok);
        ASSERT_TRUE(ok) << rows[i][3].toStdString();
        EXPECT_NEAR(figure, expected.value(rows[i][0]), 1e-9) << rows[i][0].toStdString();
    }
    // Every table has its file, each row as many fields as the header.
    for (const QString &table :
        {QStringLiteral("participants"), QStringLiteral("events"), QStringLiteral("courses"),
            QStringLiteral("enrollments"), QStringLiteral("breakdowns")}) {
        QFile t(r.csvFolder + u'/' + table + QStringLiteral(".csv"));
        ASSERT_TRUE(t.open(QIODevice::ReadOnly)) << table.toStdString();
        const QList<QStringList> all = parseCsv(QString::fromUtf8(t.readAll().mid(3)));
        ASSERT_GT(all.size(), 1) << table.toStdString();
        for (const QStringList &row : all)
            EXPECT_EQ(row.size(), all.first().size()) << table.toStdString();
    }
}

TEST_F(ErasmusReportTest, PdfHasTheFiguresAndKazakhLetters)
{
    const ReportRequest r = request(QStringLiteral("pdf"));
    ASSERT_TRUE(ReportExport::run(s->db(), r, {}));
    const QString text = pdfText(r.pdf);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("TDSS-1")));
    EXPECT_TRUE(text.contains(QStringLiteral("VSEA-4")));
    const QHash<QString, double> expected
        = expectedFigures(s->db(), project, r.options.scope.from, r.options.scope.to);
    // Each indicator's line: its code, then its figure as printed (whole numbers without a
    // fraction, others with one decimal).
    const QLocale locale;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const double v = it.value();
        const QString printed = locale.toString(v, 'f', v == std::floor(v) ? 0 : 1);
        bool found = false;
        for (const QString &line : text.split(u'\n'))
            if (line.trimmed().startsWith(it.key() + u' ') && line.contains(printed))
                found = true;
        EXPECT_TRUE(found) << it.key().toStdString() << " " << printed.toStdString();
    }
    for (const QChar c : QStringLiteral("әғқөұүі"))
        EXPECT_TRUE(text.contains(c)) << QString(c).toStdString();
}

// A cancelled export leaves nothing half-written, and an older file as it was.
TEST_F(ErasmusReportTest, CancelledExportLeavesNoFile)
{
    ReportRequest r = request(QStringLiteral("cancel"));
    {
        QFile old(r.pdf);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    int calls = 0;
    const auto cancelled
        = ReportExport::run(s->db(), r, [&](qint64, qint64) { return ++calls < 2; });
    ASSERT_FALSE(cancelled);
    EXPECT_TRUE(cancelled.error().isEmpty());
    EXPECT_FALSE(QFile::exists(r.xlsx));
    EXPECT_FALSE(QFile::exists(r.csvFolder + QStringLiteral("/enrollments.csv")));
    QFile old(r.pdf);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old"));
    EXPECT_EQ(QDir(s.dir()).entryList({QStringLiteral("*.xlsx*")}, QDir::Files).size(), 0);
}

// Every mistake on the command line is named, with the option it is about, and writes nothing.
TEST_F(ErasmusReportTest, CommandLineChecksItsArguments)
{
    ManualClock clock;
    const QString xlsx = s.dir() + QStringLiteral("/x.xlsx");
    auto run = [&](ReportCommand::Args args, QString *message = nullptr) {
        if (args.store.isEmpty())
            args.store = s.path();
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = ReportCommand::run(args, clock, o, e);
        o.flush();
        e.flush();
        if (message)
            *message = err;
        return code;
    };
    auto args = [&](const QString &project, const QString &from = {}, const QString &to = {}) {
        ReportCommand::Args a;
        a.project = project;
        a.from = from;
        a.to = to;
        a.xlsx = xlsx;
        return a;
    };
    QString m;
    EXPECT_EQ(run(args(QStringLiteral("Nope")), &m), 2);
    EXPECT_TRUE(m.contains(QStringLiteral("Nope"))) << m.toStdString();
    EXPECT_EQ(run(args(QString()), &m), 2);
    EXPECT_TRUE(m.contains(QStringLiteral("--report"))) << m.toStdString();
    for (const QString &bad : {QStringLiteral("2025-13-01"), QStringLiteral("2025-02-30"),
             QStringLiteral("01.09.2025"), QStringLiteral("2025-9-1"), QStringLiteral("tomorrow"),
             QStringLiteral("2025-09-01'; DROP TABLE project; --")}) {
        EXPECT_EQ(run(args(QStringLiteral("EduFusion"), bad), &m), 2) << bad.toStdString();
        EXPECT_TRUE(m.contains(QStringLiteral("--from"))) << m.toStdString();
        EXPECT_EQ(run(args(QStringLiteral("EduFusion"), {}, bad), &m), 2) << bad.toStdString();
        EXPECT_TRUE(m.contains(QStringLiteral("--to"))) << m.toStdString();
    }
    EXPECT_EQ(run(args(QStringLiteral("EduFusion"), QStringLiteral("2026-01-01"),
                      QStringLiteral("2025-01-01")),
                  &m),
        2);
    EXPECT_TRUE(m.contains(QStringLiteral("2025-01-01"))) << m.toStdString();
    ReportCommand::Args nowhere = args(QStringLiteral("EduFusion"));
    nowhere.xlsx.clear();
    EXPECT_EQ(run(nowhere, &m), 2);
    ReportCommand::Args badNames = args(QStringLiteral("EduFusion"));
    badNames.names = QStringLiteral("greek");
    EXPECT_EQ(run(badNames, &m), 2);
    EXPECT_TRUE(m.contains(QStringLiteral("greek")));
    ReportCommand::Args noFolder = args(QStringLiteral("EduFusion"));
    noFolder.xlsx = s.dir() + QStringLiteral("/missing/x.xlsx");
    EXPECT_EQ(run(noFolder, &m), 2);
    ReportCommand::Args noStore = args(QStringLiteral("EduFusion"));
    noStore.store = s.dir() + QStringLiteral("/none.sqlite");
    EXPECT_EQ(run(noStore, &m), 2);
    EXPECT_TRUE(m.contains(QStringLiteral("none.sqlite")));
    EXPECT_FALSE(QFileInfo::exists(noStore.store)) << "a missing data file is not created";
    EXPECT_FALSE(QFile::exists(xlsx));

    // By the project's code too; the project is still there after the attempts above.
    EXPECT_EQ(run(args(QStringLiteral("101179805"), QStringLiteral("2025-01-01"),
                  QStringLiteral("2026-12-31"))),
        0);
    EXPECT_TRUE(QFile::exists(xlsx));
}

// The command line as a script runs it: the real executable, a clear message and no file for a
// bad date, the files for a good request.
TEST_F(ErasmusReportTest, TheExecutableWritesTheReport)
{
    const QString exe = QStringLiteral(EF_DESK_EXECUTABLE);
    ASSERT_TRUE(QFileInfo::exists(exe)) << exe.toStdString() << " is not built";
    const QString pdf = s.dir() + QStringLiteral("/cli.pdf");
    const QString csv = s.dir() + QStringLiteral("/cli-csv");
    auto run = [&](const QStringList &args, QString *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), s.dir() + QStringLiteral("/config"));
        p.setProcessEnvironment(env);
        p.start(exe,
            QStringList {QStringLiteral("--store"), s.path(), QStringLiteral("--language"),
                QStringLiteral("en")}
                + args);
        p.waitForFinished(120000);
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString err;
    EXPECT_EQ(
        run({QStringLiteral("--report"), QStringLiteral("EduFusion"), QStringLiteral("--from"),
                QStringLiteral("2025-02-30"), QStringLiteral("--pdf"), pdf},
            &err),
        2);
    EXPECT_TRUE(err.contains(QStringLiteral("--from"))) << err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(
        run({QStringLiteral("--report"), QStringLiteral("EduFusion"), QStringLiteral("--from"),
                QStringLiteral("2024-12-01"), QStringLiteral("--to"), QStringLiteral("2028-11-30"),
                QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv},
            &err),
        0)
        << err.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("TDSS-1")));
    EXPECT_TRUE(QFile::exists(csv + QStringLiteral("/summary.csv")));
}

TEST(CsvReportWriter, QuotesWhatWouldSplitAField)
{
    EXPECT_EQ(CsvReportWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvReportWriter::quoted(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
    EXPECT_EQ(CsvReportWriter::quoted(QStringLiteral("say \"hi\"")),
        QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(
        CsvReportWriter::quoted(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
}

// A name typed to look like a formula stays text when Excel opens the CSV.
TEST(CsvReportWriter, AFormulaInATextCellStaysText)
{
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("=HYPERLINK(\"http://x\")")),
        QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    for (const QString &attack : {QStringLiteral("+1+1"), QStringLiteral("-2+3"),
             QStringLiteral("@SUM(A1)"), QStringLiteral("\tx")})
        EXPECT_TRUE(CsvReportWriter::textCell(attack).startsWith(u'\'')) << attack.toStdString();
    EXPECT_EQ(CsvReportWriter::textCell(QStringLiteral("Жұмабеков")), QStringLiteral("Жұмабеков"));
}

TEST_F(ErasmusReportTest, AttendanceSheetListsEveryParticipant)
{
    Uuid event;
    qint64 people = 0;
    {
        Statement q = s->db().prepare(QStringLiteral(
            "SELECT ev.id, count(*) FROM training_event ev JOIN participation x ON x.event_id = "
            "ev.id AND x.deleted = 0 WHERE ev.kind = 'train_the_trainer' GROUP BY ev.id"));
        ASSERT_TRUE(q.next());
        event = q.uuid(0);
        people = q.int64(1);
    }
    const QString path = s.dir() + QStringLiteral("/sheet.pdf");
    ASSERT_TRUE(AttendanceSheet::write(s->db(), event, AttendanceSheet::Kind::Attendance,
        QStringLiteral("kk"), AttendanceSheet::Script::Native, path));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Жұмабеков Нұрлан")));
    EXPECT_TRUE(text.contains(QString::number(people) + u' '));
    // Five days of the workshop, a column each.
    EXPECT_TRUE(text.contains(QStringLiteral("16")) && text.contains(QStringLiteral("20")));
    const QString latin = s.dir() + QStringLiteral("/list.pdf");
    ASSERT_TRUE(AttendanceSheet::write(s->db(), event, AttendanceSheet::Kind::ParticipantList,
        QStringLiteral("en"), AttendanceSheet::Script::Latin, latin));
    const QString list = pdfText(latin);
    EXPECT_TRUE(list.contains(Transliteration::toLatin(QStringLiteral("Жұмабеков Нұрлан"))))
        << list.toStdString();
    {
        Statement n = s->db().prepare(QStringLiteral(
            "SELECT number FROM certificate WHERE event_id = ? AND deleted = 0 AND status = "
            "'valid' LIMIT 1"));
        n.bind(1, event);
        if (n.next()) {
            EXPECT_TRUE(list.contains(n.text(0))) << "certificate numbers whole";
        }
    }
    // To look at the sheets: EF_REPORT_SAMPLES=DIR keeps a copy of each.
    if (const QString keep = qEnvironmentVariable("EF_REPORT_SAMPLES"); !keep.isEmpty()) {
        QFile::copy(path, keep + QStringLiteral("/attendance-kk.pdf"));
        QFile::copy(latin, keep + QStringLiteral("/participants-en.pdf"));
    }
    EXPECT_FALSE(AttendanceSheet::write(s->db(), s->newId(), AttendanceSheet::Kind::Attendance,
        QStringLiteral("ru"), AttendanceSheet::Script::Native, latin));
}
