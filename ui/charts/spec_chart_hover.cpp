// SpecChart's hover text: what the pointer points at, found from the plot's
// geometry rather than from Qt Charts' per-item hover signals, which fire only
// on entering a 2-pixel line and whose tooltips the scene hid again on the next
// help event (issue 12).
#include "charts/spec_chart.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QLineF>
#include <algorithm>
#include <cmath>

namespace stratos {

using namespace charts;

namespace {

constexpr qreal kLineReach = 8;    // pixels either side of a line still count as on it
constexpr qreal kScatterReach = 8; // a dot is 10 px wide: its radius and a little more

QString pointText(const ChartSpec &spec, const Series &s, qsizetype i)
{
    const QString tip = s.tooltips.value(i);
    if (!tip.isEmpty())
        return tip;
    const QPointF p = s.points.value(i);
    const QString x = spec.x.kind == AxisKind::Date ? xToDay(p.x()).toString(Qt::ISODate)
                                                    : formatValue(p.x(), spec.x.format);
    return QStringLiteral("%1 · %2\n%3").arg(s.name, x, formatValue(p.y(), spec.y.format));
}

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const qreal len2 = QPointF::dotProduct(d, d);
    const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * d).length();
}

} // namespace

QString SpecChart::hoverTextAt(QPointF scenePos) const
{
    const QPointF pos = mapFromScene(scenePos);
    if (!plotArea().contains(pos))
        return {};
    return m_spec.isCategorical() ? barTextAt(pos) : pointTextAt(pos);
}

QString SpecChart::pointTextAt(QPointF pos) const
{
    if (!m_axes.xTicks || !m_axes.yTicks)
        return {};
    const QRectF plot = plotArea();
    const double x0 = m_axes.xTicks->min(), x1 = m_axes.xTicks->max();
    const double xAt = x0 + (pos.x() - plot.left()) / plot.width() * (x1 - x0);
    const double xPerPixel = (x1 - x0) / plot.width();
    const double y0 = m_axes.yTicks->min(), y1 = m_axes.yTicks->max();
    const double zeroPx = plot.bottom() - (0 - y0) / (y1 - y0) * plot.height();
    QString best;
    qreal bestDistance = INFINITY;
    for (const PlotSeries &p : m_series) {
        const Series &s = m_spec.series[p.specIndex];
        if (m_hidden.contains(s.key) || s.points.isEmpty())
            continue;
        auto pixel = [&](qsizetype i) { return toPixel({s.points[i].x(), toAxisY(s.points[i].y())}); };
        // Candidates: the points within a few pixels of the pointer's x (sorted by x).
        const double reach = (s.kind == SeriesKind::Scatter ? kScatterReach : kLineReach) * xPerPixel;
        auto it = std::lower_bound(s.points.begin(), s.points.end(), xAt - reach,
                                   [](const QPointF &a, double x) { return a.x() < x; });
        qsizetype first = it - s.points.begin();
        if (s.kind == SeriesKind::Scatter) {
            for (qsizetype i = first; i < s.points.size() && s.points[i].x() <= xAt + reach; ++i) {
                const qreal d = QLineF(pixel(i), pos).length();
                if (std::isfinite(d) && d <= kScatterReach && d < bestDistance) {
                    bestDistance = d;
                    best = pointText(m_spec, s, i);
                }
            }
            continue;
        }
        // Lines and bars: the point nearest in x, then how far the pointer is from what is drawn there.
        const auto near = std::lower_bound(s.points.begin(), s.points.end(), xAt,
                                           [](const QPointF &a, double x) { return a.x() < x; });
        qsizetype i = std::clamp<qsizetype>(near - s.points.begin(), 0, s.points.size() - 1);
        if (i > 0 && std::abs(s.points[i - 1].x() - xAt) < std::abs(s.points[i].x() - xAt))
            --i;
        const QPointF at = pixel(i);
        qreal d = INFINITY;
        if (s.kind == SeriesKind::Bar) {
            // A bar covers its day (at least a few pixels) from zero to its value.
            const qreal top = std::min<qreal>(at.y(), zeroPx), bottom = std::max<qreal>(at.y(), zeroPx);
            if (std::abs(at.x() - pos.x()) <= 4 && pos.y() >= top - 3 && pos.y() <= bottom + 3)
                d = std::abs(at.x() - pos.x());
        } else {
            d = QLineF(at, pos).length();
            for (qsizetype j : {i - 1, i + 1})
                if (j >= 0 && j < s.points.size()) {
                    // A step holds its value until the next point: the drawn segment is flat first.
                    const QPointF b = pixel(j);
                    const QPointF corner = s.step ? (j > i ? QPointF(b.x(), at.y()) : QPointF(at.x(), b.y())) : b;
                    d = std::min(d, distanceToSegment(pos, at, corner));
                }
            if (d > kLineReach)
                d = INFINITY;
        }
        if (std::isfinite(d) && d < bestDistance) {
            bestDistance = d;
            best = pointText(m_spec, s, i);
        }
    }
    return best;
}

