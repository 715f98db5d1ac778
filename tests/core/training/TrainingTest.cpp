#include "DomainTestSupport.h"
#include "training/EventTrainer.h"
#include "training/Participation.h"
#include "training/TrainingEvent.h"
#include "training/TrainingProgramme.h"

using namespace ef;
using namespace ef::test;

namespace {

TrainingProgramme trainerPreparation()
{
    TrainingProgramme t;
    t.ownerId = newId();
    t.code = QStringLiteral("TDSS-TP");
    t.titleEn = QStringLiteral("Trainer Preparation");
    t.titleRu = QStringLiteral("Подготовка тренеров");
    t.titleKk = QStringLiteral("Тренерлерді даярлау");
    t.topic = TrainingTopic::EngineeringPedagogy;
    t.standard = CertificationStandard::International;
    t.hours = 72;
    t.projectId = newId();
    return t;
}

TrainingEvent workshop()
{
    TrainingEvent e;
    e.ownerId = newId();
    e.programmeId = newId();
    e.kind = EventKind::TrainTheTrainer;
    e.title = QStringLiteral("Trainer Preparation workshop");
    e.startsOn = QDate(2026, 2, 16);
    e.endsOn = QDate(2026, 2, 20);
    e.mode = EventMode::InPerson;
    e.hostId = newId();
    e.place = QStringLiteral("Main building, room 215");
    e.city = QStringLiteral("Ust-Kamenogorsk");
    e.country = QStringLiteral("KZ");
    e.hours = 40;
    return e;
}

EventTrainer trainer()
{
    EventTrainer t;
    t.ownerId = newId();
    t.eventId = newId();
    t.personId = newId();
    return t;
}

Participation attendance()
{
    Participation p;
    p.ownerId = newId();
    p.eventId = newId();
    p.personId = newId();
    p.attendedHours = 36;
    p.assessment = 88;
    p.result = ParticipationResult::Passed;
    return p;
}

} // namespace

TEST(TrainingProgramme, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(trainerPreparation()));
}

TEST(TrainingProgramme, EachRuleBrokenAloneNamesItsField)
{
    using T = TrainingProgramme;
    expectEachAlone<T>(trainerPreparation(),
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
    expectEachAccepted<T>(trainerPreparation(),
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
    EXPECT_TRUE(isValid(workshop()));
}

TEST(TrainingEvent, EachRuleBrokenAloneNamesItsField)
{
    using T = TrainingEvent;
    expectEachAlone<T>(workshop(),
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
            {"in person without city", [](T &r) { r.city.clear(); }, "city"},
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
    expectEachAccepted<T>(workshop(),
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
    expectEachAlone<T>(trainer(),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no event", [](T &r) { r.eventId = {}; }, "event_id"},
            {"no person", [](T &r) { r.personId = {}; }, "person_id"},
        });
}

TEST(Participation, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(attendance()));
}

TEST(Participation, EachRuleBrokenAloneNamesItsField)
{
    using T = Participation;
    expectEachAlone<T>(attendance(),
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
    expectEachAccepted<T>(attendance(),
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
