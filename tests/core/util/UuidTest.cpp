#include "util/Uuid.h"

#include "QtPrinters.h"
#include "util/Clock.h"

#include <QRandomGenerator>
#include <QSet>
#include <gtest/gtest.h>

using namespace ef;

TEST(Uuid, V7CarriesTheClockTimeVersionAndVariant)
{
    ManualClock clock(1'764'000'000'123);
    const Uuid id = Uuid::v7(clock);
    EXPECT_EQ(id.version(), 7);
    EXPECT_EQ(id.data()[8] & 0xc0, 0x80);
    EXPECT_EQ(id.timestampMs(), 1'764'000'000'123);
    EXPECT_FALSE(id.isNull());
}

TEST(Uuid, LaterIdsSortAfterEarlierOnes)
{
    ManualClock clock;
    Uuid prev = Uuid::v7(clock);
    for (int i = 0; i < 100; ++i) {
        clock.advanceMs(1);
        const Uuid next = Uuid::v7(clock);
        EXPECT_LT(prev, next);
        prev = next;
    }
}

TEST(Uuid, IdsAreUnique)
{
    ManualClock clock; // same millisecond for all: the random part must still differ
    QSet<Uuid> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(Uuid::v7(clock));
    EXPECT_EQ(seen.size(), 10000);
}

TEST(Uuid, TextRoundTrip)
{
    ManualClock clock;
    const Uuid id = Uuid::v7(clock);
    const QString text = id.toString();
    EXPECT_EQ(text.size(), 36);
    EXPECT_EQ(Uuid::fromString(text), id);
    EXPECT_EQ(Uuid::fromString(text.toUpper()), id);
    EXPECT_EQ(Uuid::fromString(u'{' + text + u'}'), id);
    EXPECT_EQ(Uuid::fromBytes(id.toBytes()), id);
}

TEST(Uuid, MalformedTextIsRejected)
{
    EXPECT_FALSE(Uuid::fromString(u"not a uuid"));
    EXPECT_FALSE(Uuid::fromString(u"0192f3c4-7a1b-7c2d-8e3f-4a5b6c7d8e9")); // one digit short
    EXPECT_FALSE(Uuid::fromString(u"0192f3c4x7a1b-7c2d-8e3f-4a5b6c7d8e9f"));
    EXPECT_FALSE(Uuid::fromString(u"0192f3c4-7a1b-7c2d-8e3f-4a5b6c7d8e9g"));
    EXPECT_FALSE(Uuid::fromBytes(QByteArray(15, 'x')));
}

TEST(Uuid, SeededGeneratorIsReproducible)
{
    QRandomGenerator a(42), b(42);
    EXPECT_EQ(Uuid::v7(1'700'000'000'000, a), Uuid::v7(1'700'000'000'000, b));
}
