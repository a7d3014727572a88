#include "charts/chart_catalog.h"

namespace stratos::charts {

const QList<ChartInfo> &chartCatalog()
{
    static const QList<ChartInfo> list = {
        {QStringLiteral("models.training-cost"), QStringLiteral("Training cost vs release date"), QStringLiteral("Training cost"),
         QStringLiteral("models"), QStringLiteral("countries (US, CN, FR, GB, Other)")},
        {QStringLiteral("models.api-price"), QStringLiteral("API output price per 1M tokens"), QStringLiteral("API prices"),
         QStringLiteral("models"), QStringLiteral("model names")},
        {QStringLiteral("models.per-quarter"), QStringLiteral("Models released per quarter by country"), QStringLiteral("Releases per quarter"),
         QStringLiteral("models"), QStringLiteral("countries (US, CN, FR, GB, Other)")},
        {QStringLiteral("models.compute"), QStringLiteral("Training compute over time"), QStringLiteral("Training compute"),
         QStringLiteral("models"), QStringLiteral("countries (US, CN, FR, GB, Other)")},
        {QStringLiteral("markets.rebased"), QStringLiteral("Share prices rebased to 100"), QStringLiteral("Rebased to 100"),
         QStringLiteral("markets"), QStringLiteral("security symbols")},
        {QStringLiteral("markets.daily-change"), QStringLiteral("Daily % change"), QStringLiteral("Daily change"),
         QStringLiteral("markets"), QStringLiteral("security symbols")},
        {QStringLiteral("space.launches-per-year"), QStringLiteral("Orbital launches per year by country"), QStringLiteral("Launches per year"),
         QStringLiteral("space"), QStringLiteral("countries (launch vehicle's state)")},
        {QStringLiteral("space.constellations"), QStringLiteral("Satellites launched per constellation"), QStringLiteral("Constellations"),
         QStringLiteral("space"), QStringLiteral("constellations")},
    };
    return list;
}

const ChartInfo *findChart(const QString &id)
{
    for (const ChartInfo &c : chartCatalog())
        if (c.id == id)
            return &c;
    return nullptr;
}

QStringList chartIds()
{
    QStringList ids;
    for (const ChartInfo &c : chartCatalog())
        ids << c.id;
    return ids;
}

QStringList chartIdsOnPage(const QString &page)
{
    QStringList ids;
    for (const ChartInfo &c : chartCatalog())
        if (c.page == page)
            ids << c.id;
    return ids;
}

} // namespace stratos::charts
