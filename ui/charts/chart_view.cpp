#include "charts/chart_view.h"

#include "about_text.h"
#include "charts/chart_palette.h"
#include "charts/export_dialog.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"
#include "widgets/coalesce_timer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QStatusTipEvent>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

namespace stratos {

ChartView::ChartView(QWidget *parent) : QWidget(parent), m_plot(new PlotView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolbar = new QToolBar;
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_resetAction = m_toolbar->addAction(tr("Reset zoom"), this, &ChartView::resetZoom);
    m_resetAction->setToolTip(tr("Drag across the chart or scroll to zoom; this (or a double-click) shows it all again"));
    m_toolbar->addAction(tr("Copy"), this, &ChartView::copyImage)->setToolTip(tr("Copy the chart as an image"));
    m_exportAction = m_toolbar->addAction(tr("Export…"), this, &ChartView::openExportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Each page has its own chart; only the one on screen answers Ctrl+E.
    m_exportAction->setShortcutContext(Qt::WindowShortcut);
    m_exportAction->setToolTip(tr("Export as PNG, SVG, PDF or CSV (Ctrl+E)"));
    layout->addWidget(m_toolbar);
    layout->addWidget(m_plot, 1);

    coalesceCalls(m_refill, 60, this, &ChartView::refillNow);
    connect(m_plot, &PlotView::contextMenuWanted, this, &ChartView::showContextMenu);
    connect(m_plot, &PlotView::resetWanted, this, &ChartView::resetZoom);
    setSpec({});
}

SpecChart *ChartView::chart() const
{
    return m_plot->specChart();
}

void ChartView::setSpec(charts::ChartSpec spec)
{
    m_spec = std::move(spec);
    rebuild();
}

void ChartView::rebuild()
{
    auto *c = new SpecChart(m_spec, chartColors(palette()), attributionLine());
    c->setDecimation(m_decimate);
    m_plot->setSpecChart(c);
    for (const QString &key : m_hidden)
        if (m_spec.findSeries(key))
            c->setSeriesHidden(key, true);
    connect(c, &SpecChart::xRangeChanged, this, [this] {
        m_resetAction->setEnabled(true);
        m_refill.start(); // coalesce a burst of wheel or drag steps into one re-decimation
    });
    connect(c, &SpecChart::markerClicked, this, &ChartView::markerClicked);
    connect(c, &SpecChart::seriesToggled, this, [this](const QString &key, bool hidden) {
        m_hidden.removeAll(key);
        if (hidden)
            m_hidden << key;
        emit seriesToggled(key, hidden);
    });
    c->resetRange();
}

void ChartView::refillNow()
{
    m_refill.stop();
    if (SpecChart *c = chart())
        c->refill();
}

void ChartView::setDecimation(bool on)
{
    m_decimate = on;
    if (SpecChart *c = chart()) {
        c->setDecimation(on);
        c->refill();
    }
}

void ChartView::setSeriesHidden(const QString &key, bool hidden)
{
    if (SpecChart *c = chart())
        c->setSeriesHidden(key, hidden);
}

QStringList ChartView::hiddenSeries() const
{
    return m_hidden;
}

void ChartView::showAllSeries()
{
    const QStringList keys = m_hidden;
    m_hidden.clear(); // also those the current chart does not have
    if (SpecChart *c = chart())
        for (const QString &key : keys)
            c->setSeriesHidden(key, false);
}

void ChartView::resetZoom()
{
    if (SpecChart *c = chart())
        c->resetRange();
}

void ChartView::highlightMarker(const QString &key)
{
    if (SpecChart *c = chart())
        c->highlightMarker(key);
}

charts::ChartSpec ChartView::exportSpec() const
{
    return chart() ? chart()->visibleSpec() : m_spec;
}

Status ChartView::exportTo(const ExportRequest &request) const
{
    return exportChart(exportSpec(), request);
}

bool ChartView::exportAndReport(const ExportRequest &request)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QToolTip::hideText();
    const Status s = exportTo(request);
    QApplication::restoreOverrideCursor();
    if (!s) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The chart was not exported.\n\n%1").arg(s.error().toString()));
        return false;
    }
    showStatus(tr("Exported %1").arg(request.path));
    return true;
}

void ChartView::openExportDialog()
{
    ExportDialog dialog(m_spec.id, std::nullopt, m_plot->size(), devicePixelRatioF(), this);
    if (dialog.exec() == QDialog::Accepted)
        exportAndReport(dialog.request());
}

void ChartView::openExportDialogFor(ExportFormat format)
{
    ExportDialog dialog(m_spec.id, format, m_plot->size(), devicePixelRatioF(), this);
    if (dialog.exec() == QDialog::Accepted)
        exportAndReport(dialog.request());
}

void ChartView::copyImage()
{
    const QImage img = renderChartImage(exportSpec(), m_plot->size().expandedTo(QSize(400, 300)),
                                        devicePixelRatioF());
    QApplication::clipboard()->setImage(img);
    showStatus(tr("Copied the chart to the clipboard"));
}

void ChartView::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Reset zoom"), this, &ChartView::resetZoom);
    menu.addSeparator();
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv})
        menu.addAction(tr("Export as %1…").arg(exportFormatName(f).toUpper()), this,
                       [this, f] { openExportDialogFor(f); });
    menu.addAction(tr("Copy image"), this, &ChartView::copyImage);
    if (!m_hidden.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Show all series"), this, &ChartView::showAllSeries);
    }
    menu.exec(globalPos);
}

void ChartView::showStatus(const QString &text)
{
    // QMainWindow shows status tips in its status bar; the chart need not know the window.
    QStatusTipEvent tip(text);
    QApplication::sendEvent(window(), &tip);
}

void ChartView::changeEvent(QEvent *event)
{
    // Light/dark switch: the chart's colours come from the palette.
    if (event->type() == QEvent::PaletteChange && chart() &&
        chartColors(palette()).background != chart()->colors().background)
        rebuild();
    QWidget::changeEvent(event);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_refill.start(); // a wider plot can show more points
}

} // namespace stratos
