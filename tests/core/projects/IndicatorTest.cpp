#include "projects/Indicator.h"

#include "DomainTestSupport.h"
#include "projects/IndicatorValue.h"

using namespace ef;
using namespace ef::test;

namespace {

Indicator internationalShare()
{
    Indicator i;
    i.ownerId = newId();
    i.projectId = newId();
    i.code = QStringLiteral("TDSS-2");
    i.nameEn = QStringLiteral("Educators certified to an international standard");
    i.nameRu = QStringLiteral("Преподаватели с международным сертификатом");
    i.nameKk = QStringLiteral("Халықаралық сертификаты бар оқытушылар");
    i.unit = IndicatorUnit::Percent;
    i.measure = QStringLiteral("educators_certified_international_share");
    i.baseline = 0;
    i.target = 50;
    return i;
}

IndicatorValue feedback()
{
    IndicatorValue v;
    v.ownerId = newId();
    v.indicatorId = newId();
    v.measuredOn = QDate(2025, 12, 31);
    v.value = 37;
    v.note = QStringLiteral("Quarterly labour-market analysis, Q4");
    return v;
}

} // namespace

TEST(Indicator, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(internationalShare()));
}

TEST(Indicator, EachRuleBrokenAloneNamesItsField)
{
    using T = Indicator;
    expectEachAlone<T>(internationalShare(),
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
    expectEachAccepted<T>(internationalShare(),
        {
            {"percentage of 100", [](T &r) { r.target = 100; }},
            {"zero target", [](T &r) { r.target = 0; }},
            {"people above 100",
                [](T &r) {
                    r.unit = IndicatorUnit::People;
                    r.target = 1100;
                }},
            {"manual measure", [](T &r) { r.measure = QStringLiteral("manual"); }},
            {"no Russian or Kazakh name",
                [](T &r) {
                    r.nameRu.clear();
                    r.nameKk.clear();
                }},
        });
}

TEST(IndicatorValue, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(feedback()));
}

TEST(IndicatorValue, EachRuleBrokenAloneNamesItsField)
{
    using T = IndicatorValue;
    expectEachAlone<T>(feedback(),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no indicator", [](T &r) { r.indicatorId = {}; }, "indicator_id"},
            {"no date", [](T &r) { r.measuredOn = {}; }, "measured_on"},
            {"note of 10001", [](T &r) { r.note = text(10001); }, "note"},
        });
    expectEachAccepted<T>(feedback(), {{"note of 10000", [](T &r) { r.note = text(10000); }}});
}
