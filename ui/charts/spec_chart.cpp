#include "charts/spec_chart.h"

#include "analytics/decimate.h"
#include "charts/chart_axes.h"
#include "charts/chart_subtitle.h"
#include "charts/event_marker_item.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QXYSeries>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace stratos {

using namespace charts;

SpecChart::SpecChart(ChartSpec spec, const ChartColors &colors, const QString &attribution,
                     QGraphicsItem *parent)
    : QChart(parent), m_spec(std::move(spec)), m_colors(colors)
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setBackgroundBrush(m_colors.background);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    m_logY = m_spec.y.kind == AxisKind::Log;
    m_fitY = m_spec.x.kind == AxisKind::Date &&
             std::none_of(m_spec.series.begin(), m_spec.series.end(),
                          [](const Series &s) { return s.kind == SeriesKind::Scatter; });
    buildPlot(this, m_spec, m_colors, m_series, m_axes);
    // Nothing to plot: the empty-state text alone, not a 0–1 axis ticked "31 Dec / 1 Jan".
    if (std::none_of(m_spec.series.begin(), m_spec.series.end(), [](const Series &s) { return s.size() > 0; }))
        for (QAbstractAxis *axis : axes())
            axis->setVisible(false);
    createDecorations(attribution);
    computeHome();
    connectLegend();
    if (m_axes.xTicks)
        connect(m_axes.xTicks, &QValueAxis::rangeChanged, this, [this] {
            if (m_inTicks)
                return;
            if (m_spec.x.kind == AxisKind::Date) { // the subtitle names the days on screen
                const auto [lo, hi] = xRange();
                m_subtitle->setPlainText(isZoomedIn() ? subtitleForRange(m_spec.subtitle, xToDay(lo), xToDay(hi))
                                                      : m_spec.subtitle);
                layoutDecorations();
            }
            updateTicks();
            updateOverlays();
            emit xRangeChanged();
        });
    if (m_axes.yTicks)
        connect(m_axes.yTicks, &QValueAxis::rangeChanged, this, [this] {
            if (!m_inTicks) {
                updateTicks();
                updateOverlays();
            }
        });
    connect(this, &QChart::plotAreaChanged, this, [this] {
        updateTicks();
        updateOverlays();
    });
    connect(this, &QGraphicsWidget::geometryChanged, this, &SpecChart::layoutDecorations);
    resetRange();
}

SpecChart::~SpecChart() = default;

double SpecChart::toAxisY(double y) const
{
    if (!m_logY)
        return y;
    return y > 0 ? std::log10(y) : std::numeric_limits<double>::quiet_NaN();
}

int SpecChart::plotPixelWidth() const
{
    const qreal w = plotArea().width();
    // Before the first layout the plot has no size: assume a typical one.
    return w >= 20 ? int(w) : 1000;
}

void SpecChart::computeHome()
{
    if (m_spec.isCategorical()) {
        QList<double> totals(m_spec.categories.size(), 0.0);
        double most = 0;
        for (const Series &s : m_spec.series)
            for (qsizetype i = 0; i < s.values.size() && i < totals.size(); ++i) {
                if (s.kind == SeriesKind::StackedBar)
                    totals[i] += std::max(0.0, s.values[i]);
                else
                    most = std::max(most, s.values[i]);
            }
        for (double t : totals)
            most = std::max(most, t);
        m_homeY = niceLinearRange(0, most > 0 ? most : 1, true);
        return;
    }
    double lo = INFINITY, hi = -INFINITY;
    for (const Series &s : m_spec.series)
        if (!s.points.isEmpty()) {
            lo = std::min(lo, s.points.first().x());
            hi = std::max(hi, s.points.last().x());
        }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    m_dataEndX = hi;
    const double span = hi - lo;
    const double pad = m_spec.x.kind == AxisKind::Date ? std::max(span * 0.015, 86400000.0)
                                                       : std::max(span * 0.03, 1e-9);
    m_homeX = {m_spec.x.min.value_or(lo - pad), m_spec.x.max.value_or(hi + pad)};
    m_homeY = fitY(m_homeX.first, m_homeX.second);
}

