#include "reports/MeasureCatalog.h"

#include "TempStore.h"
#include "projects/Indicator.h"
#include "reports/MeasureCondition.h"
#include "reports/MeasureQuery.h"

#include <gtest/gtest.h>

using namespace ef;

// Every measure of the catalogue counts, whole and by each of its dimensions, on a real store:
// a mistyped fragment in the catalogue fails here, not in front of an office.
TEST(MeasureCatalog, EveryMeasureAndDimensionRuns)
{
    test::TempStore s;
    ReportScope scope;
    scope.project = s->newId();
    scope.institution = s->newId();
    scope.region = QStringLiteral("Abai Region");
    scope.from = QDate(2025, 1, 1);
    scope.to = QDate(2025, 12, 31);
    for (IndicatorMeasure m : MeasureCatalog::all()) {
        const MeasureDefinition &d = MeasureCatalog::of(m);
        if (d.isManual())
            continue;
        for (const ReportScope &sc : {ReportScope {}, scope}) {
            const MeasureQuery q(d, {}, sc);
            EXPECT_TRUE(s->db().tryPrepare(q.sql(std::nullopt)).ok())
                << q.sql(std::nullopt).toStdString();
            EXPECT_EQ(q.total(s->db()), 0);
            for (const MeasureDimension &dim : d.dimensions) {
                Problems p;
                const QString value
                    = MeasureCatalog::valuesOf(dim.dimension)
                          .value(0,
                              dim.dimension == ReportDimension::Institution ? s->newId().toString()
                                  : dim.dimension == ReportDimension::Country ? QStringLiteral("KZ")
                                  : dim.dimension == ReportDimension::Semester
                                  ? QStringLiteral("20253")
                                  : QStringLiteral("Almaty"));
                const QList<MeasureCondition> c = MeasureCondition::parse(
                    QString(enumText(dim.dimension)) + u'=' + value, d, QStringLiteral("c"), p);
                EXPECT_TRUE(p.isEmpty())
                    << enumText(m).data() << " " << enumText(dim.dimension).data();
                const MeasureQuery withCondition(d, c, sc);
                EXPECT_TRUE(s->db().tryPrepare(withCondition.sql(dim.dimension)).ok())
                    << withCondition.sql(dim.dimension).toStdString();
                EXPECT_TRUE(withCondition.breakdown(s->db(), dim.dimension).isEmpty());
                EXPECT_EQ(withCondition.total(s->db()), 0);
            }
        }
    }
}

TEST(MeasureCondition, ParsesAndFormatsBack)
{
    const MeasureDefinition &d = MeasureCatalog::of(IndicatorMeasure::Enrollments);
    Problems p;
    const auto c = MeasureCondition::parse(
        QStringLiteral(" gender = female ;area=steam;; "), d, QStringLiteral("conditions"), p);
    ASSERT_TRUE(p.isEmpty());
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].dimension, ReportDimension::Gender);
    EXPECT_EQ(c[1].value, QStringLiteral("steam"));
    EXPECT_EQ(MeasureCondition::format(c), QStringLiteral("gender=female; area=steam"));
}

// An attacker's conditions are refused with a message that names the condition, never run.
TEST(MeasureCondition, RefusesWhatTheMeasureCannotCount)
{
    const MeasureDefinition &d = MeasureCatalog::of(IndicatorMeasure::Enrollments);
    const QString attacks[] = {
        QStringLiteral("gender=female' OR 1=1 --"),
        QStringLiteral("gender"),
        QStringLiteral("=female"),
        QStringLiteral("standard=international"), // enrollments have no certification standard
        QStringLiteral("p.gender=female"),
        QStringLiteral("institution=1; DROP TABLE person"),
        QStringLiteral("country=kz"),
        QStringLiteral("semester=20257"),
        QStringLiteral("role=admin"),
    };
    for (const QString &a : attacks) {
        Problems p;
        const auto c = MeasureCondition::parse(a, d, QStringLiteral("conditions"), p);
        EXPECT_TRUE(c.isEmpty()) << a.toStdString();
        ASSERT_FALSE(p.isEmpty()) << a.toStdString();
        EXPECT_EQ(p.first().field, QStringLiteral("conditions"));
        EXPECT_TRUE(p.first().message.contains(QStringLiteral("Condition 1"))) << a.toStdString();
    }
}

TEST(Indicator, DefinitionsAreChecked)
{
    test::TempStore s;
    Indicator i;
    i.ownerId = s.homeInstitution();
    i.projectId = s->newId();
    i.code = QStringLiteral("X-1");
    i.nameEn = QStringLiteral("X");
    i.measure = QStringLiteral("enrollments");
    i.target = 10;
    auto fields = [](const Problems &p) {
        QStringList f;
        for (const Problem &x : p)
            f << x.field;
        return f;
    };
    EXPECT_FALSE(fields(i.validate()).contains(QStringLiteral("conditions")));
    i.formula = IndicatorFormula::Share;
    EXPECT_TRUE(fields(i.validate()).contains(QStringLiteral("denominator")));
    EXPECT_TRUE(fields(i.validate()).contains(QStringLiteral("unit")));
    i.unit = IndicatorUnit::Percent;
    i.denominator = QStringLiteral("enrollments");
    i.denominatorConditions = QStringLiteral("standard=national");
    EXPECT_TRUE(fields(i.validate()).contains(QStringLiteral("denominator_conditions")));
    i.denominatorConditions = QStringLiteral("area=steam");
    EXPECT_TRUE(i.validate().isEmpty());
    i.measure = QStringLiteral("courses");
    i.formula = IndicatorFormula::Growth;
    i.denominator.clear();
    i.denominatorConditions.clear();
    EXPECT_TRUE(fields(i.validate()).contains(QStringLiteral("formula")));
    i.measure = QStringLiteral("manual");
    i.formula = IndicatorFormula::Value;
    i.conditions = QStringLiteral("gender=female");
    EXPECT_TRUE(fields(i.validate()).contains(QStringLiteral("conditions")));
    i.measure = QStringLiteral("count_everything");
    EXPECT_TRUE(fields(i.validate()).contains(QStringLiteral("measure")));
}
