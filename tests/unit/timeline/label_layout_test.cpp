// Label placement: no overlaps, priorities first, every event accounted for.
#include "timeline/label_layout.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace stratos::timeline;

namespace {

LabelLayoutOptions options(int rows, double labelWidth = 100)
{
    LabelLayoutOptions o;
    o.rows = rows;
    o.labelWidth = [labelWidth](int) { return labelWidth; };
    o.badgeWidth = [](int count) { return count < 10 ? 24.0 : 32.0; };
    return o;
}

void expectConsistent(const LaneLayout &l, const LabelLayoutOptions &o, int n)
{
    for (qsizetype i = 0; i < l.labels.size(); ++i)
        for (qsizetype j = i + 1; j < l.labels.size(); ++j) {
            const PlacedLabel &a = l.labels[i], &b = l.labels[j];
            if (a.row == b.row) {
                EXPECT_TRUE(a.x1 + o.gap <= b.x0 || b.x1 + o.gap <= a.x0)
                    << "labels " << a.item << " and " << b.item << " overlap in row " << a.row;
            }
        }
    for (qsizetype i = 1; i < l.badges.size(); ++i)
        EXPECT_LE(l.badges[i - 1].x1 + o.gap, l.badges[i].x0 + 1e-9);
    int total = int(l.labels.size());
    for (const Badge &b : l.badges)
        total += b.count();
    EXPECT_EQ(total, n);
}

} // namespace

TEST(LabelLayout, SparseEventsAllGetLabelsInTheFirstRow)
{
    std::vector<LabelCandidate> c = {{0, 10, 1}, {1, 300, 1}, {2, 600, 1}};
    const auto o = options(3);
    const LaneLayout l = layoutLane(c, o);
    ASSERT_EQ(l.labels.size(), 3);
    for (const PlacedLabel &p : l.labels)
        EXPECT_EQ(p.row, 0);
    EXPECT_TRUE(l.badges.isEmpty());
}

TEST(LabelLayout, CloseEventsStackIntoRowsThenCluster)
{
    std::vector<LabelCandidate> c;
    for (int i = 0; i < 6; ++i)
        c.push_back({i, 100.0 + i * 5, 1});
    const auto o = options(3);
    const LaneLayout l = layoutLane(c, o);
    EXPECT_EQ(l.labels.size(), 3);
    ASSERT_EQ(l.badges.size(), 1);
    EXPECT_EQ(l.badges.first().count(), 3);
    expectConsistent(l, o, 6);
}

TEST(LabelLayout, HigherPriorityWinsTheSpace)
{
    std::vector<LabelCandidate> c = {{0, 100, 3}, {1, 110, 0}};
    const auto o = options(1);
    const LaneLayout l = layoutLane(c, o);
    ASSERT_EQ(l.labels.size(), 1);
    EXPECT_EQ(l.labels.first().item, 1);
    ASSERT_EQ(l.badges.size(), 1);
    EXPECT_EQ(l.badges.first().items, QList<int>{0});
}

TEST(LabelLayout, DenseRandomLanesNeverOverlap)
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 20; ++round) {
        const int n = 50 + int(rng.bounded(2000));
        std::vector<LabelCandidate> c;
        for (int i = 0; i < n; ++i)
            c.push_back({i, rng.bounded(1200.0), int(rng.bounded(4))});
        std::sort(c.begin(), c.end(), [](const auto &a, const auto &b) { return a.x < b.x; });
        auto o = options(1 + round % 4);
        o.labelWidth = [](int item) { return 40.0 + (item * 37) % 160; };
        expectConsistent(layoutLane(c, o), o, n);
    }
}

TEST(LabelLayout, WideDenseStretchesBecomeSeveralBadges)
{
    std::vector<LabelCandidate> c;
    for (int i = 0; i < 1000; ++i)
        c.push_back({i, i * 0.8, 1});
    const auto o = options(0);
    const LaneLayout l = layoutLane(c, o);
    EXPECT_TRUE(l.labels.isEmpty());
    EXPECT_GT(l.badges.size(), 3);
    for (const Badge &b : l.badges)
        EXPECT_LE(b.x1 - b.x0, o.maxBadgeWidth + 40);
    expectConsistent(l, o, 1000);
}

TEST(LabelLayout, LabelsAtTheRightEdgeGoLeftOfTheirDot)
{
    std::vector<LabelCandidate> c = {{0, 100, 1}, {1, 950, 1}};
    auto o = options(2);
    o.leftEdge = 0;
    o.rightEdge = 1000;
    o.flipWithin = 100;
    const LaneLayout l = layoutLane(c, o);
    ASSERT_EQ(l.labels.size(), 2);
    EXPECT_FALSE(l.labels[0].flipped);
    EXPECT_TRUE(l.labels[1].flipped);
    EXPECT_LE(l.labels[1].x1, 1000);
    EXPECT_DOUBLE_EQ(l.labels[1].x1, 950 + o.dotRadius);
    expectConsistent(l, o, 2);
}
