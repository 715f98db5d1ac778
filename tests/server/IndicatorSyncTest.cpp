// Indicator definitions are data that sync like every record: a coordinator defines one (a
// measure under conditions, a share of a denominator, a period) and another office counts it
// the same way; a definition the schema refuses is refused by the server too.
#include "Samples.h"
#include "ServerSuite.h"
#include "SyncOffice.h"
#include "reports/IndicatorEvaluator.h"

#include <gtest/gtest.h>

using namespace ef;
using namespace ef::test;

namespace {

class IndicatorSync : public ServerSuite<>
{
protected:
    static void SetUpTestSuite()
    {
        startServer({QStringLiteral("Indicator University")},
            {{QStringLiteral("coord"), QStringLiteral("coordinator")},
                {QStringLiteral("officer"), QStringLiteral("officer"),
                    QStringLiteral("Indicator University")}});
        university = Uuid::fromString(institutionId(QStringLiteral("Indicator University")))
                         .value_or(Uuid());
    }
    static inline Uuid university;
};

TEST_F(IndicatorSync, ADefinitionArrivesWholeAndIsCountedTheSameWay)
{
    Office one(server->url(), QStringLiteral("coord")), two(server->url(), QStringLiteral("coord"));
    ASSERT_TRUE(one.sync());
    Project project = sample::project(university, university);
    ASSERT_TRUE(one.store->insert(project));
    Indicator i = sample::indicator(university, project.id);
    ASSERT_TRUE(one.store->insert(i));
    ASSERT_TRUE(one.sync());
    ASSERT_TRUE(two.sync());

    const auto arrived = two.store->get<Indicator>(i.id);
    ASSERT_TRUE(arrived);
    EXPECT_EQ(arrived->measure, i.measure);
    EXPECT_EQ(arrived->conditions, QStringLiteral("standard=international"));
    EXPECT_EQ(arrived->formula, IndicatorFormula::Share);
    EXPECT_EQ(arrived->denominator, QStringLiteral("educators_certified"));
    EXPECT_EQ(arrived->denominatorConditions, QStringLiteral("role=educator"));
    EXPECT_EQ(arrived->periodFrom, QDate(2024, 12, 1));
    EXPECT_EQ(arrived->periodTo, QDate(2028, 11, 30));
    EXPECT_EQ(arrived->target, 50);

    // An edit of the definition there comes back here, field by field.
    Indicator edited = *arrived;
    edited.conditions = QStringLiteral("standard=international; gender=female");
    edited.periodTo = QDate(2027, 6, 30);
    ASSERT_TRUE(two.store->update(edited));
    ASSERT_TRUE(two.sync());
    ASSERT_TRUE(one.sync());
    const auto back = one.store->get<Indicator>(i.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->conditions, edited.conditions);
    EXPECT_EQ(back->periodTo, QDate(2027, 6, 30));
    EXPECT_EQ(back->denominatorConditions, QStringLiteral("role=educator"));
    for (Office *o : {&one, &two})
        EXPECT_EQ(o->issues(QStringLiteral("conflict")), 0) << o->dump();

    // Both offices count it alike: no certificates yet, so no share yet.
    ReportScope scope;
    scope.project = project.id;
    const IndicatorFigure a = IndicatorEvaluator::evaluate(one.store->db(), *back, scope);
    const IndicatorFigure b = IndicatorEvaluator::evaluate(two.store->db(), *back, scope);
    EXPECT_EQ(a.value.has_value(), b.value.has_value());
    EXPECT_EQ(a.numerator, b.numerator);
}

// A client that skips its own checks cannot push a definition the schema refuses.
TEST_F(IndicatorSync, TheServerRefusesAFormulaItDoesNotKnow)
{
    Office o(server->url(), QStringLiteral("coord"));
    ASSERT_TRUE(o.sync());
    Project project = sample::project(university, university);
    project.code = QStringLiteral("101179806");
    project.acronym = QStringLiteral("Refused");
    ASSERT_TRUE(o.store->insert(project));
    Indicator i = sample::indicator(university, project.id);
    ASSERT_TRUE(o.store->insert(i));
    ASSERT_TRUE(o.sync());
    // The change log is what is pushed: forge one whose value the CHECK refuses.
    Statement forge = o.store->db().prepare(QStringLiteral(
        "INSERT INTO change_log (tbl, row_id, field, value, hlc, device, base) SELECT 'indicator', "
        "id, 'formula', 'drop table', hlc + 1, device, hlc FROM indicator WHERE id = ?"));
    forge.bind(1, i.id);
    ASSERT_TRUE(forge.exec());
    (void)o.sync();
    EXPECT_GE(o.issues(QStringLiteral("rejected")), 1) << o.dump();
    Office fresh(server->url(), QStringLiteral("coord"));
    ASSERT_TRUE(fresh.sync());
    const auto there = fresh.store->get<Indicator>(i.id);
    ASSERT_TRUE(there);
    EXPECT_EQ(there->formula, IndicatorFormula::Share);
}

} // namespace
