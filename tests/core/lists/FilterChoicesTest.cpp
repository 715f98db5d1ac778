// The semesters a list's semester filter offers come from the live offerings, latest first.
#include "lists/FilterChoices.h"

#include "TempStore.h"
#include "courses/Offering.h"
#include "demo/DemoData.h"

#include <gtest/gtest.h>

namespace ef::test {
namespace {

TEST(FilterChoicesTest, TheSemestersOfTheLiveOfferingsLatestFirstEachOnce)
{
    TempStore store;
    ASSERT_TRUE(DemoData::create(*store));
    const QList<Semester> semesters = FilterChoices::semesters(*store);
    ASSERT_GE(semesters.size(), 2) << "the demo data offers courses in several semesters";
    for (qsizetype i = 1; i < semesters.size(); ++i)
        EXPECT_GT(semesters[i - 1], semesters[i]) << "latest first, each once";

    // Once every offering of the latest semester is deleted, it is no longer offered.
    const Semester latest = semesters.first();
    Statement s = store->db().prepare(
        QStringLiteral("SELECT id FROM offering WHERE deleted = 0 AND semester = ?"));
    s.bind(1, qint64(latest.toStorage()));
    QList<Uuid> ids;
    while (s.next())
        ids << s.uuid(0);
    s.reset();
    ASSERT_FALSE(ids.isEmpty());
    for (const Uuid &id : std::as_const(ids))
        ASSERT_TRUE(store->remove<Offering>(id));
    const QList<Semester> after = FilterChoices::semesters(*store);
    EXPECT_FALSE(after.contains(latest));
    EXPECT_EQ(after.size(), semesters.size() - 1);
}

} // namespace
} // namespace ef::test
