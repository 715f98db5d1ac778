#include "projects/Indicator.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(Indicator, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::indicator(newId(), newId())));
}

TEST(Indicator, EachRuleBrokenAloneNamesItsField)
{
    using T = Indicator;
    expectEachAlone<T>(sample::indicator(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no project", [](T &r) { r.projectId = {}; }, "project_id"},
            {"no code", [](T &r) { r.code.clear(); }, "code"},
            {"no English name", [](T &r) { r.nameEn.clear(); }, "name_en"},
            {"code of 41", [](T &r) { r.code = text(41); }, "code"},
            {"English name of 301", [](T &r) { r.nameEn = text(301); }, "name_en"},
            {"Russian name of 301", [](T &r) { r.nameRu = text(301); }, "name_ru"},
            {"Kazakh name of 301", [](T &r) { r.nameKk = text(301); }, "name_kk"},
            {"percentage above 100", [](T &r) { r.target = 100.5; }, "target"},
            {"negative target", [](T &r) { r.target = -1; }, "target"},
            {"negative baseline", [](T &r) { r.baseline = -5; }, "baseline"},
            {"no measure", [](T &r) { r.measure.clear(); }, "measure"},
            {"measure in words", [](T &r) { r.measure = QStringLiteral("Educators Certified"); },
                "measure"},
            {"measure with a capital", [](T &r) { r.measure = QStringLiteral("Manual"); },
                "measure"},
            {"measure with a digit", [](T &r) { r.measure = QStringLiteral("tdss2"); }, "measure"},
            {"measure with a dash", [](T &r) { r.measure = QStringLiteral("female-stem"); },
                "measure"},
            {"measure of 65", [](T &r) { r.measure = QString(65, u'a'); }, "measure"},
        });
}

TEST(Indicator, LimitsAreInclusive)
{
    using T = Indicator;
    expectEachAccepted<T>(sample::indicator(newId(), newId()),
        {
            {"percentage of 100", [](T &r) { r.target = 100; }},
            {"zero target", [](T &r) { r.target = 0; }},
            {"people above 100",
                [](T &r) {
                    r.unit = IndicatorUnit::People;
                    r.formula = IndicatorFormula::Value;
                    r.denominator.clear();
                    r.denominatorConditions.clear();
                    r.target = 1100;
                }},
            {"manual measure",
                [](T &r) {
                    r.measure = QStringLiteral("manual");
                    r.conditions.clear();
                    r.formula = IndicatorFormula::Value;
                    r.denominator.clear();
                    r.denominatorConditions.clear();
                }},
            {"no Russian or Kazakh name",
                [](T &r) {
                    r.nameRu.clear();
                    r.nameKk.clear();
                }},
        });
}

TEST(IndicatorValue, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::indicatorValue(newId(), newId())));
}

TEST(IndicatorValue, EachRuleBrokenAloneNamesItsField)
{
    using T = IndicatorValue;
    expectEachAlone<T>(sample::indicatorValue(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no indicator", [](T &r) { r.indicatorId = {}; }, "indicator_id"},
            {"no date", [](T &r) { r.measuredOn = {}; }, "measured_on"},
            {"note of 10001", [](T &r) { r.note = text(10001); }, "note"},
        });
    expectEachAccepted<T>(sample::indicatorValue(newId(), newId()),
        {{"note of 10000", [](T &r) { r.note = text(10000); }}});
}
