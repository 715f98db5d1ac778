#include "people/Person.h"

#include "DomainTestSupport.h"

using namespace ef;
using namespace ef::test;

namespace {

Person educator()
{
    Person p;
    p.ownerId = newId();
    p.institutionId = newId();
    p.familyName = QStringLiteral("Өтепов");
    p.givenName = QStringLiteral("Бауыржан");
    p.patronymic = QStringLiteral("Серікұлы");
    p.familyNameLatin = QStringLiteral("Ötepov");
    p.givenNameLatin = QStringLiteral("Bauyrzhan");
    p.gender = Gender::Male;
    p.email = QStringLiteral("b.otepov@example.kz");
    p.phone = QStringLiteral("+7 (701) 123-45-67");
    p.setRoles(PersonRole::Educator | PersonRole::Trainer);
    return p;
}

} // namespace

TEST(Person, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(educator()));
}

TEST(Person, EachRuleBrokenAloneNamesItsField)
{
    using T = Person;
    expectEachAlone<T>(educator(),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"blank family name", [](T &r) { r.familyName = QStringLiteral("  "); }, "family_name"},
            {"no given name", [](T &r) { r.givenName.clear(); }, "given_name"},
            {"family name too long", [](T &r) { r.familyName = text(101); }, "family_name"},
            {"given name too long", [](T &r) { r.givenName = text(101); }, "given_name"},
            {"patronymic too long", [](T &r) { r.patronymic = text(101); }, "patronymic"},
            {"Cyrillic in the Latin family name",
                [](T &r) { r.familyNameLatin = QStringLiteral("Өтепов"); }, "family_name_latin"},
            {"digit in the Latin given name",
                [](T &r) { r.givenNameLatin = QStringLiteral("Bauyrzhan2"); }, "given_name_latin"},
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
    expectEachAccepted<T>(educator(),
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
    Person p = educator();
    EXPECT_EQ(p.displayName(), QStringLiteral("Өтепов Бауыржан Серікұлы"));
    p.patronymic.clear();
    EXPECT_EQ(p.displayName(), QStringLiteral("Өтепов Бауыржан"));
    EXPECT_TRUE(p.roleFlags().testFlag(PersonRole::Trainer));
    EXPECT_FALSE(p.roleFlags().testFlag(PersonRole::Student));
}
