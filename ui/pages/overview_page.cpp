#include "pages/overview_page.h"

#include "analytics/headlines.h"
#include "headlines.h"
#include "models/column_table_model.h"
#include "price_closes.h"
#include "repository.h"
#include "timeline/timeline_event.h"
#include "satellite_counts.h"
#include "widgets/stat_card.h"
#include "widgets/column_fit.h"
#include "widgets/record_views.h"

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

// The two models a headline card sets against each other, with the figure
// it compares: found only when both have it and the first's is above zero.
struct ModelPair
{
    const AiModel *low;
    const AiModel *high;
    double lowValue;
    double highValue;
    double ratio() const { return highValue / lowValue; }
};

std::optional<ModelPair> comparable(const QList<AiModel> &models, const HeadlineComparison &c,
                                    std::optional<double> AiModel::*figure)
{
    const auto find = [&models](const QString &name) -> const AiModel * {
        for (const AiModel &m : models)
            if (m.name == name)
                return &m;
        return nullptr;
    };
    const AiModel *low = find(c.first);
    const AiModel *high = find(c.second);
    if (!low || !high || !(low->*figure) || !(high->*figure) || *(low->*figure) <= 0)
        return std::nullopt;
    return ModelPair{low, high, *(low->*figure), *(high->*figure)};
}

