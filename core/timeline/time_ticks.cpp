#include "timeline/time_ticks.h"

#include "timeline/timeline_event.h"

#include <QLocale>
#include <cmath>

namespace stratos::timeline {
namespace {

const QLocale &english()
{
    static const QLocale c(QLocale::English);
    return c;
}

constexpr TickUnit kUnits[] = {TickUnit::Day,       TickUnit::Week,   TickUnit::Month,
                               TickUnit::Quarter,   TickUnit::Year,   TickUnit::TwoYears,
                               TickUnit::FiveYears, TickUnit::Decade, TickUnit::TwentyYears,
                               TickUnit::FiftyYears};

int yearStep(TickUnit u)
{
    switch (u) {
    case TickUnit::Year:
        return 1;
    case TickUnit::TwoYears:
        return 2;
    case TickUnit::FiveYears:
        return 5;
    case TickUnit::Decade:
        return 10;
    case TickUnit::TwentyYears:
        return 20;
    case TickUnit::FiftyYears:
        return 50;
    default:
        return 0;
    }
}

// The enclosing unit whose boundaries are major ticks.
TickUnit majorOf(TickUnit u)
{
    switch (u) {
    case TickUnit::Day:
    case TickUnit::Week:
        return TickUnit::Month;
    case TickUnit::Month:
    case TickUnit::Quarter:
        return TickUnit::Year;
    case TickUnit::Year:
    case TickUnit::TwoYears:
    case TickUnit::FiveYears:
        return TickUnit::Decade;
    default:
        return TickUnit::FiftyYears; // centuries would be the next; fifty is plenty
    }
}

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The first unit boundary at or before `day`.
QDate floorTo(QDate day, TickUnit u)
{
    switch (u) {
    case TickUnit::Day:
        return day;
    case TickUnit::Week:
        return day.addDays(1 - day.dayOfWeek()); // Mondays
    case TickUnit::Month:
        return QDate(day.year(), day.month(), 1);
    case TickUnit::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    default: {
        const int step = yearStep(u);
        return QDate(floorDiv(day.year(), step) * step, 1, 1);
    }
    }
}

QDate advance(QDate d, TickUnit u)
{
    switch (u) {
    case TickUnit::Day:
        return d.addDays(1);
    case TickUnit::Week:
        return d.addDays(7);
    case TickUnit::Month:
        return d.addMonths(1);
    case TickUnit::Quarter:
        return d.addMonths(3);
    default:
        return d.addYears(yearStep(u));
    }
}

QString minorLabel(QDate d, TickUnit u)
{
    switch (u) {
    case TickUnit::Day:
        return QString::number(d.day());
    case TickUnit::Week:
        return english().toString(d, QStringLiteral("d MMM"));
    case TickUnit::Month:
        return english().toString(d, QStringLiteral("MMM"));
    case TickUnit::Quarter:
        return QStringLiteral("Q%1").arg((d.month() - 1) / 3 + 1);
    case TickUnit::Decade:
    case TickUnit::TwentyYears:
    case TickUnit::FiftyYears:
        return QStringLiteral("%1s").arg(d.year());
    default:
        return QString::number(d.year());
    }
}

QString majorLabel(QDate d, TickUnit major)
{
    switch (major) {
    case TickUnit::Month:
        return english().toString(d, QStringLiteral("MMMM yyyy"));
    case TickUnit::Year:
        return QString::number(d.year());
    case TickUnit::Decade:
        return QStringLiteral("%1s").arg(d.year());
    default:
        return QString::number(d.year());
    }
}

QList<Tick> ticksOf(TickUnit u, double t0, double t1, bool major)
{
    QList<Tick> out;
    const QDate first = floorTo(timeToDay(t0), u);
    const QDate last = timeToDay(t1);
    for (QDate d = first; d.isValid() && d <= last; d = advance(d, u)) {
        const double t = dayToTime(d) - 0.5; // the boundary is midnight, not noon
        if (t < t0 - 1e-9)
            continue;
        out.append({t, major ? majorLabel(d, u) : minorLabel(d, u)});
        if (out.size() > 4000) // a guard: the spacing check makes this unreachable
            break;
    }
    return out;
}

} // namespace

double unitDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return 1;
    case TickUnit::Week:
        return 7;
    case TickUnit::Month:
        return 30.44;
    case TickUnit::Quarter:
        return 91.31;
    default:
        return 365.25 * yearStep(unit);
    }
}

AxisTicks axisTicks(double t0, double t1, double pixels, double minSpacing)
{
    AxisTicks out;
    if (!(t1 > t0) || pixels <= 0)
        return out;
    const double pxPerDay = pixels / (t1 - t0);
    out.minorUnit = TickUnit::FiftyYears;
    for (TickUnit u : kUnits)
        if (unitDays(u) * pxPerDay >= minSpacing) {
            out.minorUnit = u;
            break;
        }
    out.minor = ticksOf(out.minorUnit, t0, t1, false);
    const TickUnit major = majorOf(out.minorUnit);
    if (major != out.minorUnit)
        out.major = ticksOf(major, t0, t1, true);
    out.context = majorLabel(floorTo(timeToDay(t0), major), major);
    return out;
}

} // namespace stratos::timeline
