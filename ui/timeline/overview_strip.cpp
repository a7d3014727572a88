#include "timeline/overview_strip.h"

#include "charts/chart_palette.h"
#include "timeline/time_ticks.h"
#include "timeline/timeline_model.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace stratos {

using namespace timeline;

OverviewStrip::OverviewStrip(const TimelineModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("timelineOverview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(58);
    setCursor(Qt::PointingHandCursor);
    setToolTip(
        tr("All events. Drag the window to move the timeline; click to jump; wheel to zoom."));
}

QRectF OverviewStrip::band() const
{
    return QRectF(126, 4, std::max(10, width() - 126 - 14), height() - 22);
}

double OverviewStrip::toX(double t) const
{
    const QRectF b = band();
    return b.left() + (t - m_t0) / (m_t1 - m_t0) * b.width();
}

double OverviewStrip::toTime(double x) const
{
    const QRectF b = band();
    return m_t0 + (x - b.left()) / b.width() * (m_t1 - m_t0);
}

QRectF OverviewStrip::windowRect() const
{
    const QRectF b = band();
    const double x0 = std::clamp(toX(m_w0), b.left(), b.right());
    const double x1 = std::clamp(toX(m_w1), b.left(), b.right());
    return QRectF(x0, b.top() - 2, std::max(4.0, x1 - x0), b.height() + 4);
}

void OverviewStrip::modelChanged()
{
    m_dirty = true;
    update();
}

void OverviewStrip::setWindow(double t0, double t1)
{
    m_w0 = t0;
    m_w1 = t1;
    update();
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_dirty = true;
}

void OverviewStrip::rebuild()
{
    m_dirty = false;
    if (m_model.isEmpty()) {
        m_t0 = 0;
        m_t1 = 1;
        m_density = QImage();
        return;
    }
    const double span = std::max(m_model.lastTime() - m_model.firstTime(), 60.0);
    m_t0 = m_model.firstTime() - span * 0.02;
    m_t1 = m_model.lastTime() + span * 0.02;
    const QRectF b = band();
    const int w = int(b.width()), h = int(b.height());
    m_density = QImage(std::max(1, w), std::max(1, h), QImage::Format_ARGB32_Premultiplied);
    m_density.fill(Qt::transparent);
    const QList<Lane> lanes = allLanes();
    const double rowH = double(h) / lanes.size();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPainter p(&m_density);
    for (qsizetype li = 0; li < lanes.size(); ++li) {
        const std::vector<int> bins = m_model.density(lanes[li], m_t0, m_t1, w);
        int peak = 1;
        for (int n : bins)
            peak = std::max(peak, n);
        QColor c = laneColor(laneKey(lanes[li]), dark);
        for (int x = 0; x < w; ++x) {
            if (bins[std::size_t(x)] == 0)
                continue;
            // One event is always visible; dense stretches get darker, not taller.
            c.setAlphaF(0.45 + 0.55 * std::sqrt(double(bins[std::size_t(x)]) / peak));
            p.fillRect(QRectF(x, li * rowH + 1, 1, std::max(1.0, rowH - 2)), c);
        }
    }
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    if (m_dirty)
        rebuild();
    QPainter p(this);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    p.fillRect(rect(), dark ? QColor("#202632") : QColor("#f3f5f9"));
    const QRectF b = band();
    p.setPen(palette().color(QPalette::PlaceholderText));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.drawText(QRectF(12, b.top(), 110, b.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Overview"));
    if (!m_density.isNull())
        p.drawImage(b.topLeft(), m_density);
    // Year ticks along the bottom.
    const AxisTicks ticks = axisTicks(m_t0, m_t1, b.width(), 44);
    for (const Tick &t : ticks.minor) {
        const double x = toX(t.t);
        p.drawLine(QPointF(x, b.bottom()), QPointF(x, b.bottom() + 3));
        p.drawText(QPointF(x + 2, height() - 3), t.label);
    }
    // The visible window: the rest is veiled so the window stands out.
    const QRectF w = windowRect();
    QColor veil = dark ? QColor(0, 0, 0, 90) : QColor(255, 255, 255, 150);
    p.fillRect(QRectF(b.left(), b.top(), w.left() - b.left(), b.height()), veil);
    p.fillRect(QRectF(w.right(), b.top(), b.right() - w.right(), b.height()), veil);
    QColor accent("#2f6fde");
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(accent, 1.5));
    QColor fill = accent;
    fill.setAlpha(28);
    p.setBrush(fill);
    p.drawRoundedRect(w, 3, 3);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const double x = event->position().x();
    const double span = m_w1 - m_w0;
    if (!windowRect().adjusted(-3, 0, 3, 0).contains(event->position())) {
        // Jump: centre the window on the click, then let the drag continue from there.
        const double t = toTime(x);
        m_w0 = t - span / 2;
        m_w1 = t + span / 2;
        emit windowRequested(m_w0, m_w1);
    }
    m_dragging = true;
    m_grabOffset = toTime(x) - m_w0;
    update();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const double span = m_w1 - m_w0;
    const double start = toTime(event->position().x()) - m_grabOffset;
    emit windowRequested(start, start + span);
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
}

void OverviewStrip::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        emit zoomRequested(std::pow(1.25, steps), toTime(event->position().x()));
    event->accept();
}

} // namespace stratos