QPair<double, double> SpecChart::fitY(double xMin, double xMax) const
{
    double lo = INFINITY, hi = -INFINITY;
    bool bars = false;
    for (const Series &s : m_spec.series) {
        if (m_hidden.contains(s.key))
            continue;
        bars = bars || s.kind == SeriesKind::Bar;
        auto first = std::lower_bound(s.points.begin(), s.points.end(), xMin,
                                      [](const QPointF &p, double x) { return p.x() < x; });
        for (auto it = first; it != s.points.end() && it->x() <= xMax; ++it) {
            const double y = toAxisY(it->y());
            if (std::isfinite(y)) {
                lo = std::min(lo, y);
                hi = std::max(hi, y);
            }
        }
    }
    if (!std::isfinite(lo))
        return m_logY ? QPair<double, double>{0, 1} : QPair<double, double>{0, 1};
    QPair<double, double> r = m_logY ? niceLogRange(lo, hi)
                                     : niceLinearRange(lo, hi, bars || m_spec.y.min == 0.0);
    if (m_spec.y.min && (!m_logY || *m_spec.y.min > 0))
        r.first = toAxisY(*m_spec.y.min);
    if (m_spec.y.max && (!m_logY || *m_spec.y.max > 0))
        r.second = toAxisY(*m_spec.y.max);
    return r;
}

QPair<double, double> SpecChart::xRange() const
{
    if (!m_axes.xTicks)
        return {0, double(m_spec.categories.size())};
    return {m_axes.xTicks->min(), m_axes.xTicks->max()};
}

void SpecChart::setXRange(double min, double max)
{
    if (m_axes.xTicks && max > min)
        m_axes.xTicks->setRange(min, max);
}

void SpecChart::setYRange(double min, double max)
{
    if (m_axes.yTicks && max > min)
        m_axes.yTicks->setRange(min, max);
}

void SpecChart::zoomX(double factor, double centre)
{
    const auto [lo, hi] = xRange();
    if (!m_axes.xTicks || factor <= 0)
        return;
    // Keep the value under the cursor where it is.
    const double newLo = centre - (centre - lo) / factor;
    const double newHi = centre + (hi - centre) / factor;
    const double homeSpan = m_homeX.second - m_homeX.first;
    if (newHi - newLo < homeSpan * 1e-4 || newHi - newLo > homeSpan * 4)
        return;
    setXRange(newLo, newHi);
}

void SpecChart::zoomCategories(double factor, double along)
{
    if (!m_axes.categories || m_spec.categories.isEmpty() || factor <= 0)
        return;
    const QStringList &cats = m_spec.categories;
    const int lo = int(cats.indexOf(m_axes.categories->min()));
    const int hi = int(cats.indexOf(m_axes.categories->max()));
    if (lo < 0 || hi < lo)
        return;
    const int shown = hi - lo + 1;
    const int wanted = std::clamp(int(std::lround(shown / factor)), 3, int(cats.size()));
    if (wanted == shown)
        return;
    const double centre = lo + std::clamp(along, 0.0, 1.0) * shown;
    const int from = std::clamp(int(std::lround(centre - wanted * std::clamp(along, 0.0, 1.0))), 0,
                          int(cats.size()) - wanted);
    m_axes.categories->setRange(cats[from], cats[from + wanted - 1]);
}

void SpecChart::resetRange()
{
    if (m_axes.categories && !m_spec.categories.isEmpty())
        m_axes.categories->setRange(m_spec.categories.first(), m_spec.categories.last());
    setYRange(m_homeY.first, m_homeY.second);
    setXRange(m_homeX.first, m_homeX.second);
    updateTicks();
    refill();
}

bool SpecChart::isZoomedIn() const
{
    if (m_axes.categories)
        return !m_spec.categories.isEmpty() &&
               (m_axes.categories->min() != m_spec.categories.first() ||
                m_axes.categories->max() != m_spec.categories.last());
    if (!m_axes.xTicks)
        return false;
    const auto [lo, hi] = xRange();
    return lo > m_homeX.first + 1e-9 * std::abs(m_homeX.first) + 1e-9 ||
           hi < m_homeX.second - 1e-9 * std::abs(m_homeX.second) - 1e-9;
}

