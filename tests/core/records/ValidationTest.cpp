// The rules shared by several domain types, on their own.
#include "records/Validation.h"

#include "DomainTestSupport.h"

#include <limits>
#include <optional>

using namespace ef;
using namespace ef::test;

namespace {

// The BIN check digit, written again from the published algorithm rather than from the code
// under test: weights 1…11 mod 11; if that gives 10, weights 3…11, 1, 2; if 10 again, the
// first eleven digits have no check digit at all.
std::optional<int> binCheckDigit(const QString &first11)
{
    auto weighted = [&](const int weights[11]) {
        int sum = 0;
        for (int i = 0; i < 11; ++i)
            sum += (first11[i].unicode() - u'0') * weights[i];
        return sum % 11;
    };
    static const int firstWeights[11] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static const int secondWeights[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    int check = weighted(firstWeights);
    if (check == 10)
        check = weighted(secondWeights);
    if (check == 10)
        return std::nullopt;
    return check;
}

QString withCheckDigit(const QString &first11)
{
    const auto check = binCheckDigit(first11);
    return check ? first11 + QChar(u'0' + *check) : QString();
}

Problems run(const std::function<void(Problems &)> &rule)
{
    Problems p;
    rule(p);
    return p;
}

} // namespace

TEST(Validation, BinsComputedByHandAreValid)
{
    // 9·1 + 9·2 + 3·4 + 4·5 + 1·9 + 2·10 + 5·11 = 143 = 13·11: check digit 0.
    const QString firstPass = withCheckDigit(QStringLiteral("99034000125"));
    EXPECT_EQ(firstPass, QStringLiteral("990340001250"));
    // 0·1 + 4·2 + 0·3 + 5·4 + 4·5 + 5·10 = 98, 98 mod 11 = 10: the second weights decide:
    // 0·3 + 4·4 + 0·5 + 5·6 + 4·7 + 5·1 = 79, 79 mod 11 = 2.
    const QString secondPass = withCheckDigit(QStringLiteral("04054000050"));
    EXPECT_EQ(secondPass, QStringLiteral("040540000502"));
    for (const QString &bin : {firstPass, secondPass, QStringLiteral("951240001232")}) {
        SCOPED_TRACE(bin.toStdString());
        EXPECT_TRUE(Validation::isValidBin(bin));
    }
}

TEST(Validation, BinWithAChangedDigitFails)
{
    for (const QString &bin : {QStringLiteral("990340001250"), QStringLiteral("040540000502"),
             QStringLiteral("951240001232")}) {
        ASSERT_TRUE(Validation::isValidBin(bin));
        // Another check digit always fails.
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            QString other = bin;
            other[11] = QChar(d);
            EXPECT_EQ(Validation::isValidBin(other), other == bin) << other.toStdString();
        }
        // A changed digit of the first ten changes the first sum mod 11 (the weights 1…10 are
        // invertible mod 11), so it fails unless it happens to land on the second pass and
        // that pass gives the same digit: the reference decides, and most must fail.
        int changed = 0, caught = 0;
        for (int pos = 0; pos < 11; ++pos) {
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                if (bin[pos] == QChar(d))
                    continue;
                QString other = bin;
                other[pos] = QChar(d);
                const auto check = binCheckDigit(other.left(11));
                const bool expected = check && *check == other[11].unicode() - u'0';
                EXPECT_EQ(Validation::isValidBin(other), expected) << other.toStdString();
                ++changed;
                caught += Validation::isValidBin(other) ? 0 : 1;
            }
        }
        EXPECT_GT(caught, changed * 8 / 10) << bin.toStdString();
    }
    // The simplest typo: one digit off by one, in the middle.
    EXPECT_FALSE(Validation::isValidBin(u"990350001250"));
    EXPECT_FALSE(Validation::isValidBin(u"040540010502"));
}

TEST(Validation, BinWithoutAnyCheckDigitIsNeverValid)
{
    // Both passes give 10 for these eleven digits: no twelfth digit makes a valid BIN.
    const QString first11 = QStringLiteral("04054000054");
    ASSERT_FALSE(binCheckDigit(first11));
    for (char16_t d = u'0'; d <= u'9'; ++d)
        EXPECT_FALSE(Validation::isValidBin(first11 + QChar(d)));
}

TEST(Validation, BinMustBeTwelveAsciiDigits)
{
    EXPECT_FALSE(Validation::isValidBin(u""));
    EXPECT_FALSE(Validation::isValidBin(u"99034000125"));
    EXPECT_FALSE(Validation::isValidBin(u"9903400012500"));
    EXPECT_FALSE(Validation::isValidBin(u"99034000125a"));
    EXPECT_FALSE(Validation::isValidBin(u"9903 4000125"));
    // Arabic-Indic digits are digits to QChar, not to a BIN.
    EXPECT_FALSE(Validation::isValidBin(u"\u0669\u0669\u0660\u0663\u0664\u0660\u0660\u0660\u0661"
                                        u"\u0662\u0665\u0660"));
}

