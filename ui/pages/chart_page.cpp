#include "pages/chart_page.h"

#include "charts/chart_catalog.h"
#include "charts/chart_link.h"
#include "charts/chart_panel.h"
#include "charts/chart_view.h"
#include "widgets/coalesce_timer.h"

#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace stratos {

ChartPage::ChartPage(const QString &pageId, QWidget *parent)
    : Page(parent), m_charts(new ChartPanel(charts::chartIdsOnPage(pageId)))
{
    coalesceCalls(m_replotTimer, 150, this, &ChartPage::replot);
    connect(m_charts, &ChartPanel::currentChartChanged, this, &ChartPage::replot);
}

void ChartPage::layOutPage(QWidget *charts, QWidget *below, const QList<int> &sizes, QLayout *bar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    if (bar)
        layout->addLayout(bar);
    m_split = new QSplitter(Qt::Vertical);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(charts);
    m_split->addWidget(below);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes(sizes);
    layout->addWidget(m_split, 1);
}

void ChartPage::showMessage(const QString &chart, const QString &message)
{
    m_message = message;
    charts::ChartSpec empty;
    empty.id = chart;
    empty.title = message;
    m_charts->view()->setSpec(empty);
}

void ChartPage::replot()
{
    m_replotTimer.stop();
    if (!m_repo)
        return;
    const QString chart = m_charts->currentChart();
    const ChartRequest request = chartRequest(chart);
    if (!request.instead.isEmpty()) {
        showMessage(chart, request.instead);
        return;
    }
    const Result<charts::ChartSpec> spec = charts::buildChart(*m_repo, chart, request.options);
    if (!spec) {
        showMessage(chart, tr("This chart cannot be drawn: %1").arg(spec.error().message));
        return;
    }
    m_message.clear();
    m_charts->view()->setSpec(spec.value());
    chartShown(spec.value());
}

bool ChartPage::showChart(const QString &text)
{
    const ChartLink link = ChartLink::parse(text);
    if (!charts::chartIdsOnPage(id()).contains(link.chartId))
        return false;
    applyLink(link);
    // Selecting another tab replots by itself.
    if (m_charts->currentChart() == link.chartId)
        replot();
    else
        m_charts->selectChart(link.chartId);
    return true;
}

void ChartPage::saveState(QSettings &s) const
{
    s.setValue(QStringLiteral("chart"), m_charts->currentChart());
    if (m_split)
        s.setValue(QStringLiteral("split"), m_split->saveState());
    saveChoices(s);
}

void ChartPage::restoreState(QSettings &s)
{
    if (m_split)
        m_split->restoreState(s.value(QStringLiteral("split")).toByteArray());
    restoreChoices(s);
    const QString chart = s.value(QStringLiteral("chart")).toString();
    if (chart == m_charts->currentChart() || !m_charts->selectChart(chart))
        replot();
}

} // namespace stratos
