#pragma once
// A chart widget: the plot with its zoom and hover, a small toolbar (reset
// zoom, export, copy), a context menu, and Ctrl+E for the export dialog.
// Range changes re-decimate the series after a short pause, not per event.

#include "charts/chart_export.h"
#include "charts/chart_spec.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QToolBar;
class QAction;

namespace stratos {

class PlotView;
class SpecChart;

class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    // Draws a new spec; series hidden before stay hidden, zoom resets.
    void setSpec(charts::ChartSpec spec);
    const charts::ChartSpec &spec() const { return m_spec; }
    SpecChart *chart() const;
    PlotView *plot() const { return m_plot; }
    // Zoom reset, copy and export; a ChartPanel moves it next to its tabs.
    QToolBar *toolbar() const { return m_toolbar; }

    void setSeriesHidden(const QString &key, bool hidden);
    QStringList hiddenSeries() const;
    // Shows every series hidden in the legend, on this chart and the next ones.
    void showAllSeries();
    void resetZoom();
    void highlightMarker(const QString &key);

    // What an export writes: the visible series over the visible range.
    charts::ChartSpec exportSpec() const;
    Status exportTo(const ExportRequest &request) const;
    // Exports and tells the user: a message box on failure, the status bar on success.
    bool exportAndReport(const ExportRequest &request);

    // Benchmarks compare the decimated chart with one fed every point.
    void setDecimation(bool on);
    // What the debounce timer runs: re-decimate for the current range and width.
    void refillNow();
    int debounceMs() const { return m_refill.interval(); }

public slots:
    void openExportDialog();
    void openExportDialogFor(stratos::ExportFormat format);
    void copyImage();

signals:
    void markerClicked(const QString &key);
    void seriesToggled(const QString &key, bool hidden);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void showContextMenu(const QPoint &globalPos);
    void showStatus(const QString &text);

    charts::ChartSpec m_spec;
    QStringList m_hidden;
    bool m_decimate = true;
    PlotView *m_plot;
    QToolBar *m_toolbar;
    QAction *m_resetAction;
    QAction *m_exportAction;
    QTimer m_refill;
};

} // namespace stratos
