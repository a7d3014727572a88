#pragma once
// Places event labels in a lane's rows so that no two overlap: labels are
// tried in priority order (selected, matches, important first) in the first
// row with room; the events left over cluster into "+N" badges on the lane's
// track row, merged until no two badges touch.

#include <QList>
#include <functional>
#include <vector>

namespace stratos::timeline {

struct LabelCandidate
{
    int item = 0;     // caller's index (an event)
    double x = 0;     // the event's pixel position
    int priority = 0; // 0 is placed first; ties go left to right
};

struct PlacedLabel
{
    int item = 0;
    int row = 0;
    double x0 = 0, x1 = 0; // the whole label, dot included
    bool flipped = false;  // text left of the dot (the label would run off the right edge)
};

struct Badge
{
    double x0 = 0, x1 = 0; // on the track row
    QList<int> items;      // the events it stands for, left to right
    int count() const { return int(items.size()); }
};

struct LabelLayoutOptions
{
    int rows = 3;
    double dotRadius = 4;
    double gap = 10;            // between labels in a row, and between badges
    double maxBadgeWidth = 140; // a dense stretch becomes several badges, not one bar
    int maxPriority = 7;        // priorities are clamped to [0, maxPriority]
    // Labels that would cross rightEdge go left of their dot when that fits
    // after leftEdge; flipWithin is the widest label (how near the edge to try).
    double leftEdge = -1e300, rightEdge = 1e300, flipWithin = 0;
    // Width of an item's label, dot excluded; asked only for items that may fit.
    std::function<double(int item)> labelWidth;
    // Width of a badge showing count; a lone left-over event is a dot, 2 * dotRadius wide.
    std::function<double(int count)> badgeWidth;
};

struct LaneLayout
{
    QList<PlacedLabel> labels;
    QList<Badge> badges; // count 1: a lone dot
};

// candidates must be sorted by x.
LaneLayout layoutLane(const std::vector<LabelCandidate> &candidates,
                      const LabelLayoutOptions &options);

} // namespace stratos::timeline
