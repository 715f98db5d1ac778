#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(TrainingProgramme, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::programme(newId(), newId())));
}

TEST(TrainingProgramme, EachRuleBrokenAloneNamesItsField)
{
    using T = TrainingProgramme;
    expectEachAlone<T>(sample::programme(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no code", [](T &r) { r.code.clear(); }, "code"},
            {"code of 41", [](T &r) { r.code = text(41); }, "code"},
            {"no title in any language",
                [](T &r) {
                    r.titleEn.clear();
                    r.titleRu = QStringLiteral(" ");
                    r.titleKk.clear();
                },
                "title_en"},
            {"English title of 301", [](T &r) { r.titleEn = text(301); }, "title_en"},
            {"Russian title of 301", [](T &r) { r.titleRu = text(301); }, "title_ru"},
            {"Kazakh title of 301", [](T &r) { r.titleKk = text(301); }, "title_kk"},
            {"no hours", [](T &r) { r.hours = 0; }, "hours"},
            {"negative hours", [](T &r) { r.hours = -8; }, "hours"},
            {"more than 2000 hours", [](T &r) { r.hours = 2000.5; }, "hours"},
        });
}

TEST(TrainingProgramme, LimitsAreInclusive)
{
    using T = TrainingProgramme;
    expectEachAccepted<T>(sample::programme(newId(), newId()),
        {
            {"Kazakh title only",
                [](T &r) {
                    r.titleEn.clear();
                    r.titleRu.clear();
                }},
            {"2000 hours", [](T &r) { r.hours = 2000; }},
            {"titles of 300", [](T &r) { r.titleEn = r.titleRu = r.titleKk = text(300); }},
            {"no project", [](T &r) { r.projectId = {}; }},
        });
}

TEST(TrainingEvent, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::event(newId(), newId())));
}

TEST(TrainingEvent, EachRuleBrokenAloneNamesItsField)
{
    using T = TrainingEvent;
    expectEachAlone<T>(sample::event(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no title", [](T &r) { r.title.clear(); }, "title"},
            {"title of 301", [](T &r) { r.title = text(301); }, "title"},
            {"place of 301", [](T &r) { r.place = text(301); }, "place"},
            {"city of 101", [](T &r) { r.city = text(101); }, "city"},
            {"no start", [](T &r) { r.startsOn = {}; }, "starts_on"},
            {"no end", [](T &r) { r.endsOn = {}; }, "ends_on"},
            {"ends before it starts", [](T &r) { r.endsOn = QDate(2026, 2, 15); }, "ends_on"},
            {"country name", [](T &r) { r.country = QStringLiteral("Kazakhstan"); }, "country"},
            {"lower-case country", [](T &r) { r.country = QStringLiteral("kz"); }, "country"},
            {"negative hours", [](T &r) { r.hours = -1; }, "hours"},
            {"1001 hours", [](T &r) { r.hours = 1001; }, "hours"},
            {"in person without city",
                [](T &r) {
                    r.mode = EventMode::InPerson;
                    r.city.clear();
                },
                "city"},
            {"hybrid without city",
                [](T &r) {
                    r.mode = EventMode::Hybrid;
                    r.city = QStringLiteral("  ");
                },
                "city"},
        });
}

TEST(TrainingEvent, LimitsAreInclusive)
{
    using T = TrainingEvent;
    expectEachAccepted<T>(sample::event(newId(), newId()),
        {
            {"online without city",
                [](T &r) {
                    r.mode = EventMode::Online;
                    r.city.clear();
                    r.country.clear();
                    r.place.clear();
                }},
            {"one-day event", [](T &r) { r.endsOn = r.startsOn; }},
            {"no hours", [](T &r) { r.hours = 0; }},
            {"1000 hours", [](T &r) { r.hours = 1000; }},
            {"no country", [](T &r) { r.country.clear(); }},
            {"no programme or host",
                [](T &r) {
                    r.programmeId = {};
                    r.hostId = {};
                }},
        });
}

TEST(EventTrainer, EachRuleBrokenAloneNamesItsField)
{
    using T = EventTrainer;
    expectEachAlone<T>(sample::trainer(newId(), newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no event", [](T &r) { r.eventId = {}; }, "event_id"},
            {"no person", [](T &r) { r.personId = {}; }, "person_id"},
        });
}

TEST(Participation, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::participation(newId(), newId(), newId())));
}

TEST(Participation, EachRuleBrokenAloneNamesItsField)
{
    using T = Participation;
    expectEachAlone<T>(sample::participation(newId(), newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no event", [](T &r) { r.eventId = {}; }, "event_id"},
            {"no person", [](T &r) { r.personId = {}; }, "person_id"},
            {"negative hours", [](T &r) { r.attendedHours = -1; }, "attended_hours"},
            {"1000.5 hours", [](T &r) { r.attendedHours = 1000.5; }, "attended_hours"},
            {"assessment above 100", [](T &r) { r.assessment = 101; }, "assessment"},
            {"negative assessment", [](T &r) { r.assessment = -0.5; }, "assessment"},
        });
}

TEST(Participation, LimitsAreInclusive)
{
    using T = Participation;
    expectEachAccepted<T>(sample::participation(newId(), newId(), newId()),
        {
            {"not assessed yet",
                [](T &r) {
                    r.assessment.reset();
                    r.result = ParticipationResult::Pending;
                }},
            {"assessed 0", [](T &r) { r.assessment = 0; }},
            {"assessed 100", [](T &r) { r.assessment = 100; }},
            {"no hours", [](T &r) { r.attendedHours = 0; }},
            {"1000 hours", [](T &r) { r.attendedHours = 1000; }},
        });
}
