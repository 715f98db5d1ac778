#include "certificates/Base45.h"

#include <gtest/gtest.h>

using namespace ef;

// The examples of RFC 9285, section 4.
TEST(Base45, EncodesTheRfcExamples)
{
    EXPECT_EQ(Base45::encode("AB"), QStringLiteral("BB8"));
    EXPECT_EQ(Base45::encode("Hello!!"), QStringLiteral("%69 VD92EX0"));
    EXPECT_EQ(Base45::encode("base-45"), QStringLiteral("UJCLQE7W581"));
    EXPECT_EQ(Base45::encode("ietf!"), QStringLiteral("QED8WEX0"));
    EXPECT_EQ(Base45::encode(""), QString());
}

TEST(Base45, DecodesTheRfcExamples)
{
    EXPECT_EQ(Base45::decode(u"QED8WEX0"), QByteArray("ietf!"));
    EXPECT_EQ(Base45::decode(u"%69 VD92EX0"), QByteArray("Hello!!"));
    EXPECT_EQ(Base45::decode(u"BB8"), QByteArray("AB"));
}

TEST(Base45, EveryByteValueSurvivesTheRoundTrip)
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    for (int n = 0; n <= all.size(); n += 17)
        EXPECT_EQ(Base45::decode(Base45::encode(all.left(n))), all.left(n)) << n;
}

// RFC 9285, section 6: a decoder must refuse what an encoder cannot produce.
TEST(Base45, RefusesTextThatIsNotBase45)
{
    EXPECT_FALSE(Base45::decode(u"GGW")); // 65535 + 1: too large for two bytes
    EXPECT_FALSE(Base45::decode(u":::")); // 44 + 44·45 + 44·45² > 65535
    EXPECT_FALSE(Base45::decode(u"ZZ")); // 35 + 35·45 > 255
    EXPECT_FALSE(Base45::decode(u"A")); // one character is no group
    EXPECT_FALSE(Base45::decode(u"BB8a")); // lower case is outside the alphabet
    EXPECT_FALSE(Base45::decode(u"BBж"));
    EXPECT_FALSE(Base45::decode(u"QED8WEX0\n"));
}
