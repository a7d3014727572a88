#include "analytics/decimate.h"

#include <algorithm>
#include <cmath>

namespace stratos {
namespace {

struct Visible
{
    qsizetype lo = 0; // first index with x >= xMin
    qsizetype hi = -1; // last index with x <= xMax
    double xMin = 0, xMax = 0;
};

Visible visibleRange(std::span<const QPointF> pts, double xMin, double xMax)
{
    Visible v;
    if (pts.empty())
        return v;
    if (!(xMin < xMax)) { // also catches NaN
        xMin = pts.front().x();
        xMax = pts.back().x();
    }
    const auto lessX = [](const QPointF &p, double x) { return p.x() < x; };
    const auto xLess = [](double x, const QPointF &p) { return x < p.x(); };
    v.lo = std::lower_bound(pts.begin(), pts.end(), xMin, lessX) - pts.begin();
    v.hi = (std::upper_bound(pts.begin(), pts.end(), xMax, xLess) - pts.begin()) - 1;
    v.xMin = xMin;
    v.xMax = xMax;
    return v;
}

// Appends i unless it repeats the last index (first/last can coincide with a column's extreme).
void push(QList<qsizetype> &out, qsizetype i)
{
    if (out.isEmpty() || out.back() < i)
        out.append(i);
}

int bucketOf(double x, const Visible &v, int buckets)
{
    const double span = v.xMax - v.xMin;
    if (span <= 0)
        return 0;
    const int b = int((x - v.xMin) / span * buckets);
    return std::clamp(b, 0, buckets - 1);
}

} // namespace

QList<qsizetype> decimateMinMaxIndices(std::span<const QPointF> pts, double xMin, double xMax,
                                       int pixelWidth)
{
    QList<qsizetype> out;
    if (pts.empty() || pixelWidth <= 0)
        return out;
    const Visible v = visibleRange(pts, xMin, xMax);
    if (pixelWidth < 3) {
        // No room for edge neighbours: the first and last visible points only.
        if (v.lo <= v.hi) {
            push(out, v.lo);
            push(out, v.hi);
        }
        return out;
    }
    const qsizetype visible = v.hi - v.lo + 1;
    const bool left = v.lo > 0;
    const bool right = v.hi + 1 < qsizetype(pts.size());
    if (left)
        push(out, v.lo - 1);
    if (visible > 0 && visible + left + right <= 2 * qsizetype(pixelWidth)) {
        for (qsizetype i = v.lo; i <= v.hi; ++i)
            push(out, i);
    } else if (visible > 0) {
        // Two slots for the neighbours and two for first/last leave width - 2
        // columns of two points each: at most 2 * width in all.
        const int buckets = pixelWidth - 2;
        push(out, v.lo);
        // Columns are runs of points (x is sorted and bucketOf never decreases
        // with x): each run's end is found by binary search, a dozen bucketOf
        // calls per column instead of one division per point, and the run is
        // scanned for its extremes alone. A zoomed-out 1M-point series spends
        // its time here on every redraw.
        const QPointF *data = pts.data();
        qsizetype i = v.lo;
        while (i <= v.hi) {
            const int bucket = bucketOf(data[i].x(), v, buckets);
            const QPointF *runEnd = std::partition_point(data + i + 1, data + v.hi + 1, [&](const QPointF &p) {
                return bucketOf(p.x(), v, buckets) <= bucket;
            });
            const qsizetype end = runEnd - data;
            qsizetype minI = -1, maxI = -1;
            double minY = 0, maxY = 0;
            for (qsizetype j = i; j < end; ++j) {
                const double y = data[j].y();
                if (std::isnan(y))
                    continue;
                if (minI < 0 || y < minY) {
                    minI = j;
                    minY = y;
                }
                if (maxI < 0 || y > maxY) {
                    maxI = j;
                    maxY = y;
                }
            }
            if (minI >= 0) {
                push(out, std::min(minI, maxI));
                push(out, std::max(minI, maxI));
            }
            i = end;
        }
        push(out, v.hi);
    }
    if (right)
        push(out, v.hi + 1);
    return out;
}

QList<QPointF> decimateMinMax(std::span<const QPointF> points, double xMin, double xMax,
                              int pixelWidth)
{
    const QList<qsizetype> idx = decimateMinMaxIndices(points, xMin, xMax, pixelWidth);
    QList<QPointF> out;
    out.reserve(idx.size());
    for (qsizetype i : idx)
        out.append(points[size_t(i)]);
    return out;
}

QList<qsizetype> decimateLargestMagnitudeIndices(std::span<const QPointF> pts, double xMin,
                                                 double xMax, int columns)
{
    QList<qsizetype> out;
    if (pts.empty() || columns <= 0)
        return out;
    const Visible v = visibleRange(pts, xMin, xMax);
    if (v.hi - v.lo + 1 <= columns) {
        for (qsizetype i = v.lo; i <= v.hi; ++i)
            out.append(i);
        return out;
    }
    int bucket = -1;
    qsizetype best = -1;
    for (qsizetype i = v.lo; i <= v.hi; ++i) {
        const QPointF &p = pts[size_t(i)];
        const int b = bucketOf(p.x(), v, columns);
        if (b != bucket) {
            if (best >= 0)
                out.append(best);
            bucket = b;
            best = -1;
        }
        if (!std::isnan(p.y()) && (best < 0 || std::abs(p.y()) > std::abs(pts[size_t(best)].y())))
            best = i;
    }
    if (best >= 0)
        out.append(best);
    return out;
}

} // namespace stratos
