#include "charts/chart_panel.h"

#include "charts/chart_catalog.h"
#include "charts/chart_view.h"

#include <QHBoxLayout>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace stratos {

ChartPanel::ChartPanel(const QStringList &chartIds, QWidget *parent)
    : QWidget(parent), m_ids(chartIds), m_tabs(new QTabBar), m_controls(new QStackedWidget),
      m_view(new ChartView)
{
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    for (const QString &id : m_ids) {
        const charts::ChartInfo *info = charts::findChart(id);
        const int i = m_tabs->addTab(info ? info->tab : id);
        m_tabs->setTabData(i, id);
        m_tabs->setTabToolTip(i, info ? QStringLiteral("%1 (%2)").arg(info->title, id) : id);
    }
    m_controls->addWidget(new QWidget); // charts without options
    m_controls->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);
    top->addStretch(1);
    top->addWidget(m_controls);
    // One row for tabs, options and actions: the chart gets the height. The actions
    // never shrink behind "»" (Export must stay in reach); the tabs scroll instead.
    m_view->toolbar()->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    top->addWidget(m_view->toolbar());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int i) {
        const QString id = m_ids.value(i);
        m_controls->setCurrentWidget(m_controlFor.value(id, m_controls->widget(0)));
        emit currentChartChanged(id);
    });
}

QString ChartPanel::currentChart() const
{
    return m_ids.value(m_tabs->currentIndex());
}

bool ChartPanel::selectChart(const QString &id)
{
    const int i = int(m_ids.indexOf(id));
    if (i < 0)
        return false;
    m_tabs->setCurrentIndex(i);
    return true;
}

void ChartPanel::setControls(const QString &id, QWidget *controls)
{
    m_controls->addWidget(controls);
    m_controlFor.insert(id, controls);
    if (currentChart() == id)
        m_controls->setCurrentWidget(controls);
}

} // namespace stratos