// A "N× cheaper" card on one figure of the headline's two models: the heading
// names them; without the figure for both, a dash and `missing`.
template <typename Caption, typename Source>
void showRatio(StatCard *card, const QString &figure, const HeadlineComparison &c, const std::optional<ModelPair> &pair,
               Caption caption, Source source, const QString &missing)
{
    card->setHeading(c.first.isEmpty() ? figure : OverviewPage::tr("%1: %2 vs %3").arg(figure, c.first, c.second));
    if (pair)
        card->setContent(OverviewPage::tr("%1× cheaper").arg(pair->ratio(), 0, 'f', 1), caption(*pair), source(*pair));
    else
        card->setContent(QStringLiteral("—"), missing, {});
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(newTitleLabel(tr("The US–China race in AI and orbit, at a glance"), QStringLiteral("pageTitle"), 1.5));
    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    layout->addLayout(m_grid);
    // Each card opens the chart behind its number (a ChartLink). What the cards
    // compare comes from the store (db/headlines.h): headings are set in reload.
    addCard("cost_ratio", tr("Training cost"), "models.training-cost", 0, 0);
    addCard("api_price", tr("API price"), "models.api-price", 0, 1);
    addCard("models_by_country", tr("Models released, last 12 months"), "models.per-quarter", 0, 2);
    addCard("nvda_fall", tr("Largest one-day fall"), "markets.daily-change", 1, 0);
    addCard("deepseek_day", tr("A market day"), "markets.rebased", 1, 1);
    addCard("constellations", tr("Satellites launched"), "space.constellations", 1, 2);

    auto *eventsLabel = new QLabel(tr("Latest events"));
    QFont ef = eventsLabel->font();
    ef.setBold(true);
    eventsLabel->setFont(ef);
    layout->addSpacing(8);
    layout->addWidget(eventsLabel);
    m_events = new ColumnTableModel({{tr("Day")}, {tr("Lane")}, {tr("Event")}, {tr("Summary")}}, this);
    m_eventsView = newRecordTable(m_events);
    ColumnFitter::install(m_eventsView, {2, 3}); // title and summary share the width
    m_eventsView->setWordWrap(false);
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
    const Headlines headlines = readHeadlines(repo.database());
    QList<Event> events = repo.events();
    showModelComparisons(models, headlines);
    showMarketCards(repo, headlines.marketDay, events);
    showConstellations(repo, headlines.constellations);

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

    // Latest events
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

void OverviewPage::showModelComparisons(const QList<AiModel> &models, const Headlines &headlines)
{
    const HeadlineComparison cost = headlines.trainingCost.value_or(HeadlineComparison{});
    showRatio(
        m_cards["cost_ratio"], tr("Training cost"), cost, comparable(models, cost, &AiModel::trainingCostUsd),
        [](const ModelPair &p) {
            return tr("%1 %2 vs %3 %4 to train")
                .arg(p.low->name, formatUsd(p.lowValue), p.high->name, formatUsd(p.highValue));
        },
        [](const ModelPair &p) {
            return tr("Source: %1 (%2)")
                .arg(p.low->sourceTitle,
                     p.low->costBasis == QLatin1String("reported") ? tr("reported") : tr("2023 USD estimates"));
        },
        tr("No cost data for these models in the store"));

    const HeadlineComparison price = headlines.apiPrice.value_or(HeadlineComparison{});
    showRatio(
        m_cards["api_price"], tr("API price"), price, comparable(models, price, &AiModel::apiOutputUsdPerMTok),
        [](const ModelPair &p) {
            return tr("Output tokens: %1 $%2 vs %3 $%4 per million")
                .arg(p.low->name)
                .arg(p.lowValue, 0, 'f', 2)
                .arg(p.high->name)
                .arg(p.highValue, 0, 'f', 2);
        },
        [](const ModelPair &) { return tr("Source: list prices at launch"); }, tr("No API prices for these models"));
}

void OverviewPage::showMarketCards(const Repository &repo, const std::optional<HeadlineComparison> &day,
                                   const QList<Event> &events)
{
    const QLocale loc;
    StatCard *fallCard = m_cards["nvda_fall"];
    StatCard *dayCard = m_cards["deepseek_day"];
    const QString stock = day ? day->first : QString();
    const QString index = day ? day->second : QString();
    QString indexName = index;
    bool stockAdjusted = false; // the basis the store has for the stock, not an assumed one
    for (const SecuritySummary &s : repo.securities()) {
        if (s.security.symbol == index && !s.security.name.isEmpty())
            indexName = s.security.name;
        if (s.security.symbol == stock)
            stockAdjusted = s.security.adjusted;
    }

    // Day and close only: all the fall, the first and last days and the move need.
    const QList<PriceBar> bars = stock.isEmpty() ? QList<PriceBar>{} : closesOf(repo.database(), stock);
    fallCard->setHeading(stock.isEmpty() ? tr("Largest one-day fall") : tr("%1: largest one-day fall").arg(stock));
    if (auto fall = largestDailyFall(bars)) {
        // The chart behind the card: the weeks around that day.
        fallCard->setTarget(QStringLiteral("markets.daily-change?series=%1,%2&from=%3&to=%4")
                                .arg(stock, index, fall->day.addDays(-45).toString(Qt::ISODate),
                                     fall->day.addDays(45).toString(Qt::ISODate)));
        fallCard->setContent(
            pct(fall->changePct),
            tr("on %1 (close %2 → %3), since %4").arg(loc.toString(fall->day, QLocale::ShortFormat))
                .arg(fall->previousClose, 0, 'f', 2).arg(fall->close, 0, 'f', 2).arg(bars.first().day.year()),
            tr("Source: daily closes, %1 (Yahoo Finance, public copies); prices to %2")
                .arg(stockAdjusted ? tr("split- and dividend-adjusted") : tr("split-adjusted"),
                     loc.toString(bars.last().day, QStringLiteral("d MMM yyyy"))));
    } else {
        fallCard->setContent(QStringLiteral("—"), tr("No prices for %1 in the store").arg(stock), {});
    }

    // The event's day, and the securities it concerns on the chart behind the card.
    std::optional<Event> event;
    for (const Event &e : events)
        if (day && e.key == day->eventKey)
            event = e;
    if (!event) {
        dayCard->setHeading(tr("A market day"));
        dayCard->setContent(QStringLiteral("—"), tr("No event for this card in the store"), {});
        return;
    }
    dayCard->setHeading(tr("%1: %2").arg(loc.toString(event->day, QStringLiteral("d MMM yyyy")), event->title));
    QStringList series{stock};
    for (const QString &c : event->concerns)
        if (c.startsWith(QLatin1String("security:")) && !series.contains(c.mid(9)) && c.mid(9) != index)
            series << c.mid(9);
    series << index;
    dayCard->setTarget(QStringLiteral("markets.rebased?series=%1&from=%2&to=%3&event=%4")
                           .arg(series.join(u','), event->day.addDays(-56).toString(Qt::ISODate),
                                event->day.addDays(32).toString(Qt::ISODate), event->key));
    const auto stockDay = moveOn(bars, event->day);
    const auto indexDay = moveOn(closesUpTo(repo.database(), index, event->day), event->day);
    if (stockDay || indexDay) {
        dayCard->setContent(
            QStringLiteral("%1 %2").arg(stock, stockDay ? pct(stockDay->changePct) : QStringLiteral("n/a")),
            tr("%1 %2 the same day").arg(indexName, indexDay ? pct(indexDay->changePct) : QStringLiteral("n/a")),
            tr("Source: daily closes; index unadjusted"));
    } else {
        dayCard->setContent(QStringLiteral("—"), tr("No prices for %1").arg(loc.toString(event->day, QLocale::ShortFormat)), {});
    }
}

void OverviewPage::showConstellations(const Repository &repo, const std::optional<HeadlineComparison> &which)
{
    const QLocale loc;
    StatCard *card = m_cards["constellations"];
    if (!which) {
        card->setHeading(tr("Satellites launched"));
        card->setContent(QStringLiteral("—"), tr("No constellations chosen for this card"), {});
        return;
    }
    card->setHeading(tr("Satellites launched: %1 vs %2").arg(which->first, which->second));
    QMap<QString, int> sats;
    for (const ConstellationYear &cy : repo.constellationYears())
        sats[cy.constellation] += cy.satellites;
    QString inService; // from the payload catalogue, when one was imported
    if (const QDate asOf = latestCatalogueDay(repo.database()); asOf.isValid())
        if (auto counts = inServiceOn(repo.database(), asOf))
            for (const ConstellationInService &c : counts->rows)
                if (c.constellation == which->first)
                    inService = tr("\nIn service on %1: %2 %3 of %4 launched")
                                    .arg(asOf.toString(Qt::ISODate), c.constellation, loc.toString(c.operating),
                                         loc.toString(c.launched));
    QStringList others;
    for (const QString &o : which->others)
        others << QStringLiteral("%1 %2").arg(o, loc.toString(sats.value(o)));
    card->setContent(
        QStringLiteral("%1 vs %2").arg(loc.toString(sats.value(which->first)), loc.toString(sats.value(which->second))),
        tr("%1 (successful launches since 2019)").arg(others.join(QStringLiteral(" · "))) + inService,
        (inService.isEmpty() ? tr("Source: GCAT launch log, J. McDowell (CC BY 4.0)")
                             : tr("Source: GCAT launch log and payload catalogue, J. McDowell (CC BY 4.0)")) +
            tr("; launches to %1")
                .arg(loc.toString(QDate::fromString(repo.launches(1).value(0).launchedAt.left(10), Qt::ISODate),
                                  QStringLiteral("d MMM yyyy"))));
}

} // namespace stratos
