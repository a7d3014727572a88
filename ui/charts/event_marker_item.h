#pragma once
// A timeline event drawn on a chart: a dashed vertical line with a handle at
// the top; hovering names the event, clicking it asks the page for details.

#include "charts/chart_spec.h"

#include <QColor>
#include <QGraphicsObject>

namespace stratos {

class EventMarkerItem : public QGraphicsObject
{
    Q_OBJECT
public:
    EventMarkerItem(charts::Marker marker, QColor color, QColor background, QColor text, QGraphicsItem *parent);

    const charts::Marker &marker() const { return m_marker; }
    // Chart coordinates of the line (the handle sits at its top) and of the plot's
    // right edge, which the title of a highlighted marker must not cross.
    void place(qreal x, qreal top, qreal bottom, qreal plotRight);
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    QPointF handleCenter() const { return {m_x, m_top + kHandle}; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override; // the line and handle only: the title box is not a target
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void clicked(const QString &key);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF labelRect() const;

    static constexpr qreal kHandle = 6;
    charts::Marker m_marker;
    QColor m_color, m_background, m_text;
    qreal m_x = 0, m_top = 0, m_bottom = 0, m_plotRight = 0;
    bool m_highlighted = false;
    bool m_hovered = false;
};

} // namespace stratos
