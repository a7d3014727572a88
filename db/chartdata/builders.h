#pragma once
// Internal to stratos_db: one builder per chart id, and what they share.

#include "chart_data.h"
#include "feeds/feed.h"
#include "repository.h"

namespace stratos::charts::detail {

// Models are grouped by the country of their developer; small countries share "Other".
QString modelCountryGroup(const QString &iso);
QStringList modelCountryGroups(); // US, CN, FR, GB, Other
QString countryName(const QString &iso);
bool inRange(QDate d, const ChartOptions &o);
QString rangeText(const ChartOptions &o, QDate first, QDate last);
// The chosen keys in the order of `available`, or `defaults` when none were chosen.
QStringList chosen(const ChartOptions &o, const QStringList &available, const QStringList &defaults);
// A chart's source line with its dataset's as-of date: "...; data to 30 Dec 2025".
QString sourceLine(const char *source, const Repository &repo, feeds::Kind dataset);

ChartSpec trainingCost(const Repository &repo, const ChartOptions &o);
ChartSpec trainingCompute(const Repository &repo, const ChartOptions &o);
ChartSpec apiPrice(const Repository &repo, const ChartOptions &o);
ChartSpec modelsPerQuarter(const Repository &repo, const ChartOptions &o);
QStringList apiPriceModels(const Repository &repo);
QStringList apiPriceDefaults(const Repository &repo);

ChartSpec rebasedPrices(const Repository &repo, const ChartOptions &o);
ChartSpec dailyChange(const Repository &repo, const ChartOptions &o);
QStringList securitySymbols(const Repository &repo);
// Timeline events about any of the symbols (or the market lane) inside the range.
QList<Marker> marketMarkers(const Repository &repo, const QStringList &symbols, QDate from, QDate to);

ChartSpec launchesPerYear(const Repository &repo, const ChartOptions &o);
ChartSpec constellations(const Repository &repo, const ChartOptions &o);
QStringList launchCountries(const Repository &repo);
QStringList constellationNames();

} // namespace stratos::charts::detail
