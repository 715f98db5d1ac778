#include "projects/Project.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(Project, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::project(newId(), newId())));
}

TEST(Project, EachRuleBrokenAloneNamesItsField)
{
    using T = Project;
    expectEachAlone<T>(sample::project(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no code", [](T &r) { r.code.clear(); }, "code"},
            {"no acronym", [](T &r) { r.acronym = QStringLiteral(" "); }, "acronym"},
            {"no title", [](T &r) { r.title.clear(); }, "title"},
            {"no start", [](T &r) { r.startsOn = {}; }, "starts_on"},
            {"no end", [](T &r) { r.endsOn = {}; }, "ends_on"},
            {"ends before it starts", [](T &r) { r.endsOn = QDate(2024, 11, 30); }, "ends_on"},
            {"acronym of 31", [](T &r) { r.acronym = text(31); }, "acronym"},
            {"title of 301", [](T &r) { r.title = text(301); }, "title"},
            {"code of 41", [](T &r) { r.code = text(41); }, "code"},
            {"programme of 101", [](T &r) { r.programme = text(101); }, "programme"},
            {"call id of 41", [](T &r) { r.callId = text(41); }, "call_id"},
        });
}

TEST(Project, LimitsAreInclusive)
{
    using T = Project;
    expectEachAccepted<T>(sample::project(newId(), newId()),
        {
            {"one-day project", [](T &r) { r.endsOn = r.startsOn; }},
            {"acronym of 30", [](T &r) { r.acronym = text(30); }},
            {"title of 300", [](T &r) { r.title = text(300); }},
            {"code of 40", [](T &r) { r.code = text(40); }},
            {"no programme, call or coordinator",
                [](T &r) {
                    r.programme.clear();
                    r.callId.clear();
                    r.coordinatorId = {};
                }},
        });
}

TEST(ProjectPartner, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::projectPartner(newId(), newId(), newId())));
}

TEST(ProjectPartner, EachRuleBrokenAloneNamesItsField)
{
    using T = ProjectPartner;
    expectEachAlone<T>(sample::projectPartner(newId(), newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no project", [](T &r) { r.projectId = {}; }, "project_id"},
            {"no institution", [](T &r) { r.institutionId = {}; }, "institution_id"},
        });
}
