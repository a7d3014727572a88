#pragma once
// Axis ticks for the timeline that adapt to the zoom, from decades to days:
// minor ticks with short labels ("Jan", "13") and major ticks that name the
// larger unit ("2025", "January 2025"), never closer than a label needs.

#include <QList>
#include <QString>

namespace stratos::timeline {

enum class TickUnit
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    TwoYears,
    FiveYears,
    Decade,
    TwentyYears,
    FiftyYears
};

struct Tick
{
    double t = 0; // days since 1970-01-01 (timeline_event.h), at the start of the unit
    QString label;
};

struct AxisTicks
{
    TickUnit minorUnit = TickUnit::Year;
    QList<Tick> minor;
    QList<Tick> major; // boundaries of the enclosing unit (month, year, decade...)
    QString context;   // the major unit at the left edge, for a sticky label ("2025")
};

// Ticks for [t0, t1] drawn over `pixels`, minor ticks at least `minSpacing` apart.
AxisTicks axisTicks(double t0, double t1, double pixels, double minSpacing = 56);

// Approximate length of a unit in days (a month is 30.44).
double unitDays(TickUnit unit);

} // namespace stratos::timeline
