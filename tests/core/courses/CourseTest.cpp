#include "courses/Course.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(Course, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::course(newId(), newId())));
}

TEST(Course, EachRuleBrokenAloneNamesItsField)
{
    using T = Course;
    expectEachAlone<T>(sample::course(newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no code", [](T &r) { r.code.clear(); }, "code"},
            {"code with space and lower case", [](T &r) { r.code = QStringLiteral("steam 101"); },
                "code"},
            {"code of 1", [](T &r) { r.code = QStringLiteral("A"); }, "code"},
            {"code of 41", [](T &r) { r.code = QString(41, u'A'); }, "code"},
            {"code starting with .", [](T &r) { r.code = QStringLiteral(".STEAM"); }, "code"},
            {"no title in any language",
                [](T &r) {
                    r.titleEn.clear();
                    r.titleRu.clear();
                    r.titleKk.clear();
                },
                "title_en"},
            {"English title of 301", [](T &r) { r.titleEn = text(301); }, "title_en"},
            {"Russian title of 301", [](T &r) { r.titleRu = text(301); }, "title_ru"},
            {"Kazakh title of 301", [](T &r) { r.titleKk = text(301); }, "title_kk"},
            {"learning outcomes of 10001", [](T &r) { r.learningOutcomes = text(10001); },
                "learning_outcomes"},
            {"no credits", [](T &r) { r.ects = 0; }, "ects"},
            {"negative credits", [](T &r) { r.ects = -5; }, "ects"},
            {"61 credits", [](T &r) { r.ects = 61; }, "ects"},
            {"60.5 credits", [](T &r) { r.ects = 60.5; }, "ects"},
            {"4.3 credits", [](T &r) { r.ects = 4.3; }, "ects"},
            {"4.25 credits", [](T &r) { r.ects = 4.25; }, "ects"},
            {"no languages", [](T &r) { r.languages.clear(); }, "languages"},
            {"only a comma", [](T &r) { r.languages = QStringLiteral(","); }, "languages"},
            {"empty item", [](T &r) { r.languages = QStringLiteral("kk,,ru"); }, "languages"},
            {"German", [](T &r) { r.languages = QStringLiteral("kk,de"); }, "languages"},
            {"capital letters", [](T &r) { r.languages = QStringLiteral("KK"); }, "languages"},
            {"spaces after commas", [](T &r) { r.languages = QStringLiteral("kk, ru"); },
                "languages"},
            {"a language twice", [](T &r) { r.languages = QStringLiteral("kk,ru,kk"); },
                "languages"},
            {"accredited without agency", [](T &r) { r.accreditationAgencyId = {}; },
                "accreditation_agency_id"},
            {"accredited without date",
                [](T &r) {
                    r.accreditedOn = {};
                    r.accreditedUntil = {};
                },
                "accredited_on"},
            {"accreditation ends before it starts",
                [](T &r) { r.accreditedUntil = QDate(2025, 6, 29); }, "accredited_until"},
        });
}

TEST(Course, LimitsAreInclusive)
{
    using T = Course;
    expectEachAccepted<T>(sample::course(newId(), newId()),
        {
            {"half credits", [](T &r) { r.ects = 4.5; }},
            {"0.5 credits", [](T &r) { r.ects = 0.5; }},
            {"60 credits", [](T &r) { r.ects = 60; }},
            {"one language", [](T &r) { r.languages = QStringLiteral("ru"); }},
            {"code of 2", [](T &r) { r.code = QStringLiteral("A1"); }},
            {"code of 40", [](T &r) { r.code = QString(40, u'A'); }},
            {"Russian title only",
                [](T &r) {
                    r.titleEn.clear();
                    r.titleKk.clear();
                    r.titleRu = QStringLiteral("Робототехника для инженеров");
                }},
            {"not submitted, no agency or dates",
                [](T &r) {
                    r.accreditationStatus = AccreditationStatus::NotSubmitted;
                    r.accreditationAgencyId = {};
                    r.accreditedOn = {};
                    r.accreditedUntil = {};
                }},
            {"submitted to an agency",
                [](T &r) {
                    r.accreditationStatus = AccreditationStatus::Submitted;
                    r.accreditedOn = {};
                    r.accreditedUntil = {};
                }},
            {"accredited without end", [](T &r) { r.accreditedUntil = {}; }},
            {"learning outcomes of 10000", [](T &r) { r.learningOutcomes = text(10000); }},
        });
}

TEST(Course, LanguageListSplitsTheStoredText)
{
    Course c = sample::course(newId(), newId());
    EXPECT_EQ(c.languageList(),
        (QStringList {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}));
    c.languages = QStringLiteral("en");
    EXPECT_EQ(c.languageList(), QStringList {QStringLiteral("en")});
    c.languages.clear();
    EXPECT_TRUE(c.languageList().isEmpty());
}

TEST(Offering, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::offering(newId(), newId(), newId())));
}

TEST(Offering, EachRuleBrokenAloneNamesItsField)
{
    using T = Offering;
    expectEachAlone<T>(sample::offering(newId(), newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no course", [](T &r) { r.courseId = {}; }, "course_id"},
            {"no institution", [](T &r) { r.institutionId = {}; }, "institution_id"},
            {"no semester", [](T &r) { r.semester = {}; }, "semester"},
            {"semester in 1999", [](T &r) { r.semester = Semester(1999, Semester::Term::Autumn); },
                "semester"},
            {"no language", [](T &r) { r.language.clear(); }, "language"},
            {"German", [](T &r) { r.language = QStringLiteral("de"); }, "language"},
            {"two languages", [](T &r) { r.language = QStringLiteral("kk,ru"); }, "language"},
            {"no places", [](T &r) { r.capacity = 0; }, "capacity"},
            {"negative places", [](T &r) { r.capacity = -10; }, "capacity"},
        });
    expectEachAccepted<T>(sample::offering(newId(), newId(), newId()),
        {
            {"no capacity", [](T &r) { r.capacity.reset(); }},
            {"one place", [](T &r) { r.capacity = 1; }},
            {"no instructor", [](T &r) { r.instructorId = {}; }},
        });
}

TEST(Enrollment, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::enrollment(newId(), newId(), newId())));
}

TEST(Enrollment, EachRuleBrokenAloneNamesItsField)
{
    using T = Enrollment;
    expectEachAlone<T>(sample::enrollment(newId(), newId(), newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no offering", [](T &r) { r.offeringId = {}; }, "offering_id"},
            {"no person", [](T &r) { r.personId = {}; }, "person_id"},
            {"no date", [](T &r) { r.enrolledOn = {}; }, "enrolled_on"},
            {"grade of 120", [](T &r) { r.grade = 120; }, "grade"},
            {"negative grade", [](T &r) { r.grade = -1; }, "grade"},
            {"grade while enrolled", [](T &r) { r.status = EnrollmentStatus::Enrolled; }, "grade"},
            {"grade after withdrawal", [](T &r) { r.status = EnrollmentStatus::Withdrawn; },
                "grade"},
        });
    expectEachAccepted<T>(sample::enrollment(newId(), newId(), newId()),
        {
            {"grade 0 on a failed course",
                [](T &r) {
                    r.status = EnrollmentStatus::Failed;
                    r.grade = 0;
                }},
            {"grade 100", [](T &r) { r.grade = 100; }},
            {"enrolled, no grade yet",
                [](T &r) {
                    r.status = EnrollmentStatus::Enrolled;
                    r.grade.reset();
                }},
            {"completed, grade not recorded", [](T &r) { r.grade.reset(); }},
        });
}
