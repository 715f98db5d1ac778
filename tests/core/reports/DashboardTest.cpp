#include "reports/Dashboard.h"

#include "SqlHelpers.h"
#include "TempStore.h"
#include "demo/DemoData.h"
#include "partnerships/Partnership.h"

#include <gtest/gtest.h>

using namespace ef;

TEST(Dashboard, CountsFollowTheStore)
{
    test::TempStore s;
    ASSERT_TRUE(DemoData::create(*s));
    const QDate today(2026, 11, 25);
    const DashboardCounts before = Dashboard::compute(*s, today);

    // Deleting an active agreement takes it out of the figures at once.
    Uuid active;
    {
        Statement q = s->db().prepare(
            QStringLiteral("SELECT id FROM partnership WHERE status = 'active' LIMIT 1"));
        if (q.next())
            active = q.uuid(0);
    }
    ASSERT_FALSE(active.isNull());
    ASSERT_TRUE(s->remove<Partnership>(active));
    const DashboardCounts after = Dashboard::compute(*s, today);
    EXPECT_EQ(after.partnershipsActive, before.partnershipsActive - 1);
    EXPECT_EQ(after.educatorsCertified, before.educatorsCertified);
}

TEST(Dashboard, RenewalsDueMoveWithTheDay)
{
    test::TempStore s;
    ASSERT_TRUE(DemoData::create(*s));
    // The summer internship agreement ends on 2026-12-31: due from early October, not before.
    const auto due
        = [&](const QDate &d) { return Dashboard::compute(*s, d).partnershipsRenewalsDue; };
    EXPECT_GT(due(QDate(2026, 11, 25)), due(QDate(2026, 6, 1)));
    EXPECT_EQ(due(QDate(2030, 1, 1)), 0);
}

TEST(Dashboard, SemesterOfADay)
{
    EXPECT_EQ(Dashboard::semesterOf(QDate(2026, 11, 25)), Semester(2026, Semester::Term::Autumn));
    EXPECT_EQ(Dashboard::semesterOf(QDate(2026, 2, 1)), Semester(2026, Semester::Term::Spring));
    EXPECT_EQ(Dashboard::semesterOf(QDate(2026, 7, 1)), Semester(2026, Semester::Term::Summer));
}

TEST(Dashboard, TargetsAreTheProjectsData)
{
    test::TempStore s;
    ASSERT_TRUE(DemoData::create(*s));
    const auto targets = Dashboard::targets(*s, QStringLiteral("EduFusion"));
    EXPECT_EQ(targets.value(QStringLiteral("educators_certified")), 200);
    EXPECT_EQ(targets.value(QStringLiteral("courses_accredited")), 10);
    EXPECT_FALSE(targets.contains(QStringLiteral("manual")));
    EXPECT_TRUE(Dashboard::targets(*s, QStringLiteral("NoSuchProject")).isEmpty());
}
