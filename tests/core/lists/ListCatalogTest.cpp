// Every list of the app runs against a real store: each column sorts both ways, the keyset pages
// add up to the whole list, and each filter narrows it.
#include "lists/ListCatalog.h"

#include "ListPaging.h"
#include "TempStore.h"
#include "demo/DemoData.h"
#include "records/RecordType.h"

#include <gtest/gtest.h>

namespace ef::test {
namespace {

class ListCatalogTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoData::create(*store)); }
    TempStore store;
};

TEST_F(ListCatalogTest, EveryListSortsByEveryColumnAndItsPagesAddUpToTheWholeList)
{
    QStringList keys = ListCatalog::keys();
    keys << QStringLiteral("contacts") << QStringLiteral("documents");
    for (const QString &key : keys) {
        const RecordList list = ListCatalog::list(key, store.clock().today());
        SCOPED_TRACE(key.toStdString());
        ASSERT_EQ(list.spec.columns.size(), list.columns.size());
        ListQuery q(store->db(), list.spec);
        q.setFilters(list.fixedFilters);
        const qint64 n = q.count();
        if (key != u"renewals" && key != u"documents") {
            EXPECT_GT(n, 0);
        }
        for (int c = 0; c < list.columns.size(); ++c) {
            for (bool desc : {false, true}) {
                q.setSort(c, desc);
                const QList<Uuid> ids = allPages(q, 7);
                EXPECT_EQ(ids.size(), n) << "column " << c;
                EXPECT_EQ(QSet<Uuid>(ids.begin(), ids.end()).size(), n) << "column " << c;
            }
        }
    }
}

TEST_F(ListCatalogTest, RenewalsListOnlySignedOrActiveAgreementsEndingWithinNinetyDays)
{
    const QDate today = store.clock().today();
    const RecordList list = ListCatalog::list(QStringLiteral("renewals"), today);
    ListQuery q(store->db(), list.spec);
    q.setFilters(list.fixedFilters);
    Statement s = store->db().prepare(QStringLiteral(
        "SELECT count(*) FROM partnership WHERE deleted = 0 AND status IN ('signed', 'active') "
        "AND ends_on BETWEEN ? AND ?"));
    s.bind(1, today).bind(2, today.addDays(90));
    ASSERT_TRUE(s.next());
    EXPECT_EQ(q.count(), s.int64(0));
}

TEST_F(ListCatalogTest, EachFilterNarrowsTheListAndTextFindsAPersonInEitherScript)
{
    const RecordList list = ListCatalog::list(QStringLiteral("enrollments"));
    ListQuery q(store->db(), list.spec);
    const qint64 all = q.count();
    for (const CatalogFilter &f : list.filters) {
        QVariant value;
        switch (f.kind) {
        case FilterKind::Enum:
            value
                = f.enumType == u"gender" ? QStringLiteral("female") : QStringLiteral("completed");
            break;
        case FilterKind::Semester:
            value = 20253;
            break;
        case FilterKind::Reference: {
            Statement s = store->db().prepare(
                QStringLiteral("SELECT owner_id FROM enrollment WHERE deleted = 0 LIMIT 1"));
            ASSERT_TRUE(s.next());
            value = QVariant::fromValue(s.uuid(0));
            break;
        }
        case FilterKind::DateFrom:
        case FilterKind::DateTo:
            value = QDate(2025, 10, 1);
            break;
        case FilterKind::Text:
            value = QStringLiteral("ахметова");
            break;
        }
        const auto filter = list.makeFilter(f, value);
        ASSERT_TRUE(filter) << f.key.toStdString();
        q.setFilters({*filter});
        const qint64 n = q.count();
        EXPECT_GT(n, 0) << f.key.toStdString();
        EXPECT_LT(n, all) << f.key.toStdString();
    }
    const CatalogFilter &text = list.filters.constLast();
    q.setFilters({*list.makeFilter(text, QStringLiteral("ахметова"))});
    const qint64 cyrillic = q.count();
    q.setFilters({*list.makeFilter(text, QStringLiteral("akhmetova"))});
    EXPECT_EQ(q.count(), cyrillic);
    EXPECT_FALSE(list.makeFilter(text, QStringLiteral("  %% ")));
}

TEST_F(ListCatalogTest, ARecordsRelatedListsShowTheRecordsThatReferToIt)
{
    int checked = 0;
    for (const RecordType *type : RecordType::all()) {
        for (const RelatedList &r : ListCatalog::relatedTo(type->table())) {
            SCOPED_TRACE(QStringLiteral("%1 → %2").arg(type->table(), r.key).toStdString());
            const RecordList list = ListCatalog::list(r.key, store.clock().today());
            // A record made from the tab gets the id in a field its kind has.
            const RecordType *related = RecordType::find(list.recordTable);
            ASSERT_TRUE(related);
            EXPECT_TRUE(related->field(r.field)) << r.field.toStdString();
            EXPECT_FALSE(r.translatedTitle().isEmpty());
            // The tab's rows are exactly the live records whose field holds the id.
            Statement owners = store->db().prepare(
                QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 LIMIT 5").arg(type->table()));
            while (owners.next()) {
                const Uuid id = owners.uuid(0);
                ListQuery q(store->db(),
                    ListCatalog::related(r.key, r.column, QVariant::fromValue(id)).spec);
                q.setFilters(
                    ListCatalog::related(r.key, r.column, QVariant::fromValue(id)).fixedFilters);
                Statement direct = store->db().prepare(
                    QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0 AND %2 = ?")
                        .arg(list.recordTable, r.field));
                direct.bind(1, id);
                ASSERT_TRUE(direct.next());
                EXPECT_EQ(q.count(), direct.int64(0));
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 20);
}

} // namespace
} // namespace ef::test
