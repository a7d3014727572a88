#pragma once
// Chart data from the store: turns a chart id and the user's choices (date
// range, series) into a ChartSpec. The GUI pages and `stratos export-chart`
// both come through here, so a chart and its export always agree.

#include "charts/chart_spec.h"
#include "util/result.h"

#include <QDate>
#include <QStringList>

namespace stratos {
class Repository;
}

namespace stratos::charts {

struct ChartOptions
{
    QDate from, to;      // invalid: unbounded
    QStringList series;  // empty: the chart's default series
    bool logScale = false; // charts with a linear y axis that can also read on a log one
    bool markers = true;   // event markers from the timeline
};

// Fails with a message a person can act on for an unknown id or series name.
Result<ChartSpec> buildChart(const Repository &repo, const QString &id,
                             const ChartOptions &options = {});
// Every series key the chart can show, and the ones it shows when not told.
QStringList availableSeries(const Repository &repo, const QString &id);
QStringList defaultSeries(const Repository &repo, const QString &id);

} // namespace stratos::charts
