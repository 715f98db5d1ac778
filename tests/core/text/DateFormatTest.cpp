// Dates in each UI language's own short form, always with four-digit years.
#include "text/DateFormat.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

namespace ef {
namespace {

TEST(DateFormat, EachLanguageWritesItsShortDateWithAFourDigitYear)
{
    const QDate d(2025, 1, 15);
    EXPECT_EQ(DateFormat::shortDate(d, QLocale(QLocale::Kazakh, QLocale::Kazakhstan)),
        QStringLiteral("15.01.2025"));
    EXPECT_EQ(DateFormat::shortDate(d, QLocale(QLocale::Russian, QLocale::Russia)),
        QStringLiteral("15.01.2025"));
    EXPECT_EQ(DateFormat::shortDate(d, QLocale(QLocale::English, QLocale::UnitedKingdom)),
        QStringLiteral("15/01/2025"));
    EXPECT_EQ(DateFormat::shortFormat(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("M/d/yyyy"));
    EXPECT_TRUE(DateFormat::shortDate(QDate()).isEmpty());
}

TEST(DateFormat, AFourDigitYearIsLeftAsItIs)
{
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    EXPECT_EQ(DateFormat::shortFormat(ru).count(u'y'), 4);
}

} // namespace
} // namespace ef
