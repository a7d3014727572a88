#pragma once
// The interactive timeline: a QGraphicsView whose one canvas item paints the
// current frame. Wheel/pinch/+/- zoom around the cursor, drag and arrows pan,
// Home fits all, Tab/Shift+Tab step through events in time order. Changes
// only mark the frame dirty; one zero-delay timer lays out and repaints.

#include "timeline/timeline_frame.h"
#include "timeline/timeline_model.h"

#include <QGraphicsView>
#include <QTimer>

namespace stratos {

class TimelineCanvas;

class TimelineView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr double kWheelStep = 1.25; // zoom factor of one wheel notch

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setEvents(QList<timeline::TimelineEvent> events);
    void setFilter(const timeline::TimelineFilter &filter);
    const timeline::TimelineModel &model() const { return m_model; }

    // Visible times (days, see timeline_event.h).
    double visibleStart() const { return m_scale.t0(); }
    double visibleEnd() const { return m_scale.t1(); }
    const timeline::TimeScale &scale() const { return m_scale; }
    void setVisibleRange(double t0, double t1);
    void setVisibleDays(QDate from, QDate to);
    void zoomBy(double factor, double anchorX);
    void panBy(double dx);
    void fitAll();
    double timeAt(double x) const { return m_scale.toTime(x); }

    int selectedIndex() const { return m_selected; }
    QString selectedKey() const;
    void selectIndex(int index, bool reveal = true);
    bool selectKey(const QString &key, bool reveal = true);
    void stepSelection(int step); // Tab order
    // Pans (keeping the zoom) so the event is well inside the view.
    void reveal(int index);
    // Expands a badge: zooms to its events, or lists them when they share a day.
    void expandBadge(int badge);

    // Lays out now if anything changed (tests and exports call it).
    void flushLayout();
    const TimelineFrame &frame() const { return m_frame; }
    const TimelineStyle &timelineStyle() const { return m_builder.style(); }
    int layoutCount() const { return m_layouts; }

signals:
    void selectionChanged(int index); // -1: nothing selected
    void activated(int index);        // double-click or Enter
    void rangeChanged(double t0, double t1);
    void deleteRequested(int index);
    void contextMenuRequested(int index, const QPoint &globalPos);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleLayout();
    void layoutNow();
    void rangeTouched();
    int itemAt(QPointF pos) const; // an event under a label or a lone dot
    void showToolTip(const QPoint &pos, const QPoint &globalPos);
    void updateStyle();

    timeline::TimelineModel m_model;
    FrameBuilder m_builder{m_model};
    timeline::TimeScale m_scale;
    TimelineFrame m_frame;
    TimelineCanvas *m_canvas;
    QTimer m_layoutTimer;
    bool m_dirty = true;
    int m_layouts = 0;
    int m_selected = -1;
    QPointF m_pressPos;
    double m_lastDragX = 0;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace stratos