void SpecChart::updateTicks()
{
    if (m_inTicks)
        return;
    m_inTicks = true;
    const QRectF plot = plotArea();
    const int xPixels = plot.width() > 20 ? int(plot.width()) : 1000;
    const int yPixels = plot.height() > 20 ? int(plot.height()) : 500;
    if (m_axes.xTicks) {
        const double lo = m_axes.xTicks->min(), hi = m_axes.xTicks->max();
        const auto ticks = m_spec.x.kind == AxisKind::Date ? dateTicks(lo, hi, xPixels)
                           : m_spec.x.kind == AxisKind::Log ? logTicks(lo, hi, xPixels, m_spec.x.format)
                                                            : linearTicks(lo, hi, xPixels, m_spec.x.format);
        applyTicks(m_axes.xTicks, lo, hi, ticks);
    }
    if (m_axes.yTicks) {
        const double lo = m_axes.yTicks->min(), hi = m_axes.yTicks->max();
        const int pixels = m_spec.horizontal ? xPixels : yPixels;
        applyTicks(m_axes.yTicks, lo, hi,
                   m_logY ? logTicks(lo, hi, pixels, m_spec.y.format)
                          : linearTicks(lo, hi, pixels, m_spec.y.format));
    }
    m_inTicks = false;
}

void SpecChart::refill()
{
    if (m_spec.isCategorical())
        return;
    const auto [xMin, xMax] = xRange();
    const int pixels = plotPixelWidth();
    int barSlots = 0, slot = 0;
    for (const PlotSeries &p : m_series)
        barSlots += p.area && !m_hidden.contains(m_spec.series[p.specIndex].key) ? 1 : 0;
    const bool fill = m_decimate || !m_rawFilled;
    for (const PlotSeries &p : fill ? m_series : QList<PlotSeries>()) {
        const Series &s = m_spec.series[p.specIndex];
        if (m_hidden.contains(s.key) && m_decimate)
            continue; // filled when shown again (raw mode fills every series once)
        if (p.area) {
            fillBars(p, xMin, xMax, pixels, slot++, std::max(1, barSlots));
            continue;
        }
        QList<QPointF> pts;
        // A step doubles the points, so it gets half the columns: still <= 2 per pixel.
        const int columns = s.step ? std::max(1, pixels / 2) : pixels;
        auto add = [&](qsizetype i) {
            const QPointF q(s.points[i].x(), toAxisY(s.points[i].y()));
            if (s.step && !pts.isEmpty())
                pts.append({q.x(), pts.last().y()});
            pts.append(q);
        };
        if (m_decimate) {
            const QList<qsizetype> idx = decimateMinMaxIndices(s.points, xMin, xMax, columns);
            pts.reserve(idx.size() * (s.step ? 2 : 1));
            for (qsizetype i : idx)
                add(i);
        } else {
            pts.reserve(s.points.size() * (s.step ? 2 : 1));
            for (qsizetype i = 0; i < s.points.size(); ++i)
                add(i);
        }
        // A running total holds after its last change: carry it to the end of the data.
        if (s.step && !pts.isEmpty() && pts.last().x() < m_dataEndX)
            pts.append({m_dataEndX, pts.last().y()});
        p.xy->replace(pts);
    }
    m_rawFilled = !m_decimate;
    if (m_fitY) {
        const auto [lo, hi] = fitY(xMin, xMax);
        setYRange(lo, hi);
    }
    updateOverlays();
}

