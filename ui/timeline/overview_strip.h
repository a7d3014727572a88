#pragma once
// The strip under the timeline: every shown event of all time as a thin tick
// per lane, with the visible window as a rectangle that can be dragged. A
// click outside the window centres it there; the wheel zooms it.

#include <QImage>
#include <QWidget>

namespace stratos {

namespace timeline {
class TimelineModel;
}

class OverviewStrip : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewStrip(const timeline::TimelineModel &model, QWidget *parent = nullptr);

    // The model's events or filter changed: redraw the density picture.
    void modelChanged();
    void setWindow(double t0, double t1);
    double extentStart() const { return m_t0; }
    double extentEnd() const { return m_t1; }
    QRectF windowRect() const;
    QSize sizeHint() const override { return {600, 58}; }
    QSize minimumSizeHint() const override { return {200, 58}; }

signals:
    void windowRequested(double t0, double t1);
    void zoomRequested(double factor, double atTime);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRectF band() const;
    double toX(double t) const;
    double toTime(double x) const;
    void rebuild();

    const timeline::TimelineModel &m_model;
    double m_t0 = 0, m_t1 = 1; // extent of the data, padded
    double m_w0 = 0, m_w1 = 1; // the window
    QImage m_density;
    bool m_dirty = true;
    bool m_dragging = false;
    double m_grabOffset = 0; // time between the press and the window's start
};

} // namespace stratos
