#include "store/ListQuery.h"

#include "ListPaging.h"
#include "SqlHelpers.h"
#include "TempStore.h"
#include "demo/NationalGenerator.h"
#include "text/SearchFold.h"

#include <gtest/gtest.h>

using namespace ef;

namespace {

const QString Joins
    = QStringLiteral("JOIN offering o ON o.id = e.offering_id JOIN course c ON c.id = o.course_id "
                     "JOIN person p ON p.id = e.person_id JOIN institution i ON i.id = e.owner_id");
const QString Institution
    = QStringLiteral("coalesce(i.short_name, i.name_en, i.name_ru, i.name_kk)");

// The enrollments list as the app shows it: multi-part sort keys ending in the sorted table's
// rowid, and the sorted table first in FROM, as ListCatalog writes them.
ListSpec enrollments()
{
    ListSpec s;
    s.table = QStringLiteral("enrollment");
    s.alias = QStringLiteral("e");
    s.joins = Joins;
    const QString o = QStringLiteral("JOIN offering o ON o.id = e.offering_id");
    const QString c = QStringLiteral("JOIN course c ON c.id = o.course_id");
    const QString p = QStringLiteral("JOIN person p ON p.id = e.person_id");
    const QString i = QStringLiteral("JOIN institution i ON i.id = e.owner_id");
    s.columns = {
        {QStringLiteral("student"), QStringLiteral("p.family_name || ' ' || p.given_name"), {},
            {QStringLiteral("p.family_name COLLATE KAZAKH"),
                QStringLiteral("p.given_name COLLATE KAZAKH"), QStringLiteral("p.rowid")},
            QStringLiteral("person p CROSS JOIN enrollment e ON e.person_id = p.id %1 %2 %3")
                .arg(o, c, i)},
        {QStringLiteral("course"), QStringLiteral("c.code"), {},
            {QStringLiteral("c.code"), QStringLiteral("c.rowid"), QStringLiteral("o.rowid")},
            QStringLiteral("course c CROSS JOIN offering o ON o.course_id = c.id CROSS JOIN "
                           "enrollment e ON e.offering_id = o.id %1 %2")
                .arg(p, i)},
        {QStringLiteral("semester"), QStringLiteral("o.semester"), {},
            {QStringLiteral("o.semester"), QStringLiteral("o.rowid")},
            QStringLiteral("offering o CROSS JOIN enrollment e ON e.offering_id = o.id %1 %2 %3")
                .arg(c, p, i)},
        {QStringLiteral("institution"), Institution, {},
            {Institution + QStringLiteral(" COLLATE KAZAKH"), QStringLiteral("i.rowid")},
            QStringLiteral("institution i CROSS JOIN enrollment e ON e.owner_id = i.id %1 %2 %3")
                .arg(o, c, p)},
        {QStringLiteral("status"), QStringLiteral("e.status"), {}},
        {QStringLiteral("grade"), QStringLiteral("e.grade"),
            QStringLiteral("coalesce(e.grade, -1)")},
        {QStringLiteral("enrolled"), QStringLiteral("e.enrolled_on"), {}},
    };
    return s;
}

QStringList keysOf(const ListColumn &c)
{
    if (!c.sortKeys.isEmpty())
        return c.sortKeys;
    return {c.sortExpr.isEmpty() ? c.expr : c.sortExpr};
}

// A filter as the test writes it by hand: its condition and the values bound to it.
struct Case
{
    QString name;
    QList<ListFilter> filters;
    QString where; // the same conditions with '?'
    QVariantList values;
};

QList<Uuid> reference(Database &db, const Case &f, const QStringList &keys, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList order;
    for (const QString &k : keys)
        order << k + dir;
    order << QStringLiteral("e.rowid") + dir;
    Statement s = db.prepare(
        QStringLiteral("SELECT e.id FROM enrollment e %1 WHERE e.deleted = 0 %2 ORDER BY %3")
            .arg(Joins, f.where.isEmpty() ? QString() : QStringLiteral("AND ") + f.where,
                order.join(QStringLiteral(", "))));
    for (int i = 0; i < f.values.size(); ++i)
        s.bind(i + 1, f.values[i]);
    QList<Uuid> ids;
    while (s.next())
        ids << s.uuid(0);
    EXPECT_FALSE(s.failed()) << s.error().toString().toStdString();
    return ids;
}

class ListQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        StoreSink sink(*store);
        ASSERT_TRUE(NationalGenerator(NationalGenerator::Scale().scaled(0.001)).run(sink));
        // Tombstones among the rows: every 17th enrollment.
        ASSERT_TRUE(store->db().exec(
            QStringLiteral("UPDATE enrollment SET deleted = 1 WHERE rowid % 17 = 0")));
    }

    QVariant any(const QString &sql) { return store->db().scalar(sql); }

    // Each filter a user can apply, alone and combined, with the same condition by hand.
    QList<Case> cases()
    {
        const QVariant semester = any(QStringLiteral(
            "SELECT o.semester FROM enrollment e JOIN offering o ON o.id = e.offering_id "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        const QVariant owner = any(QStringLiteral(
            "SELECT owner_id FROM enrollment GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
        const QString family
            = any(QStringLiteral(
                      "SELECT p.family_name FROM enrollment e JOIN person p ON p.id = e.person_id "
                      "ORDER BY e.rowid LIMIT 1"))
                  .toString();
        const QString match = SearchFold::matchQuery(family.left(3));
        const QString fts
            = QStringLiteral("p.rowid IN (SELECT rowid FROM fts_person WHERE fts_person MATCH ?)");
        const QVariantList dates {QStringLiteral("2023-01-01"), QStringLiteral("2025-06-30")};
        using Op = ListFilter::Op;
        return {
            {QStringLiteral("none"), {}, {}, {}},
            {QStringLiteral("status"),
                {{QStringLiteral("e.status"), Op::Equals, QStringLiteral("completed")}},
                QStringLiteral("e.status = ?"), {QStringLiteral("completed")}},
            {QStringLiteral("semester"), {{QStringLiteral("o.semester"), Op::Equals, semester}},
                QStringLiteral("o.semester = ?"), {semester}},
            {QStringLiteral("institution"), {{QStringLiteral("e.owner_id"), Op::Equals, owner}},
                QStringLiteral("e.owner_id = ?"), {owner}},
            {QStringLiteral("gender"),
                {{QStringLiteral("p.gender"), Op::Equals, QStringLiteral("female")}},
                QStringLiteral("p.gender = ?"), {QStringLiteral("female")}},
            {QStringLiteral("enrolled between"),
                {{QStringLiteral("e.enrolled_on"), Op::Between, dates}},
                QStringLiteral("e.enrolled_on BETWEEN ? AND ?"), dates},
            {QStringLiteral("enrolled from, to"),
                {{QStringLiteral("e.enrolled_on"), Op::AtLeast, dates[0]},
                    {QStringLiteral("e.enrolled_on"), Op::AtMost, dates[1]}},
                QStringLiteral("e.enrolled_on >= ? AND e.enrolled_on <= ?"), dates},
            {QStringLiteral("statuses"),
                {{QStringLiteral("e.status"), Op::In,
                    QVariantList {QStringLiteral("enrolled"), QStringLiteral("failed")}}},
                QStringLiteral("e.status IN ('enrolled', 'failed')"), {}},
            {QStringLiteral("name"), {{fts, Op::Predicate, match}}, fts, {match}},
            {QStringLiteral("status and gender"),
                {{QStringLiteral("e.status"), Op::Equals, QStringLiteral("completed")},
                    {QStringLiteral("p.gender"), Op::Equals, QStringLiteral("male")}},
                QStringLiteral("e.status = ? AND p.gender = ?"),
                {QStringLiteral("completed"), QStringLiteral("male")}},
        };
    }

    test::TempStore store;
};

} // namespace

TEST_F(ListQueryTest, PagesTogetherAreTheWholeSortedListForEveryColumnDirectionAndFilter)
{
    ListQuery q(store->db(), enrollments());
    ASSERT_EQ(q.count(),
        test::number(
            store->db(), QStringLiteral("SELECT count(*) FROM enrollment WHERE deleted = 0")));
    ASSERT_GT(test::number(store->db(),
                  QStringLiteral("SELECT count(*) FROM enrollment WHERE grade IS NULL")),
        0); // NULLs among the sorted values
    const QList<Uuid> deleted = [&] {
        QList<Uuid> ids;
        Statement s
            = store->db().prepare(QStringLiteral("SELECT id FROM enrollment WHERE deleted = 1"));
        while (s.next())
            ids << s.uuid(0);
        return ids;
    }();
    ASSERT_FALSE(deleted.isEmpty());

    for (const Case &f : cases()) {
        q.setFilters(f.filters);
        const qint64 total = q.count();
        for (int column = 0; column < q.spec().columns.size(); ++column) {
            const ListColumn &c = q.spec().columns[column];
            for (bool descending : {false, true}) {
                const QList<Uuid> expected = reference(store->db(), f, keysOf(c), descending);
                const std::string what = f.name.toStdString() + ", by " + c.key.toStdString()
                    + (descending ? " desc" : " asc");
                ASSERT_FALSE(expected.isEmpty()) << what;
                EXPECT_EQ(total, expected.size()) << what;
                q.setSort(column, descending);
                // Both shapes of the page query: walking the sort order (many rows match) and
                // sorting the matching rows (few do). Pages of 7 end inside runs of equal keys.
                for (qint64 expectedRows : {qint64(-1), qint64(0)}) {
                    q.setExpectedRows(expectedRows);
                    const QList<Uuid> paged = ef::test::allPages(q, 7);
                    EXPECT_EQ(paged, expected)
                        << what << (expectedRows < 0 ? ", walking" : ", sorting matches");
                    for (const Uuid &id : deleted)
                        ASSERT_FALSE(paged.contains(id)) << what;
                }
            }
        }
    }
}

TEST_F(ListQueryTest, CountJoinsOnlyWhatTheFiltersNeedAndAgreesWithTheFullJoin)
{
    ListQuery q(store->db(), enrollments());
    q.setFilters(
        {{QStringLiteral("e.status"), ListFilter::Op::Equals, QStringLiteral("completed")}});
    EXPECT_FALSE(q.countSql().contains(QStringLiteral("JOIN")));
    q.setFilters({{QStringLiteral("c.code"), ListFilter::Op::StartsWith, QStringLiteral("A")}});
    EXPECT_TRUE(q.countSql().contains(QStringLiteral("offering o")));
    EXPECT_TRUE(q.countSql().contains(QStringLiteral("course c")));
    EXPECT_FALSE(q.countSql().contains(QStringLiteral("person p")));
    EXPECT_EQ(q.count(),
        test::number(store->db(),
            QStringLiteral("SELECT count(*) FROM enrollment e %1 WHERE e.deleted = 0 AND "
                           "c.code >= 'A' AND c.code < 'B'")
                .arg(Joins)));
}

TEST_F(ListQueryTest, StartsWithFindsAPrefixInAnyScript)
{
    ListQuery q(store->db(), enrollments());
    const QString family = test::column(store->db(),
        QStringLiteral(
            "SELECT p.family_name FROM enrollment e JOIN person p ON p.id = e.person_id LIMIT 1"))
                               .first();
    q.setFilters({{QStringLiteral("p.family_name"), ListFilter::Op::StartsWith, family.left(3)}});
    const auto rows = q.fetch(std::nullopt, 1000);
    ASSERT_FALSE(rows.isEmpty());
    for (const auto &r : rows)
        EXPECT_TRUE(r.values[0].toString().startsWith(family.left(3)))
            << r.values[0].toString().toStdString();
}

TEST_F(ListQueryTest, FilterValuesAreBoundNeverSpliced)
{
    // Spliced into the SQL, each of these would let every row through (or fail to compile).
    const QString quote = QStringLiteral("x' OR '1' = '1");
    using Op = ListFilter::Op;
    const QList<QList<ListFilter>> hostile {
        {{QStringLiteral("e.status"), Op::Equals, quote}},
        {{QStringLiteral("e.status"), Op::In, QVariantList {quote, QStringLiteral("'); --")}}},
        {{QStringLiteral("e.enrolled_on"), Op::Between, QVariantList {quote, quote}}},
        {{QStringLiteral("p.family_name"), Op::StartsWith, quote}},
        {{QStringLiteral("e.status = ? OR 0"), Op::Predicate, quote}},
    };
    for (const QList<ListFilter> &filters : hostile) {
        ListQuery q(store->db(), enrollments());
        q.setFilters(filters);
        EXPECT_EQ(q.count(), 0) << filters.first().expr.toStdString();
        EXPECT_TRUE(q.fetch(std::nullopt, 100).isEmpty()) << filters.first().expr.toStdString();
        EXPECT_FALSE(q.countSql().contains(QStringLiteral("'1'")));
        EXPECT_FALSE(q.fetchSql(false).contains(QStringLiteral("'1'")));
    }
    // And a value with a quote that is really there is found.
    ASSERT_TRUE(store->db().exec(QStringLiteral(
        "UPDATE person SET family_name = 'O''Brien' WHERE rowid = (SELECT min(rowid) FROM person "
        "WHERE id IN (SELECT person_id FROM enrollment WHERE deleted = 0))")));
    ListQuery q(store->db(), enrollments());
    q.setFilters({{QStringLiteral("p.family_name"), Op::Equals, QStringLiteral("O'Brien")}});
    EXPECT_GT(q.count(), 0);
    EXPECT_EQ(q.fetch(std::nullopt, 1000).size(), q.count());
}

TEST_F(ListQueryTest, AnEmptyInListMatchesNothing)
{
    ListQuery q(store->db(), enrollments());
    q.setFilters({{QStringLiteral("e.status"), ListFilter::Op::In, QVariantList {}}});
    EXPECT_EQ(q.count(), 0);
    EXPECT_TRUE(q.fetch(std::nullopt, 10).isEmpty());
}

TEST_F(ListQueryTest, DeletedRowsAreNotListed)
{
    ListQuery q(store->db(), enrollments());
    const qint64 before = q.count();
    const auto first = q.fetch(std::nullopt, 1);
    ASSERT_EQ(first.size(), 1);
    Statement s
        = store->db().prepare(QStringLiteral("UPDATE enrollment SET deleted = 1 WHERE id = ?"));
    s.bind(1, first.first().id);
    ASSERT_TRUE(s.exec());
    EXPECT_EQ(q.count(), before - 1);
    EXPECT_FALSE(ef::test::allPages(q, 50).contains(first.first().id));
}
