#pragma once
// The last day of every price series in the store, for an honest "prices to".

#include "analytics/series_coverage.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace stratos {

// One row per security that has bars.
Result<QList<SeriesEnd>> priceSeriesEnds(QSqlDatabase db);

} // namespace stratos