QString SpecChart::barTextAt(QPointF pos) const
{
    if (!m_axes.categories || !m_axes.yTicks || m_spec.categories.isEmpty())
        return {};
    const QRectF plot = plotArea();
    const int lo = int(m_spec.categories.indexOf(m_axes.categories->min()));
    const int hi = int(m_spec.categories.indexOf(m_axes.categories->max()));
    if (lo < 0 || hi < lo)
        return {};
    // Along the category axis (up the left side for horizontal bars, first at the bottom).
    const qreal along = m_spec.horizontal ? plot.bottom() - pos.y() : pos.x() - plot.left();
    const qreal length = m_spec.horizontal ? plot.height() : plot.width();
    const qreal band = length / (hi - lo + 1);
    const int category = lo + int(along / band);
    const qreal inBand = along / band - (category - lo) - 0.5; // -0.5 .. 0.5 across the band
    const double v0 = m_axes.yTicks->min(), v1 = m_axes.yTicks->max();
    const double value = m_spec.horizontal ? v0 + (pos.x() - plot.left()) / plot.width() * (v1 - v0)
                                           : v0 + (plot.bottom() - pos.y()) / plot.height() * (v1 - v0);
    constexpr double kBarWidth = 0.72; // as chart_builder sets it
    if (category > hi || std::abs(inBand) > kBarWidth / 2)
        return {};
    // A hidden series keeps its (emptied) slot among the bars: count it, never hit it.
    QList<int> grouped, stacked;
    for (const PlotSeries &p : m_series)
        (m_spec.series[p.specIndex].kind == SeriesKind::StackedBar ? stacked : grouped).append(p.specIndex);
    int hit = -1;
    if (!grouped.isEmpty()) { // side by side, in order, sharing the bar width
        const int slot = std::clamp(int((inBand + kBarWidth / 2) / kBarWidth * grouped.size()), 0, int(grouped.size()) - 1);
        const Series &s = m_spec.series[grouped[slot]];
        const double v = s.values.value(category);
        if (!m_hidden.contains(s.key) && value >= std::min(0.0, v) && value <= std::max(0.0, v))
            hit = grouped[slot];
    } else {
        double base = 0;
        for (int si : stacked) {
            if (m_hidden.contains(m_spec.series[si].key))
                continue;
            const double v = std::max(0.0, m_spec.series[si].values.value(category));
            if (v > 0 && value >= base && value <= base + v)
                hit = si;
            base += v;
        }
    }
    if (hit < 0)
        return {};
    const Series &s = m_spec.series[hit];
    const QString tip = s.tooltips.value(category);
    return !tip.isEmpty() ? tip
                          : QStringLiteral("%1 · %2\n%3").arg(s.name, m_spec.categories.value(category),
                                                             formatValue(s.values.value(category), m_spec.y.format));
}

} // namespace stratos