void SpecChart::fillBars(const PlotSeries &p, double xMin, double xMax, int pixels, int barIndex, int barCount)
{
    const Series &s = m_spec.series[p.specIndex];
    // Two pixels per bar at most: each bar is four corners, so the area holds <= 2 points per pixel.
    QList<qsizetype> idx;
    if (m_decimate) {
        idx = decimateLargestMagnitudeIndices(s.points, xMin, xMax, std::max(1, pixels / 2));
    } else {
        idx.resize(s.points.size());
        std::iota(idx.begin(), idx.end(), qsizetype(0));
    }
    // A bar is as wide as the gap to its nearest neighbour (a trading day, or a pixel column).
    double step = idx.size() > 1 ? INFINITY : (xMax - xMin) / std::max(1, pixels / 2);
    for (qsizetype k = 1; k < idx.size(); ++k)
        step = std::min(step, s.points[idx[k]].x() - s.points[idx[k - 1]].x());
    step = std::max(step, (xMax - xMin) / std::max(1, pixels)); // never thinner than a pixel
    // Side by side while bars are wide enough to tell apart; when they shrink to a
    // few pixels, full-width and overlapping (the later series on top) read better.
    const double pxPerUnit = pixels / std::max(xMax - xMin, 1e-9);
    double width = step * 0.8 / barCount;
    double offset = -step * 0.4 + width * barIndex;
    if (width * pxPerUnit < 3) {
        width = step;
        offset = -step / 2;
    }
    QList<QPointF> upper;
    upper.reserve(idx.size() * 4);
    for (qsizetype i : idx) {
        const QPointF q = s.points[i];
        const double l = q.x() + offset, r = l + width;
        upper << QPointF(l, 0) << QPointF(l, q.y()) << QPointF(r, q.y()) << QPointF(r, 0);
    }
    p.upper->replace(upper);
    const double a = upper.isEmpty() ? xMin : upper.first().x();
    const double b = upper.isEmpty() ? xMax : upper.last().x();
    p.lower->replace(QList<QPointF>{{a, 0}, {b, 0}});
}

int SpecChart::plottedPointCount() const
{
    int n = 0;
    for (const PlotSeries &p : m_series)
        n += p.xy ? int(p.xy->count()) : p.upper ? int(p.upper->count()) : p.set ? int(p.set->count()) : 0;
    return n;
}

void SpecChart::setSeriesHidden(const QString &key, bool hidden)
{
    if (hidden == m_hidden.contains(key))
        return;
    if (hidden)
        m_hidden.insert(key);
    else
        m_hidden.remove(key);
    for (const PlotSeries &p : m_series) {
        const Series &s = m_spec.series[p.specIndex];
        if (s.key != key)
            continue;
        if (p.set) {
            // A bar set cannot be hidden on its own; zero values draw nothing.
            for (qsizetype i = 0; i < s.values.size(); ++i)
                p.set->replace(int(i), hidden ? 0.0 : s.values[i]);
        } else {
            p.qtSeries()->setVisible(!hidden);
        }
    }
    styleLegendMarker(key);
    refill();
    updateOverlays();
    emit seriesToggled(key, hidden);
}

ChartSpec SpecChart::visibleSpec() const
{
    ChartSpec out = m_spec;
    out.selectedMarker = m_selectedMarker;
    out.series.clear();
    for (const Series &s : m_spec.series)
        if (!m_hidden.contains(s.key))
            out.series.append(s);
    QStringList keys;
    for (const Series &s : out.series)
        keys << s.key;
    out.annotations.removeIf([&keys](const Annotation &a) { return !keys.contains(a.seriesKey); });
    if (m_axes.categories && isZoomedIn()) {
        const qsizetype lo = m_spec.categories.indexOf(m_axes.categories->min());
        const qsizetype hi = m_spec.categories.indexOf(m_axes.categories->max());
        if (lo >= 0 && hi >= lo) {
            out.categories = m_spec.categories.mid(lo, hi - lo + 1);
            for (Series &s : out.series) {
                s.values = s.values.mid(lo, hi - lo + 1);
                s.labels = s.labels.mid(lo, hi - lo + 1);
                s.tooltips = s.tooltips.mid(lo, hi - lo + 1);
                s.sources = s.sources.mid(lo, hi - lo + 1);
            }
        }
    } else if (isZoomedIn()) {
        const auto [lo, hi] = xRange();
        out.x.min = lo;
        out.x.max = hi;
        if (m_spec.x.kind == AxisKind::Date)
            out.subtitle = subtitleForRange(m_spec.subtitle, xToDay(lo), xToDay(hi));
    }
    // A rectangle zoom on a scatter chose y too; time series fit y themselves.
    if (m_axes.yTicks && !m_fitY && !m_spec.isCategorical() &&
        (m_axes.yTicks->min() != m_homeY.first || m_axes.yTicks->max() != m_homeY.second)) {
        auto fromAxis = [this](double v) { return m_logY ? std::pow(10.0, v) : v; };
        out.y.min = fromAxis(m_axes.yTicks->min());
        out.y.max = fromAxis(m_axes.yTicks->max());
    }
    return out;
}

} // namespace stratos
