// Rebasing and event windows, on bars small enough to check by hand.
#include "analytics/returns.h"

#include <gtest/gtest.h>

using namespace stratos;

namespace {

QList<PriceBar> bars(QDate first, const QList<double> &closes)
{
    QList<PriceBar> out;
    QDate d = first;
    for (double c : closes) {
        while (d.dayOfWeek() > 5) // trading days only
            d = d.addDays(1);
        PriceBar b;
        b.day = d;
        b.close = c;
        out.append(b);
        d = d.addDays(1);
    }
    return out;
}

} // namespace

TEST(Returns, RebasedStartsAt100)
{
    const auto r = rebasedCloses(bars(QDate(2025, 1, 2), {50, 55, 40}));
    ASSERT_EQ(r.size(), 3);
    EXPECT_DOUBLE_EQ(r[0].second, 100);
    EXPECT_DOUBLE_EQ(r[1].second, 110);
    EXPECT_DOUBLE_EQ(r[2].second, 80);
    EXPECT_TRUE(rebasedCloses({}).isEmpty());
    EXPECT_TRUE(rebasedCloses(bars(QDate(2025, 1, 2), {0, 1})).isEmpty());
}

TEST(Returns, EventWindowMeasuresFromTheCloseBeforeDayZero)
{
    // Fri 24 Jan 2025 closes at 100; Mon 27 Jan (day 0) at 83.
    const auto b = bars(QDate(2025, 1, 23), {101, 100, 83, 90, 91, 92, 93, 94});
    const auto w = eventWindow(b, QDate(2025, 1, 27), {0, 1, 5});
    ASSERT_TRUE(w);
    EXPECT_EQ(w->day0, QDate(2025, 1, 27));
    EXPECT_EQ(w->baseDay, QDate(2025, 1, 24));
    ASSERT_EQ(w->returns.size(), 3);
    EXPECT_NEAR(*w->returns[0], -17.0, 1e-9);
    EXPECT_NEAR(*w->returns[1], -10.0, 1e-9);
    EXPECT_NEAR(*w->returns[2], -6.0, 1e-9);
}

TEST(Returns, WeekendEventIsPricedOnTheNextTradingDay)
{
    const auto b = bars(QDate(2025, 1, 23), {101, 100, 83, 90});
    const auto w = eventWindow(b, QDate(2025, 1, 25), {0, 5}); // a Saturday
    ASSERT_TRUE(w);
    EXPECT_EQ(w->day0, QDate(2025, 1, 27));
    EXPECT_NEAR(*w->returns[0], -17.0, 1e-9);
    EXPECT_FALSE(w->returns[1]); // the data ends before day +5
}

TEST(Returns, NoWindowWithoutADayBefore)
{
    const auto b = bars(QDate(2025, 1, 27), {83, 90});
    EXPECT_FALSE(eventWindow(b, QDate(2025, 1, 27), {0}));
    EXPECT_FALSE(eventWindow(b, QDate(2026, 1, 1), {0}));
}

TEST(Returns, EventStudySubtractsTheBenchmark)
{
    const auto nvda = bars(QDate(2025, 1, 23), {101, 100, 83, 90});
    const auto ixic = bars(QDate(2025, 1, 23), {1010, 1000, 969, 985});
    const auto rows = eventStudy({{"NVDA", nvda}, {"^IXIC", ixic}}, ixic, QDate(2025, 1, 27), {0, 1});
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].symbol, QStringLiteral("NVDA"));
    EXPECT_NEAR(*rows[0].excess[0], -17.0 - -3.1, 1e-9);
    EXPECT_NEAR(*rows[0].excess[1], -10.0 - -1.5, 1e-9);
    EXPECT_NEAR(*rows[1].excess[0], 0.0, 1e-12);
}
