#include "pages/overview_page.h"

#include "analytics/headlines.h"
#include "models/column_table_model.h"
#include "repository.h"
#include "timeline/timeline_event.h"
#include "satellite_counts.h"
#include "widgets/stat_card.h"
#include "widgets/column_fit.h"

#include <QDate>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace stratos {
namespace {

QString pct(double v) { return QStringLiteral("%1%2 %").arg(v < 0 ? "−" : "+").arg(std::abs(v), 0, 'f', 2); }

} // namespace

OverviewPage::OverviewPage(QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *title = new QLabel(tr("The US–China race in AI and orbit, at a glance"));
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    layout->addLayout(m_grid);
    // Each card opens the chart behind its number (a ChartLink; the day-specific ones are set in reload).
    addCard("cost_ratio", tr("Training cost: DeepSeek-V3 vs GPT-4"), "models.training-cost", 0, 0);
    addCard("api_price", tr("API price: DeepSeek-R1 vs o1"), "models.api-price", 0, 1);
    addCard("models_by_country", tr("Models released, last 12 months"), "models.per-quarter", 0, 2);
    addCard("nvda_fall", tr("Nvidia's largest one-day fall"), "markets.daily-change?series=NVDA,^IXIC", 1, 0);
    addCard("deepseek_day", tr("27 Jan 2025: the DeepSeek sell-off"),
            "markets.rebased?series=NVDA,AVGO,TSM,ASML,^IXIC&from=2024-12-02&to=2025-02-28&event=deepseek-market-selloff",
            1, 1);
    addCard("constellations", tr("Satellites launched: Starlink vs Kuiper / Leo"), "space.constellations", 1, 2);

    auto *eventsLabel = new QLabel(tr("Latest events"));
    QFont ef = eventsLabel->font();
    ef.setBold(true);
    eventsLabel->setFont(ef);
    layout->addSpacing(8);
    layout->addWidget(eventsLabel);
    m_events = new ColumnTableModel({{tr("Day")}, {tr("Lane")}, {tr("Event")}, {tr("Summary")}}, this);
    m_eventsView = new QTableView;
    m_eventsView->setModel(m_events);
    m_eventsView->verticalHeader()->hide();
    ColumnFitter::install(m_eventsView, {2, 3}); // title and summary share the width
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventsView->setWordWrap(false);
    m_eventsView->setAlternatingRowColors(true);
    // Tab leaves the table (arrows move between rows), so it is no keyboard trap.
    m_eventsView->setTabKeyNavigation(false);
    m_eventsView->setObjectName(QStringLiteral("latestEvents"));
    connect(m_eventsView, &QTableView::doubleClicked, this,
            [this] { emit navigateTo(QStringLiteral("timeline")); });
    layout->addWidget(m_eventsView, 1);
}

StatCard *OverviewPage::addCard(const QString &key, const QString &heading, const QString &target,
                                int row, int col)
{
    auto *card = new StatCard(heading);
    card->setTarget(target);
    card->setMinimumHeight(150);
    card->setToolTip(tr("Open the chart behind this number"));
    connect(card, &StatCard::activated, this, &Page::openChart);
    m_grid->addWidget(card, row, col);
    m_cards.insert(key, card);
    return card;
}

