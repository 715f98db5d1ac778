#include "demo/DemoData.h"

#include "SqlHelpers.h"
#include "TempStore.h"
#include "reports/Dashboard.h"

#include <gtest/gtest.h>

using namespace ef;

TEST(DemoData, HoldsTheRealConsortiumAndEvents)
{
    test::TempStore s;
    auto r = DemoData::create(*s);
    ASSERT_TRUE(r) << r.error().message.toStdString() << " "
                   << (r.error().problems.isEmpty()
                              ? ""
                              : r.error().problems.first().field.toStdString());
    Database &db = s->db();
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM institution WHERE short_name IN "
                                 "('IPP', 'UVigo', 'ENTER', 'KazNU', 'SU', 'KATRU', 'EKTU', 'BKU', "
                                 "'KazNARU', 'CAAEE', 'MSHE')")),
        11);
    EXPECT_EQ(
        test::column(db, QStringLiteral("SELECT code FROM project WHERE acronym = 'EduFusion'")),
        QStringList {QStringLiteral("101179805")});
    EXPECT_EQ(
        test::number(db, QStringLiteral("SELECT target FROM indicator WHERE code = 'TDSS-1'")),
        200);
    EXPECT_EQ(test::column(db,
                  QStringLiteral(
                      "SELECT starts_on FROM training_event WHERE kind = 'train_the_trainer'")),
        QStringList {QStringLiteral("2026-02-16")});
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM training_event WHERE kind = 'study_tour'")),
        5);
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM certificate WHERE status = 'revoked' "
                                 "AND revocation_reason IS NOT NULL")),
        1);
    EXPECT_EQ(test::number(db,
                  QStringLiteral("SELECT count(*) FROM certificate WHERE replaces_id IS NOT NULL")),
        1);
    EXPECT_EQ(test::column(db, QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
    // Kazakh and Latin spellings find the same university.
    for (const char *typed : {"Серікбаев", "Serikbayev", "Шығыс Қазақстан"}) {
        bool found = false;
        for (const SearchHit &h : s->search(QString::fromUtf8(typed)))
            found |= h.table == u"institution" && h.title.contains(QStringLiteral("Serikbayev"));
        EXPECT_TRUE(found) << typed;
    }
}

TEST(DemoData, EveryRowIsValidAndTheDashboardHasFigures)
{
    test::TempStore s;
    ASSERT_TRUE(DemoData::create(*s));
    const DashboardCounts c = Dashboard::compute(*s, QDate(2026, 11, 25));
    EXPECT_GE(c.partnershipsActive, 4);
    EXPECT_GE(c.partnershipsRenewalsDue, 1);
    EXPECT_GE(c.educatorsCertified, 10);
    EXPECT_GE(c.coursesAccredited, 7);
    EXPECT_GT(c.enrollmentsThisSemester, c.enrollmentsPreviousSemester / 2);
    EXPECT_GT(c.enrollmentsThisSemesterFemale, 0);
}

TEST(DemoData, IsAllOrNothing)
{
    test::TempStore s;
    ASSERT_TRUE(DemoData::create(*s));
    const qint64 people = s->count(QStringLiteral("person"));
    // A second run collides on certificate numbers and leaves the first untouched.
    EXPECT_FALSE(DemoData::create(*s));
    EXPECT_EQ(s->count(QStringLiteral("person")), people);
}
