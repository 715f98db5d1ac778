#include "courses/Semester.h"

#include <gtest/gtest.h>

using namespace ef;

TEST(Semester, OrderKeysAndNeighbours)
{
    const Semester autumn(2025, Semester::Term::Autumn);
    EXPECT_EQ(autumn.toStorage(), 20253);
    EXPECT_EQ(Semester::fromStorage(20253), autumn);
    EXPECT_EQ(autumn.next(), Semester(2026, Semester::Term::Spring));
    EXPECT_EQ(Semester(2026, Semester::Term::Spring).previous(), autumn);
    EXPECT_LT(autumn, Semester(2026, Semester::Term::Spring));
    EXPECT_EQ(Semester::fromKey(u"2025-autumn"), autumn);
    EXPECT_EQ(autumn.toKey(), QStringLiteral("2025-autumn"));
    EXPECT_FALSE(Semester::fromKey(u"2025-winter").isValid());
    EXPECT_FALSE(Semester::fromStorage(20254).isValid());
    EXPECT_EQ(Semester().toStorage(), 0); // invalid semesters never reach the store as a value
}
