#include "institutions/Institution.h"

#include "DomainTestSupport.h"
#include "Samples.h"

using namespace ef;
using namespace ef::test;

TEST(Institution, ValidRecordHasNoProblem)
{
    EXPECT_TRUE(isValid(sample::university(newId())));
}

TEST(Institution, EachRuleBrokenAloneNamesItsField)
{
    using T = Institution;
    expectEachAlone<T>(sample::university(newId()),
        {
            {"no owner", [](T &r) { r.ownerId = {}; }, "owner_id"},
            {"no name in any language",
                [](T &r) {
                    r.nameEn = QStringLiteral("  ");
                    r.nameRu.clear();
                    r.nameKk.clear();
                },
                "name_en"},
            {"English name too long", [](T &r) { r.nameEn = text(301); }, "name_en"},
            {"Russian name too long", [](T &r) { r.nameRu = text(301); }, "name_ru"},
            {"Kazakh name too long", [](T &r) { r.nameKk = text(301); }, "name_kk"},
            {"short name too long", [](T &r) { r.shortName = text(41); }, "short_name"},
            {"region too long", [](T &r) { r.region = text(101); }, "region"},
            {"city too long", [](T &r) { r.city = text(101); }, "city"},
            {"lower-case country", [](T &r) { r.country = QStringLiteral("kz"), r.bin.clear(); },
                "country"},
            {"no country", [](T &r) { r.country.clear(), r.bin.clear(); }, "country"},
            {"country name", [](T &r) { r.country = QStringLiteral("KAZ"), r.bin.clear(); },
                "country"},
            {"BIN with a wrong check digit", [](T &r) { r.bin = QStringLiteral("990340001251"); },
                "bin"},
            {"BIN with a changed digit", [](T &r) { r.bin = QStringLiteral("990350001250"); },
                "bin"},
            {"BIN of 11 digits", [](T &r) { r.bin = QStringLiteral("99034000125"); }, "bin"},
            {"BIN outside Kazakhstan",
                [](T &r) {
                    r.country = QStringLiteral("PT");
                    r.bin = QStringLiteral("990340001250");
                },
                "bin"},
            {"PIC of 5 digits", [](T &r) { r.pic = QStringLiteral("12345"); }, "pic"},
            {"PIC with a letter", [](T &r) { r.pic = QStringLiteral("94981746X"); }, "pic"},
            {"website without scheme", [](T &r) { r.website = QStringLiteral("ektu.kz"); },
                "website"},
            {"website on ftp", [](T &r) { r.website = QStringLiteral("ftp://ektu.kz"); },
                "website"},
        });
}

TEST(Institution, OptionalFieldsAndLimitsAreAccepted)
{
    using T = Institution;
    expectEachAccepted<T>(sample::university(newId()),
        {
            {
                "name in Russian only",
                [](T &r) {
                    r.nameEn.clear();
                    r.nameKk.clear();
                    r.nameRu = QStringLiteral("ВКТУ им. Д. Серикбаева");
                },
            },
            {"names at 300", [](T &r) { r.nameEn = r.nameRu = r.nameKk = text(300); }},
            {"short name at 40", [](T &r) { r.shortName = text(40); }},
            {"no BIN, PIC or website",
                [](T &r) {
                    r.bin.clear();
                    r.pic.clear();
                    r.website.clear();
                }},
            {"foreign partner without BIN",
                [](T &r) {
                    r.country = QStringLiteral("PT");
                    r.bin.clear();
                }},
            {"BIN from the second pass", [](T &r) { r.bin = QStringLiteral("040540000502"); }},
        });
}

TEST(Institution, NameFallsBackToAnotherLanguage)
{
    Institution i = sample::university(newId());
    EXPECT_EQ(i.name(u"kk"), i.nameKk);
    EXPECT_EQ(i.name(u"ru"), i.nameRu);
    i.nameRu.clear();
    EXPECT_EQ(i.name(u"ru"), i.nameKk); // no Russian name: Kazakh comes next
    EXPECT_EQ(i.name(u"en"), i.nameEn);
    i.nameEn.clear();
    EXPECT_EQ(i.name(u"en"), i.nameKk);
}
