// Min/max-per-column decimation: what a chart keeps when it has more points than pixels.
#include "analytics/decimate.h"

#include <QList>
#include <QPointF>
#include <cmath>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

QList<QPointF> flatWithSpike(qsizetype n, qsizetype spikeAt, double spike)
{
    QList<QPointF> pts;
    pts.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        pts.append({double(i), i == spikeAt ? spike : std::sin(double(i) * 0.01)});
    return pts;
}

bool strictlyIncreasingX(const QList<QPointF> &pts)
{
    for (qsizetype i = 1; i < pts.size(); ++i)
        if (!(pts[i].x() >= pts[i - 1].x()))
            return false;
    return true;
}

} // namespace

TEST(Decimate, EmptyInputGivesNothing)
{
    EXPECT_TRUE(decimateMinMax({}, 0, 10, 100).isEmpty());
    EXPECT_TRUE(decimateMinMaxIndices({}, 0, 10, 100).isEmpty());
    EXPECT_TRUE(decimateLargestMagnitudeIndices({}, 0, 10, 100).isEmpty());
}

TEST(Decimate, SinglePointIsKept)
{
    const QList<QPointF> one{{5, 7}};
    const QList<QPointF> out = decimateMinMax(one, 0, 10, 100);
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0], QPointF(5, 7));
    EXPECT_EQ(decimateMinMax(one, 0, 0, 100).size(), 1); // empty range: the whole series
    EXPECT_EQ(decimateLargestMagnitudeIndices(one, 0, 10, 5).size(), 1);
}

TEST(Decimate, SpikeSurvivesAMillionPoints)
{
    const auto pts = flatWithSpike(1'000'000, 654'321, 1000.0);
    const auto out = decimateMinMax(pts, 0, 999'999, 800);
    EXPECT_TRUE(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == 1000.0; }));
    const auto negative = flatWithSpike(1'000'000, 12'345, -1000.0);
    const auto out2 = decimateMinMax(negative, 0, 999'999, 800);
    EXPECT_TRUE(std::any_of(out2.begin(), out2.end(), [](const QPointF &p) { return p.y() == -1000.0; }));
}

TEST(Decimate, OutputHasMonotonicXAndAtMostTwoPointsPerPixel)
{
    const auto pts = flatWithSpike(250'000, 100, 5);
    for (int width : {1, 2, 3, 10, 333, 2000}) {
        const auto out = decimateMinMax(pts, 0, 249'999, width);
        EXPECT_LE(out.size(), 2 * width) << width;
        EXPECT_TRUE(strictlyIncreasingX(out)) << width;
        const auto idx = decimateMinMaxIndices(pts, 0, 249'999, width);
        for (qsizetype i = 1; i < idx.size(); ++i)
            ASSERT_LT(idx[i - 1], idx[i]) << width;
    }
}

TEST(Decimate, KeepsFirstAndLastVisiblePointsAndTheNeighboursOutside)
{
    const auto pts = flatWithSpike(100'000, -1, 0);
    const auto idx = decimateMinMaxIndices(pts, 20'000, 30'000, 200);
    ASSERT_GE(idx.size(), 4);
    EXPECT_LE(idx.size(), 400);
    EXPECT_EQ(idx[0], 19'999);  // the line enters from the left edge...
    EXPECT_EQ(idx[1], 20'000);  // first visible
    EXPECT_EQ(idx[idx.size() - 2], 30'000); // last visible
    EXPECT_EQ(idx.back(), 30'001); // ...and leaves at the right one
}

TEST(Decimate, ShortSeriesPassesThroughUnchanged)
{
    QList<QPointF> pts;
    for (int i = 0; i < 50; ++i)
        pts.append({double(i), double(i % 7)});
    EXPECT_EQ(decimateMinMax(pts, 0, 49, 100), pts);
}

TEST(Decimate, RangeBetweenTwoPointsStillDrawsTheSegment)
{
    const QList<QPointF> pts{{0, 0}, {10, 10}};
    const auto out = decimateMinMax(pts, 4, 6, 100);
    EXPECT_EQ(out, pts);
}

TEST(Decimate, NaNValuesAreNeverPickedAsExtremes)
{
    QList<QPointF> pts;
    for (int i = 0; i < 10'000; ++i)
        pts.append({double(i), i % 3 == 0 ? std::nan("") : double(i % 5)});
    pts[0].setY(1);
    pts.back().setY(1);
    const auto out = decimateMinMax(pts, 0, 9'999, 50);
    EXPECT_LE(out.size(), 100);
    for (qsizetype i = 1; i + 1 < out.size(); ++i)
        EXPECT_FALSE(std::isnan(out[i].y()));
}

TEST(Decimate, BarsKeepTheLargestMoveOfEachColumn)
{
    QList<QPointF> pts;
    for (int i = 0; i < 1759; ++i)
        pts.append({double(i), i == 1500 ? -16.97 : 0.5});
    const auto idx = decimateLargestMagnitudeIndices(pts, 0, 1758, 300);
    EXPECT_LE(idx.size(), 300);
    EXPECT_TRUE(idx.contains(1500));
    for (qsizetype i = 1; i < idx.size(); ++i)
        ASSERT_LT(idx[i - 1], idx[i]);
}
