#include "charts/chart_axes.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace stratos {
namespace {

double niceStep(double rough)
{
    if (!(rough > 0))
        return 1;
    const double mag = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * mag >= rough)
            return m * mag;
    return 10 * mag;
}

QDateTime utc(double x) { return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x)), QTimeZone::utc()); }

} // namespace

QList<Tick> dateTicks(double min, double max, int pixels)
{
    QList<Tick> out;
    if (!(max > min))
        return out;
    const QLocale c(QLocale::English);
    const int target = std::max(2, pixels / 95);
    const double dayMs = 86400000.0;
    const double spanDays = (max - min) / dayMs;
    const QDate first = utc(min).date(), last = utc(max).date();
    // Steps in days (negative: months) from fine to coarse; the first that fits wins.
    struct Step { int days; int months; const char *format; };
    static const Step steps[] = {{1, 0, "d MMM"},   {2, 0, "d MMM"},    {7, 0, "d MMM"},
                                 {14, 0, "d MMM"},  {0, 1, "MMM yyyy"}, {0, 2, "MMM yyyy"},
                                 {0, 3, "MMM yyyy"}, {0, 6, "MMM yyyy"}, {0, 12, "yyyy"},
                                 {0, 24, "yyyy"},   {0, 60, "yyyy"},    {0, 120, "yyyy"}};
    for (const Step &s : steps) {
        const double count = s.days ? spanDays / s.days : spanDays / (30.44 * s.months);
        if (count > target && &s != &steps[std::size(steps) - 1])
            continue;
        QDate d;
        if (s.days) {
            d = first;
            if (s.days == 7 || s.days == 14)
                d = d.addDays((8 - d.dayOfWeek()) % 7); // Mondays
        } else {
            d = QDate(first.year(), 1, 1);
            while (d < first || (d.month() - 1) % std::min(s.months, 12) != 0 ||
                   (s.months > 12 && d.year() % (s.months / 12) != 0))
                d = d.addMonths(1);
        }
        for (; d.isValid() && d <= last; d = s.days ? d.addDays(s.days) : d.addMonths(s.months)) {
            // Month and year ticks sit on midnight of the 1st; day ticks on the day's noon.
            const double x = s.days ? charts::dayToX(d)
                                    : double(QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
            if (x >= min && x <= max)
                out.append({x, c.toString(d, QLatin1String(s.format))});
        }
        break;
    }
    return out;
}

QList<Tick> linearTicks(double min, double max, int pixels, charts::ValueFormat format)
{
    QList<Tick> out;
    if (!(max > min))
        return out;
    double step = niceStep((max - min) / std::max(2, pixels / 70));
    if (format == charts::ValueFormat::Count)
        step = std::max(1.0, std::round(step));
    for (double v = std::ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
        const double snapped = std::abs(v) < step * 1e-9 ? 0.0 : v;
        out.append({snapped, charts::formatTick(snapped, format)});
    }
    return out;
}

QList<Tick> logTicks(double lo, double hi, int pixels, charts::ValueFormat format)
{
    QList<Tick> out;
    if (!(hi > lo))
        return out;
    const int target = std::max(2, pixels / 45);
    const int decades = int(std::floor(hi) - std::ceil(lo)) + 1;
    int every = 1;
    while (decades / every > target)
        ++every;
    for (int e = int(std::ceil(lo)); e <= int(std::floor(hi)); ++e)
        if (e % every == 0)
            out.append({double(e), charts::formatTick(std::pow(10.0, e), format)});
    if (out.size() < 3 && decades <= 2) {
        // Within a decade or two, 2× and 5× ticks keep the axis readable. Not over
        // many decades on a short axis: three ticks a decade would crowd it, and
        // Qt Charts then elides every label to "...".
        out.clear();
        for (int e = int(std::floor(lo)); e <= int(std::ceil(hi)); ++e)
            for (double m : {1.0, 2.0, 5.0}) {
                const double v = e + std::log10(m);
                if (v >= lo && v <= hi)
                    out.append({v, charts::formatTick(m * std::pow(10.0, e), format)});
            }
    }
    return out;
}

QPair<double, double> niceLinearRange(double min, double max, bool includeZero)
{
    if (includeZero) {
        min = std::min(min, 0.0);
        max = std::max(max, 0.0);
    }
    if (!(max > min)) {
        const double pad = std::abs(min) > 0 ? std::abs(min) * 0.1 : 1.0;
        return {min - pad, max + pad};
    }
    const double step = niceStep((max - min) / 6);
    double lo = std::floor(min / step) * step, hi = std::ceil(max / step) * step;
    // Leave a little air unless the data sits on zero.
    if (lo == min && min != 0)
        lo -= step;
    if (hi == max && max != 0)
        hi += step;
    return {lo, hi};
}

QPair<double, double> niceLogRange(double lo, double hi)
{
    if (!(hi > lo))
        return {std::floor(lo) - 0.5, std::ceil(hi) + 0.5};
    const double pad = std::max(0.1, (hi - lo) * 0.06);
    return {lo - pad, hi + pad};
}

void applyTicks(QCategoryAxis *axis, double min, double max, const QList<Tick> &ticks)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    // A category needs a positive width, so start a hair below a tick sitting on the minimum.
    const double start = min - std::max(std::abs(max - min), 1e-9) * 1e-6;
    axis->setStartValue(start);
    QSet<QString> seen;
    double last = start;
    for (const Tick &t : ticks) {
        // Labels are the keys of a QCategoryAxis: each must be unique and increasing.
        if (t.value <= last || seen.contains(t.label))
            continue;
        axis->append(t.label, t.value);
        seen.insert(t.label);
        last = t.value;
    }
    axis->setRange(min, max);
}

} // namespace stratos