TEST(Validation, Pic)
{
    EXPECT_TRUE(Validation::isValidPic(u"949817461"));
    EXPECT_FALSE(Validation::isValidPic(u"94981746"));
    EXPECT_FALSE(Validation::isValidPic(u"9498174610"));
    EXPECT_FALSE(Validation::isValidPic(u"94981746X"));
}

TEST(Validation, RequiredTreatsBlankAsMissing)
{
    const QString f = QStringLiteral("f");
    EXPECT_TRUE(
        run([&](Problems &p) { Validation::required(p, f, QStringLiteral("x")); }).isEmpty());
    EXPECT_TRUE(hasProblem(
        run([&](Problems &p) { Validation::required(p, f, QStringLiteral(" \t")); }), f));
    EXPECT_TRUE(hasProblem(run([&](Problems &p) { Validation::required(p, f, Uuid()); }), f));
    EXPECT_TRUE(hasProblem(run([&](Problems &p) { Validation::required(p, f, QDate()); }), f));
    EXPECT_TRUE(run([&](Problems &p) { Validation::required(p, f, QDate(2026, 1, 1)); }).isEmpty());
}

TEST(Validation, MaxLengthCountsCharacters)
{
    const QString f = QStringLiteral("f");
    EXPECT_TRUE(run([&](Problems &p) { Validation::maxLength(p, f, text(5), 5); }).isEmpty());
    const Problems p = run([&](Problems &p) { Validation::maxLength(p, f, text(6), 5); });
    ASSERT_EQ(p.size(), 1);
    EXPECT_EQ(p.first().field, f);
    EXPECT_TRUE(p.first().message.contains(u'5')) << p.first().message.toStdString();
}

TEST(Validation, DateOrderAndRange)
{
    const QString f = QStringLiteral("ends_on");
    auto order = [&](QDate a, QDate b) {
        return run([&](Problems &p) { Validation::dateOrder(p, f, a, b); });
    };
    EXPECT_TRUE(order(QDate(2026, 1, 1), QDate(2026, 1, 1)).isEmpty());
    EXPECT_TRUE(order(QDate(2026, 1, 1), QDate()).isEmpty());
    const Problems p = order(QDate(2026, 1, 2), QDate(2026, 1, 1));
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p.first().message.contains(QStringLiteral("2026-01-02")))
        << p.first().message.toStdString();

    auto range
        = [&](double v) { return run([&](Problems &p) { Validation::range(p, f, v, 0, 100); }); };
    EXPECT_TRUE(range(0).isEmpty());
    EXPECT_TRUE(range(100).isEmpty());
    EXPECT_FALSE(range(-0.1).isEmpty());
    EXPECT_FALSE(range(100.1).isEmpty());
    EXPECT_FALSE(range(std::numeric_limits<double>::quiet_NaN()).isEmpty());
    EXPECT_TRUE(run([&](Problems &p) {
        Validation::range(p, f, std::optional<double>(), 0, 100);
    }).isEmpty());
}

TEST(Validation, ContactsAndAddresses)
{
    const QString f = QStringLiteral("f");
    auto email = [&](const char *v) {
        return run([&](Problems &p) { Validation::email(p, f, QString::fromUtf8(v)); }).isEmpty();
    };
    EXPECT_TRUE(email(""));
    EXPECT_TRUE(email("a.b@ektu.kz"));
    EXPECT_FALSE(email("a.b@ektu"));
    EXPECT_FALSE(email("a@b@ektu.kz"));
    auto url = [&](const char *v) {
        return run([&](Problems &p) { Validation::url(p, f, QString::fromUtf8(v)); }).isEmpty();
    };
    EXPECT_TRUE(url(""));
    EXPECT_TRUE(url("https://www.ipp.pt/"));
    EXPECT_TRUE(url("http://ektu.kz"));
    EXPECT_FALSE(url("www.ipp.pt"));
    EXPECT_FALSE(url("https://"));
    auto country = [&](const char *v) {
        return run([&](Problems &p) {
            Validation::countryCode(p, f, QString::fromUtf8(v));
        }).isEmpty();
    };
    EXPECT_TRUE(country("KZ"));
    EXPECT_FALSE(country("Kz"));
    EXPECT_FALSE(country("KZA"));
    EXPECT_FALSE(country("ҚЗ"));
}
