#include "charts/event_marker_item.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QCursor>

namespace stratos {

EventMarkerItem::EventMarkerItem(charts::Marker marker, QColor color, QColor background, QColor text,
                                 QGraphicsItem *parent)
    : QGraphicsObject(parent), m_marker(std::move(marker)), m_color(color), m_background(background),
      m_text(text)
{
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setToolTip(QStringLiteral("%1\n%2").arg(m_marker.label, charts::xToDay(m_marker.x).toString(Qt::ISODate)));
    setZValue(20); // above the series
}

void EventMarkerItem::place(qreal x, qreal top, qreal bottom, qreal plotRight)
{
    prepareGeometryChange();
    m_x = x;
    m_top = top;
    m_bottom = bottom;
    m_plotRight = plotRight;
}

QRectF EventMarkerItem::labelRect() const
{
    const QFontMetricsF fm{QFont()};
    const QSizeF size(fm.horizontalAdvance(m_marker.label) + 12, fm.height() + 6);
    // Right of the line, unless that runs out of the plot.
    const qreal left = m_x + kHandle + 4 + size.width() <= m_plotRight ? m_x + kHandle + 4
                                                                        : m_x - kHandle - 4 - size.width();
    return QRectF(QPointF(left, m_top + 2), size);
}

void EventMarkerItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    // The title box belongs to the bounding rect only while highlighted. The scene's
    // index must hear of the change first: a rect that shrinks unannounced leaves the
    // item in index cells it no longer covers, so the old title is never repainted
    // away and, once the chart is deleted, the view paints a dangling item (issue 12).
    prepareGeometryChange();
    m_highlighted = on;
    setZValue(on ? 21 : 20);
    update();
}

QRectF EventMarkerItem::boundingRect() const
{
    // Wider than the drawing so the line is easy to hit with a mouse.
    const QRectF line(m_x - kHandle - 2, m_top, 2 * (kHandle + 2), std::max<qreal>(0, m_bottom - m_top));
    return m_highlighted ? line.united(labelRect()) : line;
}

QPainterPath EventMarkerItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(m_x - kHandle - 2, m_top, 2 * (kHandle + 2), std::max<qreal>(0, m_bottom - m_top)));
    return path;
}

void EventMarkerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const bool strong = m_highlighted || m_hovered;
    QColor line = m_color;
    line.setAlpha(strong ? 230 : 130);
    QPen pen(line, strong ? 1.6 : 1.0, Qt::DashLine);
    pen.setCosmetic(true);
    p->setPen(pen);
    p->drawLine(QPointF(m_x, m_top + 2 * kHandle), QPointF(m_x, m_bottom));
    QPainterPath diamond;
    const QPointF c = handleCenter();
    const qreal r = strong ? kHandle : kHandle - 1;
    diamond.moveTo(c.x(), c.y() - r);
    diamond.lineTo(c.x() + r, c.y());
    diamond.lineTo(c.x(), c.y() + r);
    diamond.lineTo(c.x() - r, c.y());
    diamond.closeSubpath();
    p->setPen(QPen(m_background, 1));
    p->setBrush(m_color);
    p->drawPath(diamond);
    if (m_highlighted) {
        const QRectF box = labelRect();
        QColor fill = m_background;
        fill.setAlpha(235);
        p->setPen(QPen(m_color, 1));
        p->setBrush(fill);
        p->drawRoundedRect(box, 3, 3);
        p->setPen(m_text);
        p->drawText(box, Qt::AlignCenter, m_marker.label);
    }
}

void EventMarkerItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept(); // keep the press from starting a rubber band under the marker
}

void EventMarkerItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (shape().contains(event->pos()))
        emit clicked(m_marker.key);
}

void EventMarkerItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void EventMarkerItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace stratos
