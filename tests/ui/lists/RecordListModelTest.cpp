// The list models against Qt's model checker, and the way they page, sort, filter and reload.
#include "GuiTestBase.h"
#include "people/Person.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>

namespace ef::test {
namespace {

// The models alone, on the demo data, without a window.
class RecordListModelTest : public GuiTestBase
{
protected:
    RecordListModelTest()
        : GuiTestBase(Opens::DemoStore)
    { }
};

TEST_F(RecordListModelTest, EveryListPassesTheModelTesterWhileSortingFilteringAndFetching)
{
    for (const QString &key : ListCatalog::keys()) {
        SCOPED_TRACE(key.toStdString());
        RecordListModel model(*store, ListCatalog::list(key, store.clock().today()));
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int c = 0; c < model.columnCount(); ++c) {
            EXPECT_FALSE(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
            model.sort(c, Qt::DescendingOrder);
            model.sort(c, Qt::AscendingOrder);
        }
        while (model.canFetchMore({}))
            model.fetchMore({});
        EXPECT_EQ(model.rowCount(), model.totalCount());
        for (int r = 0; r < model.rowCount(); ++r)
            EXPECT_FALSE(model.idAt(r).isNull());
    }
}

TEST_F(RecordListModelTest, EnrollmentsArriveAPageAtATimeAndTheCountIsOfAllRows)
{
    // No model tester here: it fetches everything it can to check it.
    RecordListModel model(*store, ListCatalog::list(QStringLiteral("enrollments")));
    ASSERT_GT(model.totalCount(), RecordListModel::PageSize);
    EXPECT_EQ(model.rowCount(), RecordListModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(
        model.rowCount(), std::min<qint64>(2 * RecordListModel::PageSize, model.totalCount()));
}

TEST_F(RecordListModelTest, ShowsEnumerationsDatesAndSemestersAsTheUserReadsThem)
{
    RecordListModel model(*store, ListCatalog::list(QStringLiteral("enrollments")));
    const auto column = [&](const char *key) {
        for (int c = 0; c < model.list().spec.columns.size(); ++c)
            if (model.list().spec.columns[c].key == QLatin1StringView(key))
                return c;
        return -1;
    };
    const QString status = model.index(0, column("status")).data().toString();
    EXPECT_TRUE(status == u"Completed" || status == u"Enrolled" || status == u"Withdrawn"
        || status == u"Failed")
        << status.toStdString();
    EXPECT_TRUE(
        model.index(0, column("semester"))
            .data()
            .toString()
            .contains(QRegularExpression(QStringLiteral("^(Spring|Summer|Autumn) 20\\d\\d$"))));
    EXPECT_FALSE(model.index(0, column("enrolled")).data().toString().contains(u'-'));
}

TEST_F(RecordListModelTest, AFilterNarrowsTheRowsAndAStoreChangeReloadsThem)
{
    RecordListModel model(*store, ListCatalog::list(QStringLiteral("people")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 all = model.totalCount();
    const RecordList &list = model.list();
    const auto gender = std::find_if(list.filters.begin(), list.filters.end(),
        [](const CatalogFilter &f) { return f.key == u"gender"; });
    model.setFilters({*list.makeFilter(*gender, QStringLiteral("female"))});
    const qint64 women = model.totalCount();
    EXPECT_GT(women, 0);
    EXPECT_LT(women, all);

    const Uuid id = model.idAt(0);
    ASSERT_TRUE(store->remove<Person>(id));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(model.totalCount(), women - 1);
    EXPECT_EQ(model.rowOf(id), -1);
}

} // namespace
} // namespace ef::test
