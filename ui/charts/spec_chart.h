#pragma once
// A QChart drawn from a ChartSpec: titles and source line inside the chart (so
// exports carry them), event markers, labels on notable points, legend toggles,
// and series that hold only a decimated copy of the visible range.

#include "charts/chart_builder.h"
#include "charts/chart_palette.h"
#include "charts/chart_spec.h"

#include <QChart>
#include <QSet>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

namespace stratos {

class EventMarkerItem;

class SpecChart : public QChart
{
    Q_OBJECT
public:
    SpecChart(charts::ChartSpec spec, const ChartColors &colors, const QString &attribution,
              QGraphicsItem *parent = nullptr);
    ~SpecChart() override;

    const charts::ChartSpec &spec() const { return m_spec; }
    const ChartColors &colors() const { return m_colors; }

    // Puts the visible range into the series, decimated for the plot's width
    // unless decimation is off (benchmarks compare both).
    void refill();
    void setDecimation(bool on)
    {
        m_decimate = on;
        m_rawFilled = false;
    }
    bool decimation() const { return m_decimate; }
    int plottedPointCount() const; // points the Qt series hold now
    int plotPixelWidth() const;

    // Numeric x range in data units (ms since epoch on a date axis).
    bool hasNumericX() const { return !m_spec.isCategorical(); }
    QPair<double, double> xRange() const;
    void setXRange(double min, double max);
    void zoomX(double factor, double centre);
    // Bar charts: show fewer (factor > 1) or more categories around `along` (0..1 of the axis).
    void zoomCategories(double factor, double along);
    void resetRange();
    bool isZoomedIn() const;

    void setSeriesHidden(const QString &key, bool hidden);
    bool isSeriesHidden(const QString &key) const { return m_hidden.contains(key); }
    QStringList hiddenSeries() const { return QStringList(m_hidden.begin(), m_hidden.end()); }

    // What is on screen as a spec: hidden series left out, x limited to the zoom.
    charts::ChartSpec visibleSpec() const;

    const QList<EventMarkerItem *> &markerItems() const { return m_markers; }
    void highlightMarker(const QString &key);
    // Where a value lands in chart coordinates (y in axis units: log10 on a log axis).
    QPointF toPixel(QPointF axisPoint) const;
    // What the pointer at this scene position points at (a dot, a line, a bar),
    // as the tooltip text; empty when it points at no data.
    QString hoverTextAt(QPointF scenePos) const;

signals:
    void markerClicked(const QString &key);
    void seriesToggled(const QString &key, bool hidden);
    void xRangeChanged();

private:
    void createDecorations(const QString &attribution);
    void computeHome();
    QPair<double, double> fitY(double xMin, double xMax) const;
    void setYRange(double min, double max);
    void updateTicks();
    void layoutDecorations();
    void updateOverlays();
    void connectLegend();
    void styleLegendMarker(const QString &key);
    QString pointTextAt(QPointF chartPos) const;
    QString barTextAt(QPointF chartPos) const;
    double toAxisY(double y) const;
    void fillBars(const PlotSeries &p, double xMin, double xMax, int pixels, int barIndex, int barCount);

    charts::ChartSpec m_spec;
    ChartColors m_colors;
    QList<PlotSeries> m_series;
    PlotAxes m_axes;
    bool m_logY = false;
    bool m_decimate = true;
    bool m_rawFilled = false; // without decimation the series hold every point once, whatever the range
    bool m_fitY = false; // time series: y follows the visible data when x zooms
    QPair<double, double> m_homeX{0, 1}, m_homeY{0, 1};
    double m_dataEndX = 0; // the last x of any series
    QSet<QString> m_hidden;
    QGraphicsSimpleTextItem *m_title = nullptr;
    QGraphicsTextItem *m_subtitle = nullptr;
    QGraphicsTextItem *m_footer = nullptr;
    QGraphicsSimpleTextItem *m_empty = nullptr;
    QGraphicsPathItem *m_zeroLine = nullptr; // bars start at zero: the baseline is drawn stronger
    QList<EventMarkerItem *> m_markers;
    QList<QGraphicsSimpleTextItem *> m_annotations; // parallel to m_spec.annotations
    QList<QGraphicsSimpleTextItem *> m_totals;      // bar charts: the value at the end of each bar
    bool m_inTicks = false;
    QString m_selectedMarker;
};

} // namespace stratos
