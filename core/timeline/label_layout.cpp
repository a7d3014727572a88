#include "timeline/label_layout.h"

#include <algorithm>

namespace stratos::timeline {
namespace {

// One row's occupied intervals, disjoint and sorted; both ends grow together.
class Row
{
public:
    // True when [a, b] keeps `gap` clear of every interval in the row.
    bool isFree(double a, double b, double gap) const
    {
        // The first interval ending past a - gap is the only one that can collide.
        auto it = std::upper_bound(m_x1.begin(), m_x1.end(), a - gap);
        return it == m_x1.end() || m_x0[std::size_t(it - m_x1.begin())] >= b + gap;
    }
    void insert(double a, double b)
    {
        auto it = std::lower_bound(m_x0.begin(), m_x0.end(), a);
        const auto i = it - m_x0.begin();
        m_x0.insert(it, a);
        m_x1.insert(m_x1.begin() + i, b);
    }

private:
    std::vector<double> m_x0, m_x1;
};

} // namespace

LaneLayout layoutLane(const std::vector<LabelCandidate> &candidates, const LabelLayoutOptions &o)
{
    LaneLayout out;
    const std::size_t n = candidates.size();
    if (n == 0)
        return out;
    const int levels = std::max(0, o.maxPriority) + 1;
    // Counting sort by priority keeps the x order inside each priority.
    std::vector<int> start(std::size_t(levels) + 1, 0);
    for (const LabelCandidate &c : candidates)
        ++start[std::size_t(std::clamp(c.priority, 0, levels - 1)) + 1];
    for (int p = 0; p < levels; ++p)
        start[std::size_t(p) + 1] += start[std::size_t(p)];
    std::vector<std::size_t> order(n);
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            order[std::size_t(
                next[std::size_t(std::clamp(candidates[i].priority, 0, levels - 1))]++)] = i;
    }

    std::vector<Row> rows(std::size_t(std::max(0, o.rows)));
    std::vector<char> placed(n, 0);
    const double r = o.dotRadius;
    const double minLabel = 2 * r + 24; // no label is narrower than a dot and a short word
    // Rows only fill up: once no row has room at a pixel, no later event there can
    // have any. With 100,000 events in view this skips almost all of them at once.
    const double xMin = candidates.front().x;
    std::vector<char> full(std::size_t(std::max(0.0, candidates.back().x - xMin)) + 2, 0);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = order[k];
        const double x = candidates[i].x;
        // Near the right edge a label may sit left of its dot instead of running off.
        const bool nearEdge = x + r + 4 + o.flipWithin >= o.rightEdge;
        char &fullHere = full[std::size_t(x - xMin)];
        if (fullHere && !nearEdge)
            continue;
        const double a = x - r;
        // Cheap test first: most events in a dense view fail without measuring text.
        std::size_t row = rows.size();
        for (std::size_t ri = 0; ri < rows.size(); ++ri)
            if (rows[ri].isFree(a, a + minLabel, o.gap) || nearEdge) {
                row = ri;
                break;
            }
        if (row == rows.size()) {
            fullHere = 1;
            continue;
        }
        const double width = 2 * r + 4 + (o.labelWidth ? o.labelWidth(candidates[i].item) : 40);
        double a0 = a, b0 = a + width;
        bool flipped = false;
        if (b0 > o.rightEdge && x + r - width >= o.leftEdge) {
            a0 = x + r - width;
            b0 = x + r;
            flipped = true;
        }
        for (; row < rows.size(); ++row)
            if (rows[row].isFree(a0, b0, o.gap))
                break;
        if (row == rows.size())
            continue;
        rows[row].insert(a0, b0);
        placed[i] = 1;
        out.labels.append({candidates[i].item, int(row), a0, b0, flipped});
    }

    // The rest, left to right, into badges that never touch one another.
    auto widthFor = [&](int count) {
        return count <= 1 ? 2 * r : (o.badgeWidth ? o.badgeWidth(count) : 28.0);
    };
    Badge current;
    bool open = false;
    auto close = [&] {
        if (open)
            out.badges.append(current);
        open = false;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (placed[i])
            continue;
        const double x = candidates[i].x;
        if (open && x - r <= current.x1 + o.gap && current.x1 - current.x0 < o.maxBadgeWidth) {
            current.items.append(candidates[i].item);
            current.x1 = std::max({current.x1, x + r, current.x0 + widthFor(current.count())});
            continue;
        }
        const double left = open ? std::max(x - r, current.x1 + o.gap) : x - r;
        close();
        current = Badge{left, left + widthFor(1), {candidates[i].item}};
        current.x1 = std::max(current.x1, x + r);
        open = true;
    }
    close();
    return out;
}

} // namespace stratos::timeline
