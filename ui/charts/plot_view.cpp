#include "charts/plot_view.h"

#include "charts/event_marker_item.h"
#include "charts/spec_chart.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace stratos {

PlotView::PlotView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setMinimumSize(320, 240);
}

SpecChart *PlotView::specChart() const
{
    return static_cast<SpecChart *>(chart());
}

void PlotView::setSpecChart(SpecChart *next)
{
    QChart *old = chart();
    setChart(next);
    // setChart sized the chart before its margins knew the real width: size it again.
    next->resize(size());
    setSceneRect(next->geometry());
    // Qt Charts lets go of the old chart without deleting it.
    if (old != next)
        delete old;
    // Time series zoom along x only (y follows the data); the rest zoom in both directions.
    const charts::ChartSpec &spec = next->spec();
    const bool timeSeries = spec.x.kind == charts::AxisKind::Date &&
                            std::none_of(spec.series.begin(), spec.series.end(), [](const charts::Series &s) {
                                return s.kind == charts::SeriesKind::Scatter;
                            });
    // Bar charts zoom along their categories only.
    setRubberBand(spec.isCategorical() ? (spec.horizontal ? QChartView::VerticalRubberBand
                                                          : QChartView::HorizontalRubberBand)
                  : timeSeries ? QChartView::HorizontalRubberBand
                               : QChartView::RectangleRubberBand);
}

void PlotView::wheelEvent(QWheelEvent *event)
{
    SpecChart *c = specChart();
    const QRectF plot = c ? c->plotArea() : QRectF();
    const QPointF at = mapToScene(event->position().toPoint());
    if (!c || !plot.contains(at) || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const double factor = std::pow(1.2, event->angleDelta().y() / 120.0);
    if (!c->hasNumericX()) {
        const bool horizontal = c->spec().horizontal;
        const double along = horizontal ? (plot.bottom() - at.y()) / plot.height()
                                        : (at.x() - plot.left()) / plot.width();
        c->zoomCategories(factor, along);
        event->accept();
        return;
    }
    const auto [lo, hi] = c->xRange();
    const double centre = lo + (at.x() - plot.left()) / plot.width() * (hi - lo);
    // One notch (120) zooms by 20 %; trackpads send smaller steps.
    c->zoomX(factor, centre);
    event->accept();
}

void PlotView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        event->accept(); // the base class would zoom out on release
        return;
    }
    // QChartView starts a rubber band anywhere in the plot and never lets the
    // scene see the press; an event marker under the cursor must get it instead.
    m_pressOnMarker = event->button() == Qt::LeftButton &&
                      dynamic_cast<EventMarkerItem *>(itemAt(event->position().toPoint()));
    if (m_pressOnMarker) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    QChartView::mousePressEvent(event);
}

void PlotView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    if (m_pressOnMarker) {
        m_pressOnMarker = false;
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void PlotView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit resetWanted();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void PlotView::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuWanted(event->globalPos());
    event->accept();
}

void PlotView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace stratos
