#include "chart_data.h"

#include "chartdata/builders.h"
#include "charts/chart_catalog.h"

#include <QLocale>

namespace stratos::charts {
namespace detail {

QStringList modelCountryGroups()
{
    return {QStringLiteral("US"), QStringLiteral("CN"), QStringLiteral("FR"), QStringLiteral("GB"),
            QStringLiteral("Other")};
}

QString modelCountryGroup(const QString &iso)
{
    return modelCountryGroups().contains(iso) && iso != QLatin1String("Other") ? iso
                                                                              : QStringLiteral("Other");
}

QString countryName(const QString &iso)
{
    static const QHash<QString, QString> names = {
        {"US", "United States"}, {"CN", "China"},     {"FR", "France"},   {"GB", "United Kingdom"},
        {"RU", "Russia"},        {"NZ", "New Zealand"}, {"IN", "India"},  {"JP", "Japan"},
        {"IR", "Iran"},          {"KR", "South Korea"}, {"KP", "North Korea"}, {"IL", "Israel"},
        {"IT", "Italy"},         {"AE", "United Arab Emirates"}, {"Other", "Other countries"}};
    return names.value(iso, iso);
}

bool inRange(QDate d, const ChartOptions &o)
{
    return d.isValid() && (!o.from.isValid() || d >= o.from) && (!o.to.isValid() || d <= o.to);
}

QString rangeText(const ChartOptions &o, QDate first, QDate last)
{
    const QLocale c(QLocale::English);
    const QDate a = o.from.isValid() && (!first.isValid() || o.from > first) ? o.from : first;
    const QDate b = o.to.isValid() && (!last.isValid() || o.to < last) ? o.to : last;
    if (!a.isValid() || !b.isValid())
        return QString();
    return QStringLiteral("%1 – %2").arg(c.toString(a, QStringLiteral("d MMM yyyy")),
                                        c.toString(b, QStringLiteral("d MMM yyyy")));
}

QStringList chosen(const ChartOptions &o, const QStringList &available, const QStringList &defaults)
{
    if (o.series.isEmpty())
        return defaults;
    QStringList out;
    for (const QString &key : available)
        for (const QString &want : o.series)
            if (key.compare(want, Qt::CaseInsensitive) == 0 && !out.contains(key))
                out << key;
    return out;
}

} // namespace detail

using namespace detail;

QStringList availableSeries(const Repository &repo, const QString &id)
{
    if (id == QLatin1String("models.training-cost") || id == QLatin1String("models.compute") ||
        id == QLatin1String("models.per-quarter"))
        return modelCountryGroups();
    if (id == QLatin1String("models.api-price"))
        return apiPriceModels(repo);
    if (id == QLatin1String("markets.rebased") || id == QLatin1String("markets.daily-change"))
        return securitySymbols(repo);
    if (id == QLatin1String("space.launches-per-year"))
        return launchCountries(repo);
    if (id == QLatin1String("space.constellations"))
        return constellationNames();
    return {};
}

QStringList defaultSeries(const Repository &repo, const QString &id)
{
    auto present = [&](const QStringList &wanted) {
        const QStringList all = availableSeries(repo, id);
        QStringList out;
        for (const QString &w : wanted)
            if (all.contains(w))
                out << w;
        return out.isEmpty() ? all.mid(0, 4) : out;
    };
    if (id == QLatin1String("markets.rebased"))
        return present({"NVDA", "AVGO", "TSM", "ASML", "^IXIC"});
    if (id == QLatin1String("markets.daily-change"))
        return present({"NVDA", "^IXIC"});
    if (id == QLatin1String("models.api-price"))
        return apiPriceDefaults(repo);
    return availableSeries(repo, id);
}

Result<ChartSpec> buildChart(const Repository &repo, const QString &id, const ChartOptions &options)
{
    if (!findChart(id))
        return Error(QStringLiteral("unknown chart '%1' (charts: %2)")
                         .arg(id, chartIds().join(QStringLiteral(", "))));
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return Error(QStringLiteral("the range starts (%1) after it ends (%2)")
                         .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    ChartOptions o = options;
    if (!o.series.isEmpty()) {
        const QStringList all = availableSeries(repo, id);
        QStringList unknown;
        for (const QString &s : o.series)
            if (std::none_of(all.begin(), all.end(),
                             [&](const QString &k) { return k.compare(s, Qt::CaseInsensitive) == 0; }))
                unknown << s;
        if (!unknown.isEmpty())
            return Error(QStringLiteral("chart '%1' has no series %2 (it has: %3)")
                             .arg(id, unknown.join(QStringLiteral(", ")), all.join(QStringLiteral(", "))));
    } else {
        o.series = defaultSeries(repo, id);
    }
    ChartSpec spec;
    if (id == QLatin1String("models.training-cost"))
        spec = trainingCost(repo, o);
    else if (id == QLatin1String("models.compute"))
        spec = trainingCompute(repo, o);
    else if (id == QLatin1String("models.api-price"))
        spec = apiPrice(repo, o);
    else if (id == QLatin1String("models.per-quarter"))
        spec = modelsPerQuarter(repo, o);
    else if (id == QLatin1String("markets.rebased"))
        spec = rebasedPrices(repo, o);
    else if (id == QLatin1String("markets.daily-change"))
        spec = dailyChange(repo, o);
    else if (id == QLatin1String("space.launches-per-year"))
        spec = launchesPerYear(repo, o);
    else
        spec = constellations(repo, o);
    spec.id = id;
    if (!o.markers)
        spec.markers.clear();
    return spec;
}

} // namespace stratos::charts
