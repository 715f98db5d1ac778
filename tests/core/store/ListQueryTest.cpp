#include "store/ListQuery.h"

#include "SqlHelpers.h"
#include "TempStore.h"
#include "demo/NationalGenerator.h"

#include <gtest/gtest.h>

using namespace ef;

namespace {

// The enrollments list as the course catalogue shows it.
ListSpec enrollments()
{
    ListSpec s;
    s.table = QStringLiteral("enrollment");
    s.alias = QStringLiteral("e");
    s.joins = QStringLiteral(
        "JOIN person p ON p.id = e.person_id JOIN offering o ON o.id = e.offering_id "
        "JOIN course c ON c.id = o.course_id");
    s.columns = {
        {QStringLiteral("student"), QStringLiteral("p.family_name || ' ' || p.given_name"),
            QStringLiteral("p.family_name COLLATE KAZAKH")},
        {QStringLiteral("course"), QStringLiteral("c.code"), {}},
        {QStringLiteral("semester"), QStringLiteral("o.semester"), {}},
        {QStringLiteral("status"), QStringLiteral("e.status"), {}},
        {QStringLiteral("grade"), QStringLiteral("e.grade"),
            QStringLiteral("coalesce(e.grade, -1)")},
    };
    return s;
}

// Every page in turn, as a model fetching more would read them.
QList<Uuid> allPages(const ListQuery &q, int pageSize)
{
    QList<Uuid> ids;
    std::optional<ListQuery::Row> last;
    for (;;) {
        const auto page = q.fetch(last, pageSize);
        for (const auto &r : page)
            ids << r.id;
        if (page.size() < pageSize)
            return ids;
        last = page.last();
    }
}

QList<Uuid> oneQuery(Database &db, const QString &sql)
{
    QList<Uuid> ids;
    Statement s = db.prepare(sql);
    while (s.next())
        ids << s.uuid(0);
    return ids;
}

class ListQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        StoreSink sink(*store);
        ASSERT_TRUE(NationalGenerator(NationalGenerator::Scale().scaled(0.001)).run(sink));
    }
    test::TempStore store;
};

} // namespace

TEST_F(ListQueryTest, PagesTogetherAreTheWholeSortedListForEveryColumnAndDirection)
{
    ListQuery q(store->db(), enrollments());
    const qint64 total = q.count();
    ASSERT_EQ(total, store->count(QStringLiteral("enrollment")));
    for (int column = 0; column < q.spec().columns.size(); ++column) {
        for (bool descending : {false, true}) {
            q.setSort(column, descending);
            const QList<Uuid> paged = allPages(q, 7); // pages end inside runs of equal keys
            const ListColumn &c = q.spec().columns[column];
            const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
            const QList<Uuid> expected = oneQuery(store->db(),
                QStringLiteral("SELECT e.id FROM enrollment e %1 WHERE e.deleted = 0 ORDER BY %2 "
                               "%3, e.rowid %3")
                    .arg(q.spec().joins, c.sortExpr.isEmpty() ? c.expr : c.sortExpr, dir));
            EXPECT_EQ(paged.size(), total) << c.key.toStdString();
            EXPECT_EQ(paged, expected) << c.key.toStdString() << " " << dir.toStdString();
        }
    }
}

TEST_F(ListQueryTest, FiltersNarrowTheListAndTheCount)
{
    ListQuery q(store->db(), enrollments());
    q.setFilters({{QStringLiteral("e.status"), ListFilter::Op::Equals, QStringLiteral("completed")},
        {QStringLiteral("o.semester"), ListFilter::Op::AtLeast, 20241}});
    const qint64 expected = test::number(store->db(),
        QStringLiteral("SELECT count(*) FROM enrollment e JOIN offering o ON o.id = e.offering_id "
                       "WHERE e.deleted = 0 AND e.status = 'completed' AND o.semester >= 20241"));
    ASSERT_GT(expected, 0);
    EXPECT_EQ(q.count(), expected);
    EXPECT_EQ(allPages(q, 10).size(), expected);
    for (const auto &r : q.fetch(std::nullopt, 50)) {
        EXPECT_EQ(r.values[3].toString(), QStringLiteral("completed"));
        EXPECT_GE(r.values[2].toInt(), 20241);
    }
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
    EXPECT_FALSE(allPages(q, 50).contains(first.first().id));
}
