#pragma once
// Axis ticks Qt Charts does not place well on its own: dates on calendar
// boundaries (1 Jan, the 1st of a month), log scales by decade with "$10 M"
// labels, and linear scales on 1-2-2.5-5 steps with our number formats.

#include "charts/chart_spec.h"

#include <QList>
#include <QString>

class QCategoryAxis;

namespace stratos {

struct Tick
{
    double value = 0; // in axis units (log10 of the value on a log axis)
    QString label;
};

// Ticks inside [min, max] for an axis `pixels` long.
QList<Tick> dateTicks(double min, double max, int pixels);
QList<Tick> linearTicks(double min, double max, int pixels, charts::ValueFormat format);
QList<Tick> logTicks(double log10Min, double log10Max, int pixels, charts::ValueFormat format);

// A range that ends on nice values and leaves some air around the data.
QPair<double, double> niceLinearRange(double min, double max, bool includeZero);
QPair<double, double> niceLogRange(double log10Min, double log10Max);

void applyTicks(QCategoryAxis *axis, double min, double max, const QList<Tick> &ticks);

} // namespace stratos
