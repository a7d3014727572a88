#include "pages/markets_page.h"

#include "chart_data.h"
#include "charts/chart_catalog.h"
#include "charts/chart_link.h"
#include "charts/chart_panel.h"
#include "charts/chart_view.h"
#include "pages/event_study_panel.h"
#include "repository.h"
#include "widgets/check_list_button.h"
#include "widgets/record_views.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace stratos {

MarketsPage::MarketsPage(QWidget *parent) : ChartPage(QStringLiteral("markets"), parent)
{
    m_securities = new CheckListButton(tr("Securities"));
    m_securities->setObjectName(QStringLiteral("securities"));
    m_from = new QDateEdit(QDate(2024, 10, 1));
    m_to = new QDateEdit(QDate(2025, 3, 31));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->addItems({tr("Custom range"), tr("DeepSeek shock (Dec 2024 – Feb 2025)"), tr("Last 3 months"),
                        tr("Last 12 months"), tr("Since ChatGPT (Nov 2022)"), tr("All data")});
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_securities);
    bar->addSpacing(12);
    addLabelled(bar, tr("From"), m_from);
    addLabelled(bar, tr("to"), m_to);
    bar->addWidget(m_preset);
    bar->addStretch(1);

    m_study = new EventStudyPanel;
    layOutPage(charts(), m_study, {540, 280}, bar);

    connect(m_from, &QDateEdit::dateChanged, this, &MarketsPage::scheduleReplot);
    connect(m_to, &QDateEdit::dateChanged, this, &MarketsPage::scheduleReplot);
    connect(m_securities, &CheckListButton::checkedChanged, this, &MarketsPage::scheduleReplot);
    connect(m_preset, &QComboBox::activated, this, &MarketsPage::applyPreset);
    connect(charts()->view(), &ChartView::markerClicked, this, [this](const QString &key) {
        m_study->selectEvent(key);
    });
    connect(m_study, &EventStudyPanel::eventChosen, this, [this](const QString &key) {
        charts()->view()->highlightMarker(key);
    });
}

void MarketsPage::reload(const Repository &repo)
{
    setRepository(&repo);
    QStringList keys, texts;
    for (const SecuritySummary &s : repo.securities()) {
        if (!s.hasPrices)
            continue;
        keys << s.security.symbol;
        texts << QStringLiteral("%1 — %2").arg(s.security.symbol, s.security.name);
        m_lastDays.insert(s.security.symbol, s.lastDay);
    }
    const QStringList chosen = m_securities->checked();
    m_securities->blockSignals(true);
    m_securities->setItems(keys, texts);
    m_securities->setChecked(chosen.isEmpty() ? charts::defaultSeries(repo, QStringLiteral("markets.rebased")) : chosen);
    m_securities->blockSignals(false);
    m_study->setRepository(&repo);
    replot();
}

void MarketsPage::setRange(QDate from, QDate to)
{
    m_from->blockSignals(true);
    m_to->blockSignals(true);
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->blockSignals(false);
    m_to->blockSignals(false);
    scheduleReplot();
}

// "Last 3 months" ends on the newest bar of the securities on the chart: an index
// that trades on after the stocks' data stop must not leave them an empty range.
QDate MarketsPage::presetEnd() const
{
    QDate end;
    for (const QString &symbol : m_securities->checked())
        end = std::max(end, m_lastDays.value(symbol));
    if (!end.isValid()) // nothing chosen yet: the newest price in the store
        for (const QDate &d : m_lastDays)
            end = std::max(end, d);
    return end.isValid() ? end : QDate::currentDate();
}

void MarketsPage::applyPreset(int index)
{
    const QDate end = presetEnd();
    switch (index) {
    case 1: setRange(QDate(2024, 12, 2), QDate(2025, 2, 28)); break;
    case 2: setRange(end.addMonths(-3), end); break;
    case 3: setRange(end.addYears(-1), end); break;
    case 4: setRange(QDate(2022, 11, 1), end); break;
    case 5: setRange(QDate(2019, 1, 1), end); break;
    default: break;
    }
}

ChartPage::ChartRequest MarketsPage::chartRequest(const QString &)
{
    ChartRequest request;
    request.options.from = m_from->date();
    request.options.to = m_to->date();
    request.options.series = m_securities->checked();
    m_study->setSecurities(request.options.series);
    if (request.options.series.isEmpty())
        request.instead = tr("Choose securities to compare");
    return request; // a range that starts after it ends is the chart's to refuse
}

void MarketsPage::chartShown(const charts::ChartSpec &spec)
{
    // The event below the chart belongs to the range shown (issue 12).
    QStringList marked;
    for (const charts::Marker &m : spec.markers)
        marked << m.key;
    m_study->followRange(m_from->date(), m_to->date(), marked);
    charts()->view()->highlightMarker(m_study->currentEvent());
}

void MarketsPage::applyLink(const ChartLink &link)
{
    if (!link.series.isEmpty())
        m_securities->setChecked(link.series);
    if (link.from.isValid() && link.to.isValid()) {
        setRange(link.from, link.to);
        m_preset->setCurrentIndex(0);
    }
    if (!link.event.isEmpty())
        m_study->selectEvent(link.event);
}

void MarketsPage::saveChoices(QSettings &s) const
{
    s.setValue(QStringLiteral("securities"), m_securities->checked());
    s.setValue(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    s.setValue(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    s.setValue(QStringLiteral("event"), m_study->currentEvent());
}

void MarketsPage::restoreChoices(QSettings &s)
{
    ChartLink link;
    link.series = s.value(QStringLiteral("securities")).toStringList();
    link.from = QDate::fromString(s.value(QStringLiteral("from")).toString(), Qt::ISODate);
    link.to = QDate::fromString(s.value(QStringLiteral("to")).toString(), Qt::ISODate);
    link.event = s.value(QStringLiteral("event")).toString();
    applyLink(link);
}

} // namespace stratos
