#pragma once
// ChartSpec -> Qt Charts objects: axes and series, styled from ChartColors.
// With spec_chart and the overlay items, the only code that knows Qt Charts;
// a move to Qt Graphs rewrites ui/charts/ and nothing else.

#include "charts/chart_palette.h"
#include "charts/chart_spec.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractAxis;
class QAbstractSeries;
class QAbstractBarSeries;
class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QLineSeries;
class QXYSeries;
QT_END_NAMESPACE

namespace stratos {

// One ChartSpec series as Qt Charts holds it.
struct PlotSeries
{
    int specIndex = -1;
    QXYSeries *xy = nullptr;     // line or scatter
    QAreaSeries *area = nullptr; // bars on a date or value axis...
    QLineSeries *upper = nullptr, *lower = nullptr; // ...drawn as the area between these
    QAbstractBarSeries *bars = nullptr; // bars on a category axis: one set per spec series
    QBarSet *set = nullptr;
    QColor color;

    QAbstractSeries *qtSeries() const;
};

struct PlotAxes
{
    QAbstractAxis *x = nullptr, *y = nullptr;
    QCategoryAxis *xTicks = nullptr, *yTicks = nullptr; // numeric axes, ticks placed by us
    QBarCategoryAxis *categories = nullptr;             // bar charts
    QAbstractAxis *valueAxis() const { return y; } // the numeric axis, also of bar charts
};

// Adds every series of `spec` to `chart`, with axes and colours; fills the XY
// series with no points (SpecChart fills them, decimated, for the visible range).
void buildPlot(QChart *chart, const charts::ChartSpec &spec, const ChartColors &colors,
               QList<PlotSeries> &series, PlotAxes &axes);

} // namespace stratos
