#pragma once
// The interactive surface of a chart: wheel zoom around the cursor, rubber-band
// zoom, double-click to reset, right-click for the context menu, hover text.

#include <QChartView>

namespace stratos {

class SpecChart;

class PlotView : public QChartView
{
    Q_OBJECT
public:
    explicit PlotView(QWidget *parent = nullptr);
    SpecChart *specChart() const;
    // Takes ownership of the new chart and deletes the previous one.
    void setSpecChart(SpecChart *chart);

signals:
    void contextMenuWanted(const QPoint &globalPos);
    void resetWanted();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool m_pressOnMarker = false;
};

} // namespace stratos
