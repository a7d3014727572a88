#include "analytics/returns.h"

#include <algorithm>

namespace stratos {

QList<QPair<QDate, double>> rebasedCloses(const QList<PriceBar> &bars, double base)
{
    QList<QPair<QDate, double>> out;
    if (bars.isEmpty() || bars.first().close == 0)
        return out;
    const double first = bars.first().close;
    out.reserve(bars.size());
    for (const PriceBar &b : bars)
        out.append({b.day, b.close / first * base});
    return out;
}

std::optional<EventWindow> eventWindow(const QList<PriceBar> &bars, QDate eventDay,
                                       const QList<int> &offsets)
{
    // An event on a weekend or holiday is first priced on the next trading day.
    const auto it = std::lower_bound(bars.begin(), bars.end(), eventDay,
                                     [](const PriceBar &b, QDate d) { return b.day < d; });
    if (it == bars.end() || it == bars.begin())
        return std::nullopt;
    const qsizetype i0 = it - bars.begin();
    const double base = bars[i0 - 1].close;
    if (base == 0)
        return std::nullopt;
    EventWindow w{bars[i0].day, bars[i0 - 1].day, {}};
    for (int k : offsets) {
        const qsizetype i = i0 + k;
        if (i >= 0 && i < bars.size())
            w.returns.append((bars[i].close / base - 1.0) * 100.0);
        else
            w.returns.append(std::nullopt);
    }
    return w;
}

QList<EventStudyRow> eventStudy(const QList<QPair<QString, QList<PriceBar>>> &securities,
                                const QList<PriceBar> &benchmark, QDate eventDay,
                                const QList<int> &offsets)
{
    const auto bench = eventWindow(benchmark, eventDay, offsets);
    QList<EventStudyRow> rows;
    for (const auto &[symbol, bars] : securities) {
        const auto w = eventWindow(bars, eventDay, offsets);
        if (!w)
            continue;
        EventStudyRow row{symbol, *w, {}};
        for (qsizetype k = 0; k < offsets.size(); ++k) {
            const auto r = w->returns.value(k);
            const auto b = bench ? bench->returns.value(k) : std::nullopt;
            row.excess.append(r && b ? std::optional<double>(*r - *b) : std::nullopt);
        }
        rows.append(row);
    }
    return rows;
}

} // namespace stratos
