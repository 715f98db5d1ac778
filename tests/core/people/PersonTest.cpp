#include "people/Person.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(Person, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::person(newId())));
}

TEST(Person, EachRuleBrokenAloneNamesItsField)
{
    using T = Person;
    expectEachAlone<T>(sample::person(newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"blank family name", [](T &r) { r.familyName = QStringLiteral("  "); }, "family_name"},
            {"no given name", [](T &r) { r.givenName.clear(); }, "given_name"},
            {"family name too long", [](T &r) { r.familyName = text(101); }, "family_name"},
            {"given name too long", [](T &r) { r.givenName = text(101); }, "given_name"},
            {"patronymic too long", [](T &r) { r.patronymic = text(101); }, "patronymic"},
            {"Cyrillic in the Latin family name",
                [](T &r) { r.familyNameLatin = QStringLiteral("Жұмабекова"); },
                "family_name_latin"},
            {"digit in the Latin given name",
                [](T &r) { r.givenNameLatin = QStringLiteral("Aigerim2"); }, "given_name_latin"},
            {"Latin family name too long", [](T &r) { r.familyNameLatin = QString(101, u'a'); },
                "family_name_latin"},
            {"Latin given name too long", [](T &r) { r.givenNameLatin = QString(101, u'a'); },
                "given_name_latin"},
            {"e-mail without domain", [](T &r) { r.email = QStringLiteral("b.otepov@"); }, "email"},
            {"e-mail with a space", [](T &r) { r.email = QStringLiteral("b otepov@example.kz"); },
                "email"},
            {"e-mail too long",
                [](T &r) { r.email = QString(250, u'a') + QStringLiteral("@ex.kz"); }, "email"},
            {"phone too short", [](T &r) { r.phone = QStringLiteral("12-34"); }, "phone"},
            {"phone with letters", [](T &r) { r.phone = QStringLiteral("+7 701 abc 45 67"); },
                "phone"},
            {"phone of 16 digits", [](T &r) { r.phone = QStringLiteral("+7701123456789012"); },
                "phone"},
            {"phone padded past 30 characters",
                [](T &r) { r.phone = QStringLiteral("+7 701 123 45 67") + QString(20, u' '); },
                "phone"},
            {"unknown role bit", [](T &r) { r.roles = 16; }, "roles"},
            {"negative roles", [](T &r) { r.roles = -1; }, "roles"},
        });
}

TEST(Person, OptionalFieldsAndLimitsAreAccepted)
{
    using T = Person;
    expectEachAccepted<T>(sample::person(newId()),
        {
            {"names at 100", [](T &r) { r.familyName = r.givenName = r.patronymic = text(100); }},
            {"no patronymic, Latin name, e-mail or phone",
                [](T &r) {
                    r.patronymic.clear();
                    r.familyNameLatin.clear();
                    r.givenNameLatin.clear();
                    r.email.clear();
                    r.phone.clear();
                }},
            {"Latin name with hyphen and apostrophe",
                [](T &r) { r.familyNameLatin = QStringLiteral("O'Neil-Smith Jr."); }},
            {"every role", [](T &r) { r.roles = 15; }},
        });
}

TEST(Person, DisplayNameAndRoles)
{
    Person p = sample::person(newId());
    EXPECT_EQ(p.displayName(), QStringLiteral("Жұмабекова Әйгерім Серікқызы"));
    p.patronymic.clear();
    EXPECT_EQ(p.displayName(), QStringLiteral("Жұмабекова Әйгерім"));
    EXPECT_TRUE(p.roleFlags().testFlag(PersonRole::Trainer));
    EXPECT_FALSE(p.roleFlags().testFlag(PersonRole::Student));
}
