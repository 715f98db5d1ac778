#include "reports/ErasmusReport.h"

#include "TempStore.h"
#include "demo/DemoData.h"
#include "reports/AttendanceSheet.h"
#include "reports/CsvReportWriter.h"
#include "reports/IndicatorEvaluator.h"
#include "reports/ReportCommand.h"
#include "reports/ReportExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace ef;

namespace {

qint64 count(Database &db, const QString &sql, const QVariantList &args = {})
{
    Statement s = db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        s.bind(i + 1, args.at(i));
    return s.next() ? s.int64(0) : -1;
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
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStringLiteral("python3");
    p.start(python, {QStringLiteral("-c"), script, path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(p.readAllStandardError())}};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
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
    EXPECT_DOUBLE_EQ(*byCode.value(QStringLiteral("TDSS-2")).value, 100.0 * international / certified);
    EXPECT_EQ(*byCode.value(QStringLiteral("VSEA-1")).value,
        double(count(db, QStringLiteral("SELECT count(*) FROM course WHERE deleted = 0 AND "
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
    ASSERT_FALSE(wb.contains(QStringLiteral("error"))) << wb.value(QStringLiteral("error")).toString().toStdString();
    const QJsonArray order = wb.value(QStringLiteral("order")).toArray();
    ASSERT_EQ(order.size(), 7);
    const QJsonObject sheets = wb.value(QStringLiteral("sheets")).toObject();

    // Summary: the heading, then each indicator's figure and target as numbers.
    const QJsonObject summary = sheets.value(order[0].toString()).toObject();
    const QJsonArray rows = summary.value(QStringLiteral("rows")).toArray();
    EXPECT_TRUE(rows[0].toArray()[0].toString().startsWith(QStringLiteral("EduFusion")));
    EXPECT_EQ(summary.value(QStringLiteral("freeze")).toString(), QStringLiteral("A4"));
    EXPECT_TRUE(summary.value(QStringLiteral("filter")).toString().startsWith(QStringLiteral("A3:F")));
    QHash<QString, IndicatorFigure> byCode;
    for (const IndicatorFigure &f : IndicatorEvaluator::evaluateAll(s->db(), r.options.scope))
        byCode.insert(f.indicator.code, f);
    int checked = 0;
    for (int i = 3; i < rows.size(); ++i) {
        const QJsonArray row = rows[i].toArray();
        const IndicatorFigure f = byCode.value(row[0].toString());
        ASSERT_FALSE(f.indicator.code.isEmpty());
        if (f.value) {
            EXPECT_DOUBLE_EQ(row[3].toObject().value(QStringLiteral("number")).toDouble(), *f.value)
                << f.indicator.code.toStdString();
            ++checked;
        }
        if (f.indicator.target > 0)
            EXPECT_EQ(row[4].toObject().value(QStringLiteral("number")).toDouble(), f.indicator.target);
    }
    EXPECT_EQ(checked, 9);

    // Every participant of the period, with a typed date and hours.
    const QJsonArray participants
        = sheets.value(order[2].toString()).toObject().value(QStringLiteral("rows")).toArray();
    const qint64 expected = count(s->db(),
        QStringLiteral("SELECT count(*) FROM participation x JOIN training_event ev ON ev.id = "
                       "x.event_id JOIN training_programme tp ON tp.id = ev.programme_id WHERE "
                       "x.deleted = 0 AND tp.project_id = ? AND ev.starts_on BETWEEN ? AND ?"),
        {QVariant::fromValue(project), r.options.scope.from, r.options.scope.to});
    ASSERT_GT(expected, 0);
    EXPECT_EQ(participants.size() - 1, expected);
    const QJsonArray first = participants[1].toArray();
    EXPECT_TRUE(first[5].toObject().contains(QStringLiteral("date")));
    EXPECT_TRUE(first[6].toObject().contains(QStringLiteral("number")));
    const QJsonObject sheet = sheets.value(order[2].toString()).toObject();
    EXPECT_EQ(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    EXPECT_GT(sheet.value(QStringLiteral("widths")).toObject().value(QStringLiteral("E")).toDouble(), 20);

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
}

TEST_F(ErasmusReportTest, PdfHasTheFiguresAndKazakhLetters)
{
    const ReportRequest r = request(QStringLiteral("pdf"));
    ASSERT_TRUE(ReportExport::run(s->db(), r, {}));
    const QString text = pdfText(r.pdf);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("TDSS-1")));
    EXPECT_TRUE(text.contains(QStringLiteral("VSEA-4")));
    ReportScope scope;
    scope.project = project;
    for (const IndicatorFigure &f : IndicatorEvaluator::evaluateAll(s->db(), scope))
        if (f.indicator.code == u"TDSS-1")
            EXPECT_TRUE(text.contains(QString::number(*f.value)));
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
    const auto cancelled = ReportExport::run(s->db(), r, [&](qint64, qint64) { return ++calls < 2; });
    ASSERT_FALSE(cancelled);
    EXPECT_TRUE(cancelled.error().isEmpty());
    EXPECT_FALSE(QFile::exists(r.xlsx));
    EXPECT_FALSE(QFile::exists(r.csvFolder + QStringLiteral("/enrollments.csv")));
    QFile old(r.pdf);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old"));
    EXPECT_EQ(QDir(s.dir()).entryList({QStringLiteral("*.xlsx*")}, QDir::Files).size(), 0);
}

TEST_F(ErasmusReportTest, CommandLineChecksItsArguments)
{
    ManualClock clock;
    auto run = [&](QStringList args, QString *message = nullptr) {
        QString out, err;
        QTextStream o(&out), e(&err);
        args.prepend(QStringLiteral("edufusion-desk"));
        const int code = ReportCommand::run(args, s.path(), clock, o, e);
        o.flush();
        e.flush();
        if (message)
            *message = err;
        return code;
    };
    QString m;
    EXPECT_EQ(run({QStringLiteral("--report"), QStringLiteral("Nope"), QStringLiteral("--xlsx"),
                  s.dir() + QStringLiteral("/x.xlsx")},
                  &m),
        2);
    EXPECT_TRUE(m.contains(QStringLiteral("Nope")));
    EXPECT_EQ(run({QStringLiteral("--report"), QStringLiteral("EduFusion"), QStringLiteral("--from"),
                  QStringLiteral("2025-13-01"), QStringLiteral("--xlsx"), s.dir() + QStringLiteral("/x.xlsx")},
                  &m),
        2);
    EXPECT_TRUE(m.contains(QStringLiteral("--from")));
    EXPECT_EQ(run({QStringLiteral("--report"), QStringLiteral("EduFusion"), QStringLiteral("--from"),
                  QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2025-01-01"),
                  QStringLiteral("--xlsx"), s.dir() + QStringLiteral("/x.xlsx")},
                  &m),
        2);
    EXPECT_EQ(run({QStringLiteral("--report"), QStringLiteral("EduFusion")}, &m), 2);
    EXPECT_FALSE(QFile::exists(s.dir() + QStringLiteral("/x.xlsx")));
    EXPECT_EQ(run({QStringLiteral("--report"), QStringLiteral("101179805"), QStringLiteral("--from"),
                  QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                  QStringLiteral("--xlsx"), s.dir() + QStringLiteral("/x.xlsx")}),
        0);
    EXPECT_TRUE(QFile::exists(s.dir() + QStringLiteral("/x.xlsx")));
}

TEST(CsvReportWriter, QuotesWhatWouldSplitAField)
{
    EXPECT_EQ(CsvReportWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvReportWriter::quoted(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
    EXPECT_EQ(CsvReportWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvReportWriter::quoted(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
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
    EXPECT_TRUE(pdfText(latin).contains(QStringLiteral("umabekov")));
    EXPECT_FALSE(AttendanceSheet::write(s->db(), s->newId(), AttendanceSheet::Kind::Attendance,
        QStringLiteral("ru"), AttendanceSheet::Script::Native, latin));
}
