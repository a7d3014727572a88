// Axis ticks from decades down to days.
#include "timeline/time_ticks.h"
#include "timeline/timeline_event.h"

#include <gtest/gtest.h>

using namespace stratos::timeline;

namespace {

double at(int y, int m, int d)
{
    return dayToTime(QDate(y, m, d));
}

void expectSpacing(const AxisTicks &ticks, double t0, double t1, double pixels, double min)
{
    for (qsizetype i = 1; i < ticks.minor.size(); ++i)
        EXPECT_GE((ticks.minor[i].t - ticks.minor[i - 1].t) / (t1 - t0) * pixels, min * 0.9);
}

} // namespace

TEST(TimeTicks, ThirtyYearsOnAWideScreenUseYearSteps)
{
    const double t0 = at(1996, 1, 1), t1 = at(2026, 1, 1);
    const AxisTicks ticks = axisTicks(t0, t1, 1000, 56);
    EXPECT_EQ(ticks.minorUnit, TickUnit::TwoYears);
    expectSpacing(ticks, t0, t1, 1000, 56);
    EXPECT_EQ(ticks.minor.first().label,
              QStringLiteral("1998")); // 1996 starts before noon of 1 Jan
}

TEST(TimeTicks, CenturiesFallBackToDecadesAndMore)
{
    const double t0 = at(1900, 1, 1), t1 = at(2020, 1, 1);
    const AxisTicks ticks = axisTicks(t0, t1, 800, 56);
    EXPECT_GE(int(ticks.minorUnit), int(TickUnit::Decade));
    EXPECT_TRUE(ticks.minor.first().label.endsWith(u's'));
}

TEST(TimeTicks, QuarterOfAYearShowsMonthsWithYearsAsMajors)
{
    const double t0 = at(2024, 11, 15), t1 = at(2025, 3, 15);
    const AxisTicks ticks = axisTicks(t0, t1, 900, 56);
    EXPECT_EQ(ticks.minorUnit, TickUnit::Month);
    ASSERT_FALSE(ticks.minor.isEmpty());
    EXPECT_EQ(ticks.minor.first().label, QStringLiteral("Dec"));
    ASSERT_EQ(ticks.major.size(), 1);
    EXPECT_EQ(ticks.major.first().label, QStringLiteral("2025"));
    EXPECT_DOUBLE_EQ(ticks.major.first().t, at(2025, 1, 1) - 0.5);
    EXPECT_EQ(ticks.context, QStringLiteral("2024"));
}

TEST(TimeTicks, AWeekShowsDaysWithTheMonthAsContext)
{
    const double t0 = at(2025, 1, 24), t1 = at(2025, 1, 31);
    const AxisTicks ticks = axisTicks(t0, t1, 900, 56);
    EXPECT_EQ(ticks.minorUnit, TickUnit::Day);
    EXPECT_EQ(ticks.context, QStringLiteral("January 2025"));
    ASSERT_FALSE(ticks.minor.isEmpty());
    EXPECT_EQ(ticks.minor.first().label, QStringLiteral("25"));
}

TEST(TimeTicks, TicksStayInsideTheRangeAndAreOrdered)
{
    for (double span : {3.0, 20.0, 200.0, 2000.0, 20000.0}) {
        const double t0 = at(2020, 6, 7), t1 = t0 + span;
        const AxisTicks ticks = axisTicks(t0, t1, 1200, 60);
        ASSERT_FALSE(ticks.minor.isEmpty()) << span;
        for (qsizetype i = 0; i < ticks.minor.size(); ++i) {
            EXPECT_GE(ticks.minor[i].t, t0 - 1e-9);
            EXPECT_LE(ticks.minor[i].t, t1 + 1e-9);
            if (i > 0) {
                EXPECT_GT(ticks.minor[i].t, ticks.minor[i - 1].t);
            }
        }
        expectSpacing(ticks, t0, t1, 1200, 60);
    }
}
