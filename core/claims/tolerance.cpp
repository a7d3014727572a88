#include "claims/tolerance.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stratos::claims {
namespace {

// Relative slack the measure itself needs: model sizes are rounded in names
// ("72B" for 72.7 billion); training costs are estimates in a stated year's dollars.
double measureSlack(Measure m)
{
    switch (m) {
    case Measure::Parameters: return 0.02;
    case Measure::TrainingCost: return 0.10;
    default: return 0;
    }
}

// How far outside the allowed interval a figure is still only doubtful.
double doubtShare(Measure m)
{
    switch (m) {
    case Measure::TrainingCost: return 0.25;
    case Measure::Parameters: return 0.05;
    default: return 0.02;
    }
}

constexpr int kDateAgreeDays = 3; // announcement vs availability, time zones
constexpr int kDateDoubtDays = 7;

} // namespace

Allowed allowedRange(const Figure &f, Measure m)
{
    const double inf = std::numeric_limits<double>::infinity();
    const double v = f.value;
    const double h = f.halfUnit;
    Allowed a;
    switch (f.qualifier) {
    case Qualifier::Bare: a.low = v - h; a.high = v + h; break;
    case Qualifier::About: {
        const double w = std::max(2 * h, 0.05 * std::abs(v));
        a.low = v - w;
        a.high = v + w;
        break;
    }
    case Qualifier::Over: a.low = v; a.high = inf; break;
    case Qualifier::Nearly: a.low = v - std::max(2 * h, 0.1 * std::abs(v)); a.high = v + h; break;
    case Qualifier::Under: a.low = -inf; a.high = v; break;
    case Qualifier::Range: a.low = v - h; a.high = f.high + h; break;
    }
    const double slack = measureSlack(m) * std::abs(v);
    a.low = std::min(a.low, v - slack);
    if (std::isfinite(a.high))
        a.high = std::max(a.high, (f.qualifier == Qualifier::Range ? f.high : v) + slack);
    const double doubt = std::max(h, doubtShare(m) * std::abs(f.qualifier == Qualifier::Range ? f.high : v));
    a.doubtLow = a.low - doubt;
    a.doubtHigh = a.high + doubt;
    return a;
}

Fit fit(const Figure &figure, Measure measure, double storeValue)
{
    const Allowed a = allowedRange(figure, measure);
    if (storeValue >= a.low && storeValue <= a.high)
        return Fit::Within;
    if (storeValue >= a.doubtLow && storeValue <= a.doubtHigh)
        return Fit::Doubtful;
    return Fit::Outside;
}

Fit fitDate(const ClaimDate &claimed, const QDate &store)
{
    if (!store.isValid() || claimed.precision == DatePrecision::None)
        return Fit::Doubtful;
    const QDate first = claimed.date;
    const QDate last = claimed.last();
    const int slack = claimed.precision == DatePrecision::Day ? kDateAgreeDays : 0;
    const qint64 before = store.daysTo(first); // > 0: the store's day is earlier
    const qint64 after = last.daysTo(store);   // > 0: the store's day is later
    const qint64 outside = std::max<qint64>({before, after, 0});
    if (outside <= slack)
        return Fit::Within;
    return outside <= kDateDoubtDays ? Fit::Doubtful : Fit::Outside;
}

} // namespace stratos::claims
