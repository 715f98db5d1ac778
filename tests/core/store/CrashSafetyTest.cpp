// "Nothing the user saved is lost by a killed process": a writer process (crash_writer) is killed
// at a random moment again and again on the same file, and after every kill the file must be
// intact and hold every action the writer had reported as committed.
#include "QtPrinters.h"
#include "SqlHelpers.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <iostream>

using namespace ef;
using ef::test::column;
using ef::test::number;

namespace {

constexpr quint32 Seed = 20251124; // the kill moments are reproducible
constexpr int Rounds = 50;

// What the writer said it had committed, over all rounds so far.
struct Reported
{
    QSet<Uuid> persons;
    QList<std::pair<Uuid, QString>> emails; // (person, value) of each reported update
};

// Reads the complete lines of the writer's output; a line cut by the kill is ignored.
void parse(const QByteArray &out, Reported &reported)
{
    const qsizetype end = out.lastIndexOf('\n');
    if (end < 0)
        return;
    const QList<QByteArray> lines = out.left(end).split('\n');
    for (const QByteArray &raw : lines) {
        const QStringList words = QString::fromUtf8(raw).split(u' ');
        if (words.size() == 2 && words[0] == u"committed") {
            const auto id = Uuid::fromString(words[1]);
            ASSERT_TRUE(id) << raw.toStdString();
            reported.persons.insert(*id);
        } else if (words.size() == 4 && words[0] == u"updated" && words[2] == u"email") {
            const auto id = Uuid::fromString(words[1]);
            ASSERT_TRUE(id) << raw.toStdString();
            reported.emails.append({*id, words[3]});
        } else {
            FAIL() << "unexpected output from the writer: " << raw.toStdString();
        }
    }
}

void checkStore(const QString &path, const Reported &reported)
{
    auto opened = Store::open(path);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    Store &store = **opened;
    Database &db = store.db();

    EXPECT_EQ(
        column(db, QStringLiteral("PRAGMA integrity_check")), QStringList {QStringLiteral("ok")});
    EXPECT_EQ(column(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList {});
    // The full-text index was written in the same transactions: it must match its rows.
    EXPECT_TRUE(
        db.exec(QStringLiteral("INSERT INTO fts_person (fts_person) VALUES ('integrity-check')")));
    EXPECT_EQ(number(db, QStringLiteral("SELECT count(*) FROM fts_person")),
        number(db, QStringLiteral("SELECT count(*) FROM person")));

    QSet<Uuid> live;
    {
        Statement s = db.prepare(QStringLiteral("SELECT id FROM person WHERE deleted = 0"));
        while (s.next())
            live.insert(s.uuid(0));
    }
    int lost = 0;
    for (const Uuid &id : reported.persons) {
        if (!live.contains(id) && ++lost <= 5)
            ADD_FAILURE() << "committed person lost: " << id.toString().toStdString();
    }
    EXPECT_EQ(lost, 0) << "of " << reported.persons.size() << " reported committed";

    // Every row, whoever wrote it, has its insert in the outbox, so sync would send it.
    for (const char *table : {"person", "institution"}) {
        EXPECT_EQ(number(db,
                      QStringLiteral("SELECT count(*) FROM %1 WHERE id NOT IN (SELECT row_id "
                                     "FROM change_log WHERE tbl = '%1' AND field IS NULL)")
                          .arg(QLatin1String(table))),
            0)
            << table;
    }

    QSet<std::pair<Uuid, QString>> logged;
    {
        Statement s = db.prepare(QStringLiteral(
            "SELECT row_id, value FROM change_log WHERE tbl = 'person' AND field = 'email'"));
        while (s.next())
            logged.insert({s.uuid(0), s.text(1)});
    }
    int missing = 0;
    for (const auto &update : reported.emails) {
        if (!logged.contains(update) && ++missing <= 5)
            ADD_FAILURE() << "committed update lost: " << update.first.toString().toStdString()
                          << " email " << update.second.toStdString();
    }
    EXPECT_EQ(missing, 0) << "of " << reported.emails.size() << " reported updates";

    // The row, the newest logged value and the field clock agree for every edited field.
    EXPECT_EQ(
        number(db,
            QStringLiteral(
                "SELECT count(*) FROM (SELECT row_id, max(seq) AS seq FROM change_log "
                "WHERE tbl = 'person' AND field = 'email' GROUP BY row_id) newest "
                "JOIN change_log c ON c.seq = newest.seq JOIN person p ON p.id = newest.row_id "
                "WHERE p.email IS NOT c.value")),
        0);
    EXPECT_EQ(
        number(db,
            QStringLiteral(
                "SELECT count(*) FROM (SELECT tbl, row_id, field, max(seq) AS seq FROM change_log "
                "WHERE field IS NOT NULL GROUP BY tbl, row_id, field) newest "
                "JOIN change_log c ON c.seq = newest.seq "
                "LEFT JOIN field_clock f ON f.tbl = c.tbl AND f.row_id = c.row_id AND f.field = "
                "c.field "
                "WHERE f.hlc IS NOT c.hlc OR f.device IS NOT c.device")),
        0);
}

} // namespace

TEST(CrashSafety, KilledWriterLosesNothingItReportedCommitted)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QRandomGenerator random(Seed);
    Reported reported;
    int round = 0;

    for (; round < Rounds; ++round) {
        const int delayMs = int(random.bounded(20, 201));
        SCOPED_TRACE(testing::Message() << "seed " << Seed << ", round " << round << ", kill "
                                        << delayMs << " ms after the first commit");
        QProcess writer;
        writer.start(QStringLiteral(EF_CRASH_WRITER), {path, QString::number(round)});
        ASSERT_TRUE(writer.waitForStarted(10'000)) << writer.errorString().toStdString();

        QByteArray out;
        while (!out.contains("committed ")) {
            if (!writer.waitForReadyRead(30'000) && writer.state() != QProcess::Running) {
                FAIL() << "the writer stopped before its first commit: "
                       << writer.readAllStandardError().toStdString();
            }
            out += writer.readAllStandardOutput();
        }
        // Keep draining its output while waiting, so the writer is never blocked on a full pipe
        // and is killed in the middle of its work, not while waiting to print.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < delayMs && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(std::max(1, int(delayMs - waited.elapsed())));
            out += writer.readAllStandardOutput();
        }
        ASSERT_EQ(writer.state(), QProcess::Running)
            << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(10'000));
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();

        parse(out, reported);
        checkStore(path, reported);
        if (testing::Test::HasFailure()) {
            ++round;
            break; // one broken round tells the story; the next ones would only repeat it
        }
    }
    std::cout << "[          ] " << reported.persons.size() << " committed inserts and "
              << reported.emails.size() << " updates reported over " << round << " kills\n";
}
