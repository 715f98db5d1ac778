#include "text/SearchFold.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace ef;

namespace {
QString fold(const char *utf8)
{
    return SearchFold::fold(QString::fromUtf8(utf8));
}
} // namespace

TEST(SearchFold, CyrillicAndLatinSpellingsOfOneNameFoldAlike)
{
    // Kazakh Cyrillic, passport (ICAO) Latin, Kazakh Latin 2021 and an English spelling.
    EXPECT_EQ(fold("Серікбаев"), fold("Serikbayev"));
    EXPECT_EQ(fold("Серікбаев"), fold("Serıkbaev"));
    EXPECT_EQ(fold("Жұмабекова"), fold("Zhumabekova"));
    EXPECT_EQ(fold("Жұмабекова"), fold("Jūmabekova"));
    EXPECT_EQ(fold("Қасымов"), fold("Kasymov"));
    EXPECT_EQ(fold("Қасымов"), fold("Qasymov"));
    EXPECT_EQ(fold("Шәріпов"), fold("Şäripov"));
    EXPECT_EQ(fold("Шәріпов"), fold("Sharipov"));
    EXPECT_EQ(fold("Ахметова"), fold("Akhmetova"));
    EXPECT_EQ(fold("Ахметова"), fold("Ahmetova"));
    EXPECT_EQ(fold("Цой"), fold("Tsoi"));
    EXPECT_EQ(fold("Юлия"), fold("Iuliia"));
    EXPECT_EQ(fold("Юлия"), fold("Yulia"));
    EXPECT_EQ(fold("Андреев"), fold("Andreyev"));
    EXPECT_EQ(fold("Мария"), fold("Maria"));
    EXPECT_EQ(fold("Ғалым"), fold("Galym"));
    EXPECT_EQ(fold("Өмірзақ"), fold("Omirzak"));
    EXPECT_EQ(fold("Ұлан"), fold("Ulan"));
    EXPECT_EQ(fold("Үміт"), fold("Umit"));
    EXPECT_EQ(fold("Һ"), fold("h"));
    EXPECT_EQ(fold("Әсем"), fold("Asem"));
    EXPECT_EQ(fold("Нұрлан Ерланұлы"), fold("Nurlan Erlanuly"));
}

TEST(SearchFold, IsCaseInsensitive)
{
    EXPECT_EQ(fold("ӘЙГЕРІМ"), fold("әйгерім"));
    EXPECT_EQ(fold("KAZNU"), fold("kaznu"));
}

TEST(SearchFold, PunctuationSeparatesWords)
{
    EXPECT_EQ(fold("Al-Farabi, KazNU!"), QStringLiteral("al farabi kaznu"));
    EXPECT_EQ(fold("  many   spaces  "), QStringLiteral("mani spaces"));
}

TEST(SearchFold, DifferentNamesStayDifferent)
{
    EXPECT_NE(fold("Серікбаев"), fold("Серікбаева"));
    EXPECT_NE(fold("Қасымов"), fold("Касенов"));
}

TEST(SearchFold, MatchQueryIsAPrefixAndOfEveryWord)
{
    EXPECT_EQ(SearchFold::matchQuery(u"Серік Д."), QStringLiteral("\"serik\"* \"d\"*"));
    EXPECT_TRUE(SearchFold::matchQuery(u"  --  ").isEmpty());
    // Quotes and FTS operators typed by a user cannot break the query.
    EXPECT_EQ(SearchFold::matchQuery(u"\"a\" OR NEAR(b"),
        QStringLiteral("\"a\"* \"or\"* \"near\"* \"b\"*"));
}
