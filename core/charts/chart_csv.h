#pragma once
// The data behind a chart as CSV, one row per plotted point or bar segment, all
// of them (before any decimation), so a colleague can check every number.

#include "charts/chart_spec.h"

#include <QString>

namespace stratos::charts {

// Header "series,<x axis>,<y axis>[,label][,source]", then one row per point
// inside the x range (ChartSpec::x min/max when set). Stacked-bar segments of
// zero draw nothing and are left out.
QString chartToCsv(const ChartSpec &spec);
qsizetype csvRowCount(const ChartSpec &spec);

// RFC 4180 quoting: fields with comma, quote or line break are quoted.
QString csvField(const QString &text);

} // namespace stratos::charts
