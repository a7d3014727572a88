// TimeScale: zoom around an anchor, pan, and the limits.
#include "timeline/time_scale.h"

#include <gtest/gtest.h>

using stratos::timeline::TimeScale;

TEST(TimeScale, MapsTimeToPixelsAndBack)
{
    const TimeScale s(100, 200, 50, 1000);
    EXPECT_DOUBLE_EQ(s.toX(100), 50);
    EXPECT_DOUBLE_EQ(s.toX(200), 1050);
    EXPECT_DOUBLE_EQ(s.toTime(550), 150);
    EXPECT_DOUBLE_EQ(s.pixelsPerDay(), 10);
}

TEST(TimeScale, ZoomKeepsTheAnchorTimeUnderTheAnchorPixel)
{
    TimeScale s(0, 1000, 0, 800);
    const double anchorX = 613;
    const double before = s.toTime(anchorX);
    s.zoom(1.25, anchorX);
    EXPECT_NEAR(s.toTime(anchorX), before, 1e-9);
    EXPECT_NEAR(s.span(), 800, 1e-9);
    s.zoom(1 / 1.6, anchorX);
    EXPECT_NEAR(s.toTime(anchorX), before, 1e-9);
}

TEST(TimeScale, NStepsInThenNOutReturnsToTheSameRange)
{
    TimeScale s(18000, 20000, 120, 900);
    for (int i = 0; i < 12; ++i)
        s.zoom(1.25, 300 + i * 20);
    for (int i = 11; i >= 0; --i)
        s.zoom(1 / 1.25, 300 + i * 20);
    EXPECT_NEAR(s.t0(), 18000, 1e-6);
    EXPECT_NEAR(s.t1(), 20000, 1e-6);
}

TEST(TimeScale, SpanStaysWithinLimits)
{
    TimeScale s(0, 10, 0, 500);
    s.zoom(1000, 250);
    EXPECT_NEAR(s.span(), TimeScale::kMinSpanDays, 1e-9);
    s.zoom(1e-9, 250);
    EXPECT_NEAR(s.span(), TimeScale::kMaxSpanDays, 1e-6);
}

TEST(TimeScale, PanMovesContentWithTheDrag)
{
    TimeScale s(0, 100, 0, 1000);
    s.pan(100); // drag right by 100 px: earlier times come in
    EXPECT_NEAR(s.t0(), -10, 1e-9);
    EXPECT_NEAR(s.t1(), 90, 1e-9);
}

TEST(TimeScale, BoundsKeepTheCentreOverTheData)
{
    TimeScale s(0, 100, 0, 1000);
    s.setBounds(0, 1000);
    s.pan(100000);
    EXPECT_NEAR(s.t0() + s.span() / 2, 0, 1e-9);
    s.pan(-1000000);
    EXPECT_NEAR(s.t0() + s.span() / 2, 1000, 1e-9);
}
