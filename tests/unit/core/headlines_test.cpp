#include "analytics/headlines.h"

#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

namespace {
PriceBar bar(int day, double close)
{
    PriceBar b;
    b.day = QDate(2025, 1, day);
    b.close = close;
    return b;
}
} // namespace

TEST(Headlines, LargestDailyFallFindsTheWorstCloseToCloseMove)
{
    const QList<PriceBar> bars = {bar(21, 100), bar(22, 110), bar(23, 99), bar(24, 100), bar(27, 80)};
    auto fall = largestDailyFall(bars);
    ASSERT_TRUE(fall);
    EXPECT_EQ(fall->day, QDate(2025, 1, 27));
    EXPECT_NEAR(fall->changePct, -20.0, 1e-9);
    EXPECT_DOUBLE_EQ(fall->previousClose, 100);
}

TEST(Headlines, NoFallWithFewerThanTwoBars)
{
    EXPECT_FALSE(largestDailyFall({}));
    EXPECT_FALSE(largestDailyFall({bar(2, 5)}));
}

TEST(Headlines, MoveOnADay)
{
    const QList<PriceBar> bars = {bar(24, 200), bar(27, 150)};
    auto m = moveOn(bars, QDate(2025, 1, 27));
    ASSERT_TRUE(m);
    EXPECT_NEAR(m->changePct, -25.0, 1e-9);
    EXPECT_FALSE(moveOn(bars, QDate(2025, 1, 24)));
}