void OverviewPage::reload(const Repository &repo)
{
    const QLocale loc;
    const QList<AiModel> models = repo.models();
    auto find = [&models](const QString &name) -> const AiModel * {
        for (const AiModel &m : models)
            if (m.name == name)
                return &m;
        return nullptr;
    };

    // Training cost ratio
    const AiModel *v3 = find(QStringLiteral("DeepSeek-V3"));
    const AiModel *gpt4 = find(QStringLiteral("GPT-4"));
    if (v3 && gpt4 && v3->trainingCostUsd && gpt4->trainingCostUsd && *v3->trainingCostUsd > 0) {
        const double ratio = *gpt4->trainingCostUsd / *v3->trainingCostUsd;
        m_cards["cost_ratio"]->setContent(
            tr("%1× cheaper").arg(ratio, 0, 'f', 1),
            tr("DeepSeek-V3 %1 vs GPT-4 %2 to train").arg(formatUsd(*v3->trainingCostUsd), formatUsd(*gpt4->trainingCostUsd)),
            tr("Source: %1 (%2)").arg(v3->sourceTitle, v3->costBasis == QLatin1String("reported") ? tr("reported") : tr("2023 USD estimates")));
    } else {
        m_cards["cost_ratio"]->setContent(QStringLiteral("—"), tr("No cost data for these models in the store"), {});
    }

    // API price ratio
    const AiModel *r1 = find(QStringLiteral("DeepSeek-R1"));
    const AiModel *o1 = find(QStringLiteral("o1"));
    if (r1 && o1 && r1->apiOutputUsdPerMTok && o1->apiOutputUsdPerMTok && *r1->apiOutputUsdPerMTok > 0) {
        m_cards["api_price"]->setContent(
            tr("%1× cheaper").arg(*o1->apiOutputUsdPerMTok / *r1->apiOutputUsdPerMTok, 0, 'f', 1),
            tr("Output tokens: R1 $%1 vs o1 $%2 per million").arg(*r1->apiOutputUsdPerMTok, 0, 'f', 2).arg(*o1->apiOutputUsdPerMTok, 0, 'f', 2),
            tr("Source: list prices at launch"));
    } else {
        m_cards["api_price"]->setContent(QStringLiteral("—"), tr("No API prices for these models"), {});
    }

    // Models by country in the 12 months up to the newest release in the store
    // (anchored on the data, not the clock, so an old dataset still says something).
    QDate newest;
    for (const AiModel &m : models)
        if (m.releasedOn.isValid() && (!newest.isValid() || m.releasedOn > newest))
            newest = m.releasedOn;
    const QDate since = newest.isValid() ? newest.addMonths(-12) : QDate::currentDate().addMonths(-12);
    QMap<QString, int> byCountry;
    int total = 0;
    for (const AiModel &m : models)
        if (m.releasedOn.isValid() && m.releasedOn > since) {
            byCountry[m.country.isEmpty() ? QStringLiteral("?") : m.country]++;
            ++total;
        }
    QList<QPair<int, QString>> ranked;
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](auto &a, auto &b) { return a.first > b.first; });
    QStringList parts;
    for (int i = 0; i < ranked.size() && i < 4; ++i)
        parts << QStringLiteral("%1 %2").arg(ranked[i].second).arg(ranked[i].first);
    m_cards["models_by_country"]->setContent(
        total ? parts.join(QStringLiteral(" · ")) : QStringLiteral("—"),
        tr("%n notable model(s) released in the 12 months to %1", nullptr, total)
            .arg(loc.toString(newest, QLocale::ShortFormat)),
        tr("Source: Epoch AI and lab announcements"));

    // Nvidia
    const QList<PriceBar> nvda = repo.priceBars(QStringLiteral("NVDA"));
    if (auto fall = largestDailyFall(nvda)) {
        // The chart behind the card: the weeks around that day.
        m_cards["nvda_fall"]->setTarget(QStringLiteral("markets.daily-change?series=NVDA,^IXIC&from=%1&to=%2")
                                            .arg(fall->day.addDays(-45).toString(Qt::ISODate),
                                                 fall->day.addDays(45).toString(Qt::ISODate)));
        m_cards["nvda_fall"]->setContent(
            pct(fall->changePct),
            tr("on %1 (close %2 → %3), since %4").arg(loc.toString(fall->day, QLocale::ShortFormat))
                .arg(fall->previousClose, 0, 'f', 2).arg(fall->close, 0, 'f', 2).arg(nvda.first().day.year()),
            tr("Source: daily closes, split-adjusted (Yahoo Finance via yfinance); prices to %1")
                .arg(loc.toString(nvda.last().day, QStringLiteral("d MMM yyyy"))));
    } else {
        m_cards["nvda_fall"]->setContent(QStringLiteral("—"), tr("No NVDA prices in the store"), {});
    }
    const QDate shock(2025, 1, 27);
    const auto nvdaDay = moveOn(nvda, shock);
    const auto ixicDay = moveOn(repo.priceBars(QStringLiteral("^IXIC")), shock);
    if (nvdaDay || ixicDay) {
        m_cards["deepseek_day"]->setContent(
            QStringLiteral("NVDA %1").arg(nvdaDay ? pct(nvdaDay->changePct) : QStringLiteral("n/a")),
            tr("Nasdaq Composite %1 the same day").arg(ixicDay ? pct(ixicDay->changePct) : QStringLiteral("n/a")),
            tr("Source: daily closes; index unadjusted"));
    } else {
        m_cards["deepseek_day"]->setContent(QStringLiteral("—"), tr("No prices for January 2025"), {});
    }

    // Constellations
    QMap<QString, int> sats;
    for (const ConstellationYear &cy : repo.constellationYears())
        sats[cy.constellation] += cy.satellites;
    QString inService; // from the payload catalogue, when one was imported
    if (const QDate asOf = latestCatalogueDay(repo.database()); asOf.isValid())
        if (auto counts = inServiceOn(repo.database(), asOf))
            for (const ConstellationInService &c : counts->rows)
                if (c.constellation == QLatin1String("Starlink"))
                    inService = tr("\nIn service on %1: Starlink %2 of %3 launched")
                                    .arg(asOf.toString(Qt::ISODate), loc.toString(c.operating), loc.toString(c.launched));
    m_cards["constellations"]->setContent(
        QStringLiteral("%1 vs %2").arg(loc.toString(sats.value("Starlink")), loc.toString(sats.value("Kuiper"))),
        tr("Guowang %1 · Qianfan %2 · OneWeb %3 (successful launches since 2019)")
                .arg(loc.toString(sats.value("Guowang")), loc.toString(sats.value("Qianfan")), loc.toString(sats.value("OneWeb"))) +
            inService,
        (inService.isEmpty() ? tr("Source: GCAT launch log, J. McDowell (CC BY 4.0)")
                             : tr("Source: GCAT launch log and payload catalogue, J. McDowell (CC BY 4.0)")) +
            tr("; launches to %1")
                .arg(loc.toString(QDate::fromString(repo.launches(1).value(0).launchedAt.left(10), Qt::ISODate),
                                  QStringLiteral("d MMM yyyy"))));

    // Latest events
    QList<Event> events = repo.events();
    std::reverse(events.begin(), events.end());
    QList<QVariantList> rows;
    QList<QString> tips;
    for (int i = 0; i < events.size() && i < 40; ++i) {
        const Event &e = events[i];
        bool known = false;
        const timeline::Lane lane = timeline::laneFromKey(e.lane, &known);
        rows.append({e.day.toString(Qt::ISODate), known ? timeline::laneTitle(lane) : e.lane, e.title, e.summary});
        tips.append(QStringLiteral("%1\n%2").arg(e.summary, e.url));
    }
    m_events->setRows(rows, tips);
}

} // namespace stratos
