#include "timeline/timeline_view.h"
#include "widgets/coalesce_timer.h"

#include <QApplication>
#include <QGestureEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace stratos {

using namespace timeline;

// The scene's only item: paints whatever frame the view laid out last.
class TimelineCanvas : public QGraphicsItem
{
public:
    explicit TimelineCanvas(const TimelineView &view) : m_view(view) {}
    QRectF boundingRect() const override
    {
        return QRectF(QPointF(0, 0), QSizeF(m_view.frame().size));
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        paintFrame(*p, m_view.frame(), m_view.model(), m_view.timelineStyle());
    }
    void resize() { prepareGeometryChange(); }

private:
    const TimelineView &m_view;
};

TimelineView::TimelineView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setScene(new QGraphicsScene(this));
    m_canvas = new TimelineCanvas(*this);
    scene()->addItem(m_canvas);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setCacheMode(QGraphicsView::CacheNone);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Timeline"));
    coalesceCalls(m_layoutTimer, 0, this, &TimelineView::layoutNow);
    updateStyle();
    m_scale.setRange(dayToTime(QDate(2019, 1, 1)), dayToTime(QDate(2026, 12, 31)));
}

TimelineView::~TimelineView() = default;

void TimelineView::updateStyle()
{
    m_builder.setStyle(TimelineStyle::fromPalette(palette(), font()));
    scheduleLayout();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateStyle();
    QGraphicsView::changeEvent(event);
}

void TimelineView::setEvents(QList<TimelineEvent> events)
{
    const QString key = selectedKey();
    m_model.setEvents(std::move(events));
    m_builder.invalidate();
    if (!m_model.isEmpty())
        m_scale.setBounds(m_model.firstTime(), m_model.lastTime());
    m_selected = key.isEmpty() ? -1 : m_model.indexOfKey(key);
    if (m_selected >= 0 && !m_model.isShown(m_selected))
        m_selected = -1;
    scheduleLayout();
    emit selectionChanged(m_selected);
}

void TimelineView::setFilter(const TimelineFilter &filter)
{
    m_model.setFilter(filter);
    if (m_selected >= 0 && !m_model.isShown(m_selected)) {
        m_selected = -1;
        emit selectionChanged(-1);
    }
    scheduleLayout();
}

void TimelineView::scheduleLayout()
{
    m_dirty = true;
    if (!m_layoutTimer.isActive())
        m_layoutTimer.start();
}

void TimelineView::flushLayout()
{
    if (m_dirty)
        layoutNow();
}

void TimelineView::layoutNow()
{
    m_layoutTimer.stop();
    m_dirty = false;
    const QSize size = viewport()->size();
    m_canvas->resize(); // before the frame changes: the scene's index needs the old rect
    m_frame = m_builder.build(m_scale, size, m_selected);
    m_scale.setPixels(m_frame.plot.left(), m_frame.plot.width());
    ++m_layouts;
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    viewport()->update();
}

void TimelineView::rangeTouched()
{
    scheduleLayout();
    emit rangeChanged(m_scale.t0(), m_scale.t1());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Keep the visible times: the same range over more or fewer pixels.
    const QRectF plot = m_builder.plotRect(viewport()->size());
    m_scale.setPixels(plot.left(), plot.width());
    rangeTouched();
}

void TimelineView::setVisibleRange(double t0, double t1)
{
    m_scale.setRange(t0, t1);
    m_scale.clampToBounds();
    rangeTouched();
}

void TimelineView::setVisibleDays(QDate from, QDate to)
{
    setVisibleRange(dayToTime(from) - 0.5, dayToTime(to) + 0.5);
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    m_scale.zoom(factor, anchorX);
    rangeTouched();
}

void TimelineView::panBy(double dx)
{
    m_scale.pan(dx);
    rangeTouched();
}

void TimelineView::fitAll()
{
    double lo = 0, hi = 0;
    bool any = false;
    for (int i = 0; i < m_model.size(); ++i)
        if (m_model.isShown(i)) {
            lo = any ? std::min(lo, m_model.event(i).t) : m_model.event(i).t;
            hi = any ? std::max(hi, m_model.event(i).t) : m_model.event(i).t;
            any = true;
        }
    if (!any)
        return;
    // Room on the right for the last label.
    const double span = std::max(hi - lo, 30.0);
    setVisibleRange(lo - span * 0.02, hi + span * 0.12);
}

QString TimelineView::selectedKey() const
{
    return m_selected >= 0 && m_selected < m_model.size() ? m_model.event(m_selected).event.key
                                                          : QString();
}

void TimelineView::selectIndex(int index, bool revealIt)
{
    if (index >= m_model.size() || (index >= 0 && !m_model.isShown(index)))
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    if (index >= 0 && revealIt)
        reveal(index);
    scheduleLayout();
    emit selectionChanged(index);
}

bool TimelineView::selectKey(const QString &key, bool revealIt)
{
    const int i = m_model.indexOfKey(key);
    if (i < 0 || !m_model.isShown(i))
        return false;
    selectIndex(i, revealIt);
    return true;
}

void TimelineView::stepSelection(int step)
{
    const int next = m_model.step(m_selected, step);
    if (next >= 0)
        selectIndex(next);
}

void TimelineView::reveal(int index)
{
    const double t = m_model.event(index).t;
    const double margin = m_scale.span() * 0.1;
    if (t >= m_scale.t0() + margin && t <= m_scale.t1() - 2 * margin)
        return;
    const double span = m_scale.span();
    setVisibleRange(t - span * 0.4, t + span * 0.6);
}

void TimelineView::expandBadge(int badge)
{
    if (badge < 0 || badge >= m_frame.badges.size())
        return;
    const QList<int> items = m_frame.badges[badge].items;
    const double lo = m_model.event(items.first()).t, hi = m_model.event(items.last()).t;
    // Zoom until the events are at least a label apart, if zooming can do it.
    const double wanted = std::max(hi - lo, 1.0) * 1.6 + 2;
    if (items.size() == 1 || wanted < m_scale.span() * 0.6) {
        if (items.size() == 1) {
            selectIndex(items.first());
            return;
        }
        const double centre = (lo + hi) / 2;
        setVisibleRange(centre - wanted / 2, centre + wanted / 2);
        return;
    }
    // Already as close as they get: list them.
    QMenu menu(this);
    const QLocale english(QLocale::English);
    for (int i : items.mid(0, 40)) {
        const TimelineEvent &e = m_model.event(i);
        QAction *a = menu.addAction(QStringLiteral("%1  %2").arg(
            english.toString(e.event.day, QStringLiteral("d MMM yyyy")), e.event.title));
        connect(a, &QAction::triggered, this, [this, i] { selectIndex(i); });
    }
    const QRectF r = m_frame.badges[badge].rect;
    menu.exec(viewport()->mapToGlobal(r.bottomLeft().toPoint()));
}

int TimelineView::itemAt(QPointF pos) const
{
    const int label = m_frame.labelAt(pos);
    if (label >= 0)
        return m_frame.labels[label].item;
    const int badge = m_frame.badgeAt(pos);
    if (badge >= 0 && m_frame.badges[badge].items.size() == 1)
        return m_frame.badges[badge].items.first();
    return -1;
}

} // namespace stratos
