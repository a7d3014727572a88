// TimelineView: mouse, wheel, pinch, keyboard and tooltips.
#include "timeline/timeline_view.h"

#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace stratos {

using namespace timeline;

bool TimelineView::event(QEvent *event)
{
    // Tab steps through events instead of moving the focus away; past the last
    // event (or with Ctrl) it moves the focus on, so keyboard users are not trapped.
    if (event->type() == QEvent::KeyPress) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Tab || ke->key() == Qt::Key_Backtab) {
            const bool back = ke->key() == Qt::Key_Backtab || (ke->modifiers() & Qt::ShiftModifier);
            if (ke->modifiers() & Qt::ControlModifier)
                return focusNextPrevChild(!back);
            if (!(ke->modifiers() & Qt::AltModifier) &&
                m_model.step(m_selected, back ? -1 : 1) >= 0) {
                keyPressEvent(ke);
                return true;
            }
        }
    }
    return QGraphicsView::event(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Gesture: {
        auto *ge = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(ge->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF at = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
                zoomBy(pinch->scaleFactor(), at.x());
            }
            ge->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *ne = static_cast<QNativeGestureEvent *>(event);
        if (ne->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + ne->value(), ne->position().x());
            return true;
        }
        break;
    }
    case QEvent::ToolTip: {
        auto *he = static_cast<QHelpEvent *>(event);
        flushLayout();
        showToolTip(he->pos(), he->globalPos());
        return true;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineView::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const QLocale english(QLocale::English);
    const int item = itemAt(pos);
    if (item >= 0) {
        const TimelineEvent &e = m_model.event(item);
        QString summary = e.event.summary;
        if (summary.size() > 220)
            summary = summary.left(217) + QStringLiteral("…");
        QToolTip::showText(globalPos,
                           QStringLiteral("<b>%1</b><br><i>%2 · %3</i><br>%4")
                               .arg(e.event.title.toHtmlEscaped(),
                                    english.toString(e.event.day, QStringLiteral("d MMMM yyyy")),
                                    laneTitle(e.lane), summary.toHtmlEscaped()) +
                               // A hollow dot is an event whose label had no room: say so.
                               (m_frame.labelFor(item) ? QString()
                                                       : tr("<br><i>Hollow dot: no room for its label at this "
                                                            "zoom; zoom in or click it</i>")),
                           viewport());
        return;
    }
    const int badge = m_frame.badgeAt(pos);
    if (badge >= 0) {
        const QList<int> &items = m_frame.badges[badge].items;
        // Say what the mark is: a hollow dot or a "+N" stands for events whose labels have no room here.
        QStringList lines{items.size() == 1 ? tr("<b>Hollow dot:</b> an event with no room for its label at this zoom")
                                            : tr("<b>+%1:</b> events with no room for their labels at this zoom")
                                                  .arg(items.size())};
        for (int i : items.mid(0, 8))
            lines << QStringLiteral("%1 — %2").arg(
                english.toString(m_model.event(i).event.day, QStringLiteral("d MMM yyyy")),
                m_model.event(i).event.title.toHtmlEscaped());
        if (items.size() > 8)
            lines << tr("… and %1 more").arg(items.size() - 8);
        lines << (items.size() == 1 ? tr("<i>Click to select it</i>") : tr("<i>Click to zoom in on them</i>"));
        QToolTip::showText(globalPos, lines.join(QStringLiteral("<br>")), viewport());
        return;
    }
    QToolTip::hideText();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (std::abs(delta.x()) > std::abs(delta.y()) || (event->modifiers() & Qt::ShiftModifier)) {
        // Sideways scrolling (touchpads, Shift+wheel) pans.
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        panBy(d / 120.0 * m_scale.width() / 10);
    } else if (delta.y() != 0) {
        zoomBy(std::pow(kWheelStep, delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    flushLayout();
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_lastDragX = event->position().x();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed) {
        const double x = event->position().x();
        if (!m_dragging &&
            std::abs(x - m_pressPos.x()) + std::abs(event->position().y() - m_pressPos.y()) > 4) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(x - m_lastDragX);
            m_lastDragX = x;
        }
        event->accept();
        return;
    }
    flushLayout();
    const QPointF pos = event->position();
    const bool overSomething = itemAt(pos) >= 0 || m_frame.badgeAt(pos) >= 0;
    viewport()->setCursor(overSomething ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    flushLayout();
    const QPointF pos = event->position();
    const int item = itemAt(pos);
    if (item >= 0) {
        selectIndex(item, false);
    } else if (const int badge = m_frame.badgeAt(pos); badge >= 0) {
        expandBadge(badge);
    } else if (pos.x() > m_frame.plot.left()) {
        selectIndex(-1);
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    flushLayout();
    const int item = itemAt(event->position());
    if (item >= 0) {
        selectIndex(item, false);
        emit activated(item);
    }
    event->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    flushLayout();
    const int item = itemAt(event->pos());
    if (item >= 0)
        selectIndex(item, false);
    emit contextMenuRequested(item, event->globalPos());
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double centre = m_scale.x0() + m_scale.width() / 2;
    const double pan = m_scale.width() / 8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kWheelStep, centre);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / kWheelStep, centre);
        break;
    case Qt::Key_Left:
        panBy(event->modifiers() & Qt::ShiftModifier ? 4 * pan : pan);
        break;
    case Qt::Key_Right:
        panBy(event->modifiers() & Qt::ShiftModifier ? -4 * pan : -pan);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Tab:
        stepSelection(event->modifiers() & Qt::ShiftModifier ? -1 : 1);
        break;
    case Qt::Key_Backtab:
        stepSelection(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            emit activated(m_selected);
        break;
    case Qt::Key_Escape:
        selectIndex(-1);
        break;
    case Qt::Key_Delete:
        if (m_selected >= 0)
            emit deleteRequested(m_selected);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace stratos
