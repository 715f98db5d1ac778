#include "text/Transliteration.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace ef;

namespace {
QString latin(const char *utf8, Transliteration::System s = Transliteration::System::Automatic)
{
    return Transliteration::toLatin(QString::fromUtf8(utf8), s);
}
} // namespace

TEST(Transliteration, RussianNamesFollowIcao9303)
{
    EXPECT_EQ(latin("Иванова"), QStringLiteral("Ivanova"));
    EXPECT_EQ(latin("Жуков"), QStringLiteral("Zhukov"));
    EXPECT_EQ(latin("Хрущёв"), QStringLiteral("Khrushchev"));
    EXPECT_EQ(latin("Щербакова"), QStringLiteral("Shcherbakova"));
    EXPECT_EQ(latin("Юлия"), QStringLiteral("Iuliia"));
    EXPECT_EQ(latin("Цой"), QStringLiteral("Tsoi"));
    EXPECT_EQ(latin("Объедков"), QStringLiteral("Obieedkov"));
    EXPECT_EQ(latin("Дьяченко"), QStringLiteral("Diachenko"));
    EXPECT_EQ(latin("Чернышёва"), QStringLiteral("Chernysheva"));
}

TEST(Transliteration, KazakhNamesFollowTheLatinAlphabetOf2021)
{
    EXPECT_EQ(latin("Әйгерім"), QStringLiteral("Äigerım"));
    EXPECT_EQ(latin("Қасымқызы"), QStringLiteral("Qasymqyzy"));
    EXPECT_EQ(latin("Ғалымжан"), QStringLiteral("Ğalymjan"));
    EXPECT_EQ(latin("Шұғыла"), QStringLiteral("Şūğyla"));
    EXPECT_EQ(latin("Өмірзақ"), QStringLiteral("Ömırzaq"));
    EXPECT_EQ(latin("Үміт"), QStringLiteral("Ümıt"));
    EXPECT_EQ(latin("Ерлан Серікұлы"), QStringLiteral("Erlan Serıkūly"));
    EXPECT_EQ(latin("Иманғали"), QStringLiteral("İmanğali"));
    EXPECT_EQ(latin("Чингиз", Transliteration::System::Kazakh2021), QStringLiteral("Çingiz"));
}

TEST(Transliteration, AutomaticChoiceLooksForKazakhLetters)
{
    EXPECT_TRUE(Transliteration::looksKazakh(u"Серікбаев"));
    EXPECT_FALSE(Transliteration::looksKazakh(u"Серикбаев"));
    EXPECT_EQ(latin("Серикбаев"), QStringLiteral("Serikbaev")); // Russian spelling → passport rules
}

TEST(Transliteration, CapitalsAndPunctuationAreKept)
{
    EXPECT_EQ(latin("ЖУКОВ"), QStringLiteral("ZHUKOV"));
    EXPECT_EQ(latin("Римский-Корсаков"), QStringLiteral("Rimskii-Korsakov"));
    EXPECT_EQ(latin("Smith"), QStringLiteral("Smith"));
    EXPECT_EQ(latin(""), QString());
}
