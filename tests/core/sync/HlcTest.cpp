#include "sync/Hlc.h"

#include "util/Clock.h"

#include <gtest/gtest.h>

using namespace ef;

TEST(Hlc, TicksFollowTheWallClock)
{
    ManualClock clock(1'000'000);
    Hlc hlc(clock);
    const auto t = hlc.tick();
    EXPECT_EQ(Hlc::millis(t), 1'000'000);
    EXPECT_EQ(Hlc::counter(t), 0);
}

TEST(Hlc, TicksWithinOneMillisecondCountUp)
{
    ManualClock clock(1'000'000);
    Hlc hlc(clock);
    const auto a = hlc.tick();
    const auto b = hlc.tick();
    EXPECT_EQ(Hlc::millis(b), 1'000'000);
    EXPECT_EQ(Hlc::counter(b), 1);
    EXPECT_LT(a, b);
}

TEST(Hlc, NeverGoesBackWhenTheWallClockDoes)
{
    ManualClock clock(5'000'000);
    Hlc hlc(clock);
    const auto a = hlc.tick();
    clock.setMs(1'000'000);
    const auto b = hlc.tick();
    EXPECT_GT(b, a);
    EXPECT_EQ(Hlc::millis(b), 5'000'000);
}

TEST(Hlc, ObservingARemoteClockMovesPastIt)
{
    ManualClock clock(1'000'000);
    Hlc hlc(clock);
    const auto remote = Hlc::pack(9'000'000, 7);
    hlc.observe(remote);
    EXPECT_GT(hlc.tick(), remote);
    hlc.observe(Hlc::pack(10, 0)); // an older clock changes nothing
    EXPECT_GT(hlc.tick(), remote);
}

TEST(Hlc, ServerOffsetCorrectsAWrongLocalClock)
{
    ManualClock clock(1'000'000 + 3'600'000); // the PC runs an hour fast
    Hlc hlc(clock);
    hlc.setServerOffsetMs(-3'600'000);
    EXPECT_EQ(Hlc::millis(hlc.tick()), 1'000'000);
}

TEST(Hlc, CounterOverflowBorrowsTheNextMillisecond)
{
    ManualClock clock(1'000);
    Hlc hlc(clock);
    std::int64_t last = 0;
    for (int i = 0; i < 70'000; ++i) {
        const auto t = hlc.tick();
        ASSERT_GT(t, last);
        last = t;
    }
    EXPECT_EQ(Hlc::millis(last), 1'001);
}
