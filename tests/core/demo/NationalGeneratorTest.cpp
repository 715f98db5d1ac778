#include "demo/NationalGenerator.h"

#include "SqlHelpers.h"
#include "TempStore.h"

#include <QCryptographicHash>
#include <gtest/gtest.h>

using namespace ef;

namespace {

const NationalGenerator::Scale Small = NationalGenerator::Scale().scaled(0.002);

// A hash of every data column of every synced table, in id order (clocks and devices left out:
// they belong to the store that wrote the rows, not to the data).
QByteArray contentHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table :
        {QStringLiteral("institution"), QStringLiteral("person"), QStringLiteral("partnership"),
            QStringLiteral("training_programme"), QStringLiteral("training_event"),
            QStringLiteral("participation"), QStringLiteral("certificate"),
            QStringLiteral("course"), QStringLiteral("offering"), QStringLiteral("enrollment")}) {
        QStringList cols = test::column(db,
            QStringLiteral("SELECT 'quote(' || name || ')' FROM pragma_table_info('%1') "
                           "WHERE name NOT IN ('hlc', 'device')")
                .arg(table));
        for (const QString &row : test::column(db,
                 QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                     .arg(cols.join(QStringLiteral(" || '|' || ")), table)))
            hash.addData(row.toUtf8());
    }
    return hash.result();
}

} // namespace

TEST(NationalGenerator, MakesTheRequestedNumberOfEachRow)
{
    test::TempStore s;
    StoreSink sink(*s);
    std::int64_t lastDone = 0;
    auto r = NationalGenerator(Small).run(
        sink,
        [&](std::int64_t done, std::int64_t total) {
            EXPECT_GT(done, lastDone);
            EXPECT_LE(done, total);
            lastDone = done;
            return true;
        },
        100);
    ASSERT_TRUE(r) << r.error().message.toStdString();
    EXPECT_EQ(lastDone, Small.totalRows());
    EXPECT_EQ(s->count(QStringLiteral("institution")), Small.institutions);
    EXPECT_EQ(s->count(QStringLiteral("person")), Small.people);
    EXPECT_EQ(s->count(QStringLiteral("partnership")), Small.partnerships);
    EXPECT_EQ(s->count(QStringLiteral("training_event")), Small.events);
    EXPECT_EQ(s->count(QStringLiteral("participation")), Small.participations);
    EXPECT_EQ(s->count(QStringLiteral("certificate")), Small.certificates);
    EXPECT_EQ(s->count(QStringLiteral("course")), Small.courses);
    EXPECT_EQ(s->count(QStringLiteral("offering")), Small.offerings);
    EXPECT_EQ(s->count(QStringLiteral("enrollment")), Small.enrollments);
    // Every row went through change tracking, and search finds generated names in both scripts.
    EXPECT_EQ(test::number(
                  s->db(), QStringLiteral("SELECT count(*) FROM change_log WHERE field IS NULL")),
        Small.totalRows());
    const QString family
        = test::column(s->db(), QStringLiteral("SELECT family_name FROM person LIMIT 1")).first();
    const QString latin
        = test::column(s->db(), QStringLiteral("SELECT family_name_latin FROM person LIMIT 1"))
              .first();
    EXPECT_FALSE(s->search(family).isEmpty());
    EXPECT_FALSE(s->search(latin).isEmpty());
    EXPECT_EQ(test::column(s->db(), QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
}

TEST(NationalGenerator, TheSameSeedMakesTheSameData)
{
    test::TempStore a, b;
    StoreSink sa(*a), sb(*b);
    b.clock().advanceMs(86'400'000); // a different day on the other machine changes nothing
    ASSERT_TRUE(NationalGenerator(Small, 7).run(sa));
    ASSERT_TRUE(NationalGenerator(Small, 7).run(sb));
    EXPECT_EQ(contentHash(a->db()), contentHash(b->db()));

    test::TempStore c;
    StoreSink sc(*c);
    ASSERT_TRUE(NationalGenerator(Small, 8).run(sc));
    EXPECT_NE(contentHash(a->db()), contentHash(c->db()));
}

TEST(NationalGenerator, CancellingKeepsWholeBatchesOnly)
{
    test::TempStore s;
    StoreSink sink(*s);
    int calls = 0;
    auto r = NationalGenerator(Small).run(
        sink, [&](std::int64_t, std::int64_t) { return ++calls < 3; }, 10);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, StoreError::Kind::Cancelled);
    EXPECT_EQ(s->count(QStringLiteral("institution")), 12); // 12 institutions: batches of 10 + 2
    EXPECT_EQ(s->count(QStringLiteral("person")), 10);
}
