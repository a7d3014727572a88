#include "timeline/context_series.h"

#include <algorithm>
#include <cstdlib>

namespace stratos::timeline {

std::optional<PricePath> pricePath(const QList<PriceBar> &bars, QDate eventDay, int before,
                                   int after)
{
    const auto it = std::lower_bound(bars.begin(), bars.end(), eventDay,
                                     [](const PriceBar &b, QDate d) { return b.day < d; });
    if (it == bars.end() || it == bars.begin())
        return std::nullopt;
    const qsizetype day0 = it - bars.begin();
    PricePath p;
    p.day0 = bars[day0].day;
    p.baseDay = bars[day0 - 1].day;
    p.baseClose = bars[day0 - 1].close;
    if (p.baseClose <= 0)
        return std::nullopt;
    const qsizetype lo = std::max<qsizetype>(0, day0 - before);
    const qsizetype hi = std::min<qsizetype>(bars.size() - 1, day0 + after);
    for (qsizetype i = lo; i <= hi; ++i)
        p.changePct.append({bars[i].day, (bars[i].close / p.baseClose - 1) * 100});
    return p;
}

std::optional<double> measureOf(const AiModel &m, ModelMeasure measure)
{
    return measure == ModelMeasure::TrainingCost ? m.trainingCostUsd : m.trainingComputeFlop;
}

QList<AiModel> modelPeers(const QList<AiModel> &models, const QString &name, ModelMeasure measure,
                          int months, int maxPeers)
{
    const auto self = std::find_if(models.begin(), models.end(),
                                   [&](const AiModel &m) { return m.name == name; });
    if (self == models.end() || !self->releasedOn.isValid())
        return {};
    const QDate lo = self->releasedOn.addMonths(-months), hi = self->releasedOn.addMonths(months);
    QList<AiModel> peers;
    for (const AiModel &m : models)
        if (m.name != name && m.releasedOn >= lo && m.releasedOn <= hi &&
            measureOf(m, measure).value_or(0) > 0)
            peers.append(m);
    const qint64 day = self->releasedOn.toJulianDay();
    std::stable_sort(peers.begin(), peers.end(), [day](const AiModel &a, const AiModel &b) {
        return std::llabs(a.releasedOn.toJulianDay() - day) <
               std::llabs(b.releasedOn.toJulianDay() - day);
    });
    peers = peers.mid(0, maxPeers);
    peers.append(*self);
    std::stable_sort(peers.begin(), peers.end(), [](const AiModel &a, const AiModel &b) {
        return a.releasedOn < b.releasedOn;
    });
    return peers;
}

QList<QPair<QDate, int>> cumulative(QList<QPair<QDate, int>> counts)
{
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QPair<QDate, int>> out;
    int total = 0;
    for (const auto &[day, n] : counts) {
        total += n;
        if (!out.isEmpty() && out.last().first == day)
            out.last().second = total;
        else
            out.append({day, total});
    }
    return out;
}

} // namespace stratos::timeline
