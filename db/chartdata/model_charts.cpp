// Charts about AI models: training cost and compute over time, API prices,
// releases per quarter. Every point carries its model and source for hover and CSV.
#include "chartdata/builders.h"

#include <QLocale>
#include <algorithm>
#include <functional>

namespace stratos::charts::detail {
namespace {

// One country group's stacked bars, coloured as the group is on every chart.
Series countryGroupBars(const QString &group)
{
    Series s;
    s.key = group;
    s.name = group;
    s.kind = SeriesKind::StackedBar;
    s.colorKey = QStringLiteral("country:") + group;
    return s;
}

const QLocale &english()
{
    static const QLocale c(QLocale::English);
    return c;
}

QString day(QDate d) { return english().toString(d, QStringLiteral("d MMM yyyy")); }

QString costBasisText(const QString &basis)
{
    if (basis == QLatin1String("epoch_2023_usd"))
        return QStringLiteral("Epoch AI estimate, 2023 USD");
    if (basis == QLatin1String("reported"))
        return QStringLiteral("figure reported by the developer");
    return QStringLiteral("basis not stated");
}

const char *kModelsSource = "Source: Epoch AI, \u201cNotable AI Models\u201d (CC BY 4.0), and lab announcements";

// Points that make the story readable without hovering: labelled when present.
const QStringList kNotable = {"GPT-4", "Gemini 1.0 Ultra", "DeepSeek-V3", "DeepSeek-R1",
                              "GPT-3 175B (davinci)", "Llama 3.1-405B", "Grok-3", "Grok 4"};

ChartSpec modelScatter(const Repository &repo, const ChartOptions &o,
                       const std::function<std::optional<double>(const AiModel &)> &value,
                       const std::function<QString(const AiModel &, double)> &tooltip)
{
    ChartSpec spec;
    spec.x = {AxisKind::Date, QStringLiteral("Release date"), {}, ValueFormat::Number, {}, {}};
    QList<AiModel> models = repo.models();
    std::sort(models.begin(), models.end(),
              [](const AiModel &a, const AiModel &b) { return a.releasedOn < b.releasedOn; });
    QDate first, last;
    for (const QString &group : chosen(o, modelCountryGroups(), {})) {
        Series s;
        s.key = group;
        s.name = group == QLatin1String("Other") ? QStringLiteral("Other") : group;
        s.kind = SeriesKind::Scatter;
        s.colorKey = QStringLiteral("country:") + group;
        for (const AiModel &m : models) {
            const auto v = value(m);
            if (!v || *v <= 0 || !inRange(m.releasedOn, o) || modelCountryGroup(m.country) != group)
                continue;
            s.points.append({dayToX(m.releasedOn), *v});
            s.labels << m.name;
            s.tooltips << tooltip(m, *v);
            s.sources << (m.sourceUrl.isEmpty() ? m.sourceTitle : m.sourceTitle + QStringLiteral(" <") + m.sourceUrl + u'>');
            if (kNotable.contains(m.name))
                spec.annotations.append({group, s.points.last(), m.name});
            first = first.isValid() ? std::min(first, m.releasedOn) : m.releasedOn;
            last = last.isValid() ? std::max(last, m.releasedOn) : m.releasedOn;
        }
        if (!s.points.isEmpty())
            spec.series.append(s);
    }
    spec.subtitle = rangeText(o, first, last);
    spec.source = sourceLine(kModelsSource, repo, feeds::Kind::Epoch);
    return spec;
}

QString modelHeader(const AiModel &m)
{
    return QStringLiteral("%1 — %2 (%3)\nReleased %4").arg(m.name, m.organization, m.country, day(m.releasedOn));
}

} // namespace

ChartSpec trainingCost(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec = modelScatter(
        repo, o, [](const AiModel &m) { return m.trainingCostUsd; },
        [](const AiModel &m, double v) {
            return modelHeader(m) + QStringLiteral("\nTraining cost: %1 (%2)\nSource: %3")
                                        .arg(formatValue(v, ValueFormat::Usd), costBasisText(m.costBasis), m.sourceTitle);
        });
    spec.title = QStringLiteral("What it cost to train notable AI models");
    spec.subtitle = QStringLiteral("Final training run, by developer's country; log scale. ") + spec.subtitle;
    spec.y = {AxisKind::Log, QStringLiteral("Training cost"), QStringLiteral("USD"), ValueFormat::Usd, {}, {}};
    return spec;
}

ChartSpec trainingCompute(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec = modelScatter(
        repo, o, [](const AiModel &m) { return m.trainingComputeFlop; },
        [](const AiModel &m, double v) {
            return modelHeader(m) + QStringLiteral("\nTraining compute: %1\nSource: %2")
                                        .arg(formatValue(v, ValueFormat::Flop), m.sourceTitle);
        });
    spec.title = QStringLiteral("Training compute of notable AI models");
    spec.subtitle = QStringLiteral("Total floating-point operations, by developer's country; log scale. ") + spec.subtitle;
    spec.y = {AxisKind::Log, QStringLiteral("Training compute"), QStringLiteral("FLOP"), ValueFormat::Flop, {}, {}};
    return spec;
}

QStringList apiPriceModels(const Repository &repo)
{
    QStringList out;
    for (const AiModel &p : repo.modelPrices())
        out << p.name;
    return out;
}

QStringList apiPriceDefaults(const Repository &repo)
{
    // The comparisons the articles make: frontier US models against DeepSeek's.
    static const QStringList wanted = {"o1", "DeepSeek-R1", "GPT-4o", "DeepSeek-V3", "Claude Sonnet 4.5",
                                       "Gemini 2.5 Pro", "GPT-5", "DeepSeek-V3.2-Exp", "Claude Opus 4.1",
                                       "GPT-4.5", "o3 (public release)", "Grok 4"};
    const QStringList all = apiPriceModels(repo);
    QStringList out;
    for (const QString &w : wanted)
        if (all.contains(w))
            out << w;
    return out.isEmpty() ? all.mid(std::max<qsizetype>(0, all.size() - 12)) : out;
}

ChartSpec apiPrice(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec;
    spec.title = QStringLiteral("API price of output tokens");
    spec.x = {AxisKind::Category, QStringLiteral("Model"), {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value, QStringLiteral("Output price"), QStringLiteral("USD per 1M tokens"),
              ValueFormat::UsdPrice, 0.0, {}};
    spec.horizontal = true;
    const QStringList picked = chosen(o, apiPriceModels(repo), {});
    QList<AiModel> prices;
    for (const AiModel &p : repo.modelPrices())
        if (picked.contains(p.name) && p.apiOutputUsdPerMTok && (!p.releasedOn.isValid() || inRange(p.releasedOn, o)))
            prices.append(p);
    // Cheapest first: a horizontal bar chart draws its first category at the bottom.
    std::stable_sort(prices.begin(), prices.end(), [](const AiModel &a, const AiModel &b) {
        return *a.apiOutputUsdPerMTok < *b.apiOutputUsdPerMTok;
    });
    for (const AiModel &p : prices)
        spec.categories << p.name;
    for (const QString &group : modelCountryGroups()) {
        Series s = countryGroupBars(group);
        bool any = false;
        for (const AiModel &p : prices) {
            const bool mine = modelCountryGroup(p.country) == group;
            any = any || mine;
            s.values << (mine ? *p.apiOutputUsdPerMTok : 0.0);
            s.sources << (mine ? p.sourceUrl : QString());
            s.tooltips << (mine ? QStringLiteral("%1 — %2 (%3)\nOutput: %4 per 1M tokens%5\nReleased %6\nSource: %7")
                                      .arg(p.name, p.organization, p.country,
                                           formatValue(*p.apiOutputUsdPerMTok, ValueFormat::UsdPrice),
                                           p.apiInputUsdPerMTok ? QStringLiteral(" · input %1").arg(formatValue(*p.apiInputUsdPerMTok, ValueFormat::UsdPrice)) : QString(),
                                           day(p.releasedOn), p.sourceTitle)
                                : QString());
        }
        if (any)
            spec.series.append(s);
    }
    spec.subtitle = QStringLiteral("List price at launch in US dollars per million output tokens, by developer's country");
    spec.source = QStringLiteral("Source: developers' published API price lists (each model's price page is in the CSV)");
    return spec;
}

ChartSpec modelsPerQuarter(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec;
    spec.title = QStringLiteral("Notable AI models released per quarter");
    spec.x = {AxisKind::Category, QStringLiteral("Quarter"), {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value, QStringLiteral("Models released"), QStringLiteral("count"), ValueFormat::Count, 0.0, {}};
    QMap<int, QMap<QString, QStringList>> byQuarter; // year * 4 + q - 1 -> group -> names
    for (const AiModel &m : repo.models())
        if (inRange(m.releasedOn, o))
            byQuarter[m.releasedOn.year() * 4 + (m.releasedOn.month() - 1) / 3][modelCountryGroup(m.country)] << m.name;
    if (byQuarter.isEmpty())
        return spec;
    const int firstQ = byQuarter.firstKey(), lastQ = byQuarter.lastKey();
    for (int q = firstQ; q <= lastQ; ++q)
        spec.categories << QStringLiteral("%1 Q%2").arg(q / 4).arg(q % 4 + 1);
    for (const QString &group : chosen(o, modelCountryGroups(), {})) {
        Series s = countryGroupBars(group);
        bool any = false;
        for (int q = firstQ; q <= lastQ; ++q) {
            const QStringList names = byQuarter.value(q).value(group);
            any = any || !names.isEmpty();
            s.values << double(names.size());
            QString list = names.mid(0, 8).join(QStringLiteral(", "));
            if (names.size() > 8)
                list += QStringLiteral(" and %1 more").arg(names.size() - 8);
            s.tooltips << QStringLiteral("%1 · %2: %3 model(s)\n%4")
                              .arg(spec.categories[q - firstQ], countryName(group)).arg(names.size()).arg(list);
        }
        if (any)
            spec.series.append(s);
    }
    spec.subtitle = QStringLiteral("By developer's country, ") + rangeText(o, QDate(firstQ / 4, (firstQ % 4) * 3 + 1, 1), QDate(lastQ / 4, (lastQ % 4) * 3 + 3, 1).addMonths(1).addDays(-1));
    spec.source = sourceLine(kModelsSource, repo, feeds::Kind::Epoch);
    return spec;
}

} // namespace stratos::charts::detail
