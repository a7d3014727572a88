#include "analytics/headlines.h"

namespace stratos {

QList<DailyMove> dailyMoves(const QList<PriceBar> &bars)
{
    QList<DailyMove> out;
    for (qsizetype i = 1; i < bars.size(); ++i) {
        const double prev = bars[i - 1].close;
        if (prev == 0)
            continue;
        out.append({bars[i].day, (bars[i].close / prev - 1.0) * 100.0, bars[i].close, prev});
    }
    return out;
}

std::optional<DailyMove> largestDailyFall(const QList<PriceBar> &bars)
{
    std::optional<DailyMove> worst;
    for (const DailyMove &m : dailyMoves(bars))
        if (!worst || m.changePct < worst->changePct)
            worst = m;
    return worst;
}

std::optional<DailyMove> moveOn(const QList<PriceBar> &bars, QDate day)
{
    for (qsizetype i = 1; i < bars.size(); ++i)
        if (bars[i].day == day && bars[i - 1].close != 0)
            return DailyMove{day, (bars[i].close / bars[i - 1].close - 1.0) * 100.0, bars[i].close,
                             bars[i - 1].close};
    return std::nullopt;
}

} // namespace stratos
