#pragma once
// The interactive surface of a chart: wheel zoom around the cursor, rubber-band
// zoom, double-click to reset, right-click for the context menu, and the data
// point under the pointer as a tooltip.

#include <QChartView>

namespace stratos {

class SpecChart;

class PlotView : public QChartView
{
    Q_OBJECT
public:
    explicit PlotView(QWidget *parent = nullptr);
    ~PlotView() override;
    SpecChart *specChart() const;
    // Takes ownership of the new chart; the previous one is deleted soon after.
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
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // Shows (or hides) the data point under the pointer as a tooltip.
    void updateHover(QPoint pos, QPoint globalPos);
    void clearHover();

    bool m_pressOnMarker = false;
    QString m_hoverText; // what the tooltip shows for the point under the pointer
    QList<QChart *> m_retired; // replaced charts, deleted once the event loop runs
};

} // namespace stratos
