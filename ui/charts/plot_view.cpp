#include "charts/plot_view.h"

#include "charts/event_marker_item.h"
#include "charts/spec_chart.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>
#include <utility>

namespace stratos {

PlotView::PlotView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setMouseTracking(true); // hover details need moves without a button held
    setMinimumSize(320, 240);
}

PlotView::~PlotView()
{
    qDeleteAll(m_retired);
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
    clearHover();
    // Qt Charts lets go of the old chart (it is out of the scene now) without deleting
    // it. Not now: this may run inside a signal of the old chart or of one of its items
    // (a marker or legend click that led to a new spec); once control is back in the
    // event loop, or with the view.
    if (old != next && old) {
        if (m_retired.isEmpty())
            QTimer::singleShot(0, this, [this] { qDeleteAll(std::exchange(m_retired, {})); });
        m_retired.append(old);
    }
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
    clearHover();
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

void PlotView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        updateHover(event->position().toPoint(), event->globalPosition().toPoint());
    else
        clearHover(); // dragging a zoom band
}

bool PlotView::viewportEvent(QEvent *event)
{
    // The scene answers a tooltip event with the tooltip of the item under the
    // pointer, and hides any other: the data point's text must survive it.
    if (event->type() == QEvent::ToolTip && !m_hoverText.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), m_hoverText, viewport());
        return true;
    }
    return QChartView::viewportEvent(event);
}

void PlotView::updateHover(QPoint pos, QPoint globalPos)
{
    SpecChart *c = specChart();
    // An event marker has its own tooltip.
    const bool onMarker = dynamic_cast<EventMarkerItem *>(itemAt(pos));
    const QString text = c && !onMarker ? c->hoverTextAt(mapToScene(pos)) : QString();
    if (text == m_hoverText)
        return;
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, viewport());
}

void PlotView::clearHover()
{
    if (m_hoverText.isEmpty())
        return;
    m_hoverText.clear();
    QToolTip::hideText();
}

} // namespace stratos
