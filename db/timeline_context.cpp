#include "timeline_context.h"

#include "repository.h"
#include "timeline/context_series.h"

#include <QLocale>

namespace stratos {
namespace {

using namespace charts;
using timeline::Lane;

const QLocale &english()
{
    static const QLocale c(QLocale::English);
    return c;
}

QString shortDay(QDate d)
{
    return english().toString(d, QStringLiteral("d MMM yyyy"));
}

QStringList concerned(const timeline::TimelineEvent &e, const QString &kind)
{
    QStringList out;
    const QString prefix = kind + u':';
    for (const QString &c : e.event.concerns)
        if (c.startsWith(prefix))
            out << c.mid(prefix.size());
    return out;
}

Series makeSeries(const QString &key, const QString &name, SeriesKind kind, const QString &colorKey)
{
    Series s;
    s.key = key;
    s.name = name;
    s.kind = kind;
    s.colorKey = colorKey;
    return s;
}

Marker eventMarker(const timeline::TimelineEvent &e)
{
    return {dayToX(e.event.day), e.event.key, e.event.title, QString(), e.event.url, e.event.lane};
}

std::optional<ChartSpec> pricePathChart(const Repository &repo, const timeline::TimelineEvent &e,
                                        const QStringList &symbols)
{
    ChartSpec spec;
    spec.x = {AxisKind::Date, QStringLiteral("Date"), {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value,
              QStringLiteral("Change"),
              QStringLiteral("% since the close before"),
              ValueFormat::Percent,
              {},
              {}};
    QDate baseDay;
    const QDate from = e.event.day.addDays(-25), to = e.event.day.addDays(25);
    for (const QString &sym : symbols.mid(0, 5)) {
        const auto path = timeline::pricePath(repo.priceBars(sym, from, to), e.event.day);
        if (!path)
            continue;
        baseDay = path->baseDay;
        Series s;
        s.key = sym;
        s.name = sym;
        s.kind = SeriesKind::Line;
        s.colorKey = QStringLiteral("symbol:") + sym;
        for (const auto &[day, pct] : path->changePct) {
            s.points.append({dayToX(day), pct});
            s.tooltips << QStringLiteral("%1 %2: %3")
                              .arg(sym, shortDay(day), formatValue(pct, ValueFormat::Percent));
        }
        spec.series.append(s);
    }
    if (spec.series.isEmpty())
        return std::nullopt;
    spec.title = QStringLiteral("Share prices around %1").arg(shortDay(e.event.day));
    spec.subtitle = QStringLiteral("Change from the close on %1, 10 trading days either side")
                        .arg(english().toString(baseDay, QStringLiteral("ddd d MMM")));
    spec.markers.append(eventMarker(e));
    spec.source =
        QStringLiteral("Source: daily closes from Yahoo Finance (public copies, see SOURCES.md)");
    return spec;
}

std::optional<ChartSpec> modelChart(const QList<AiModel> &models, const timeline::TimelineEvent &e,
                                    const QString &name, timeline::ModelMeasure measure)
{
    const bool cost = measure == timeline::ModelMeasure::TrainingCost;
    // Costs are published for few recent models, so their window is wider.
    const QList<AiModel> peers = timeline::modelPeers(models, name, measure, cost ? 30 : 12, 14);
    const AiModel *top = nullptr;
    for (const AiModel &m : peers)
        if (m.name != name &&
            (!top || timeline::measureOf(m, measure) > timeline::measureOf(*top, measure)))
            top = &m;
    ChartSpec spec;
    spec.x = {AxisKind::Date, QStringLiteral("Released"), {}, ValueFormat::Number, {}, {}};
    spec.y = cost ? Axis{AxisKind::Log,
                         QStringLiteral("Training cost"),
                         QStringLiteral("USD, 2023 prices"),
                         ValueFormat::Usd,
                         {},
                         {}}
                  : Axis{AxisKind::Log,
                         QStringLiteral("Training compute"),
                         QStringLiteral("FLOP"),
                         ValueFormat::Flop,
                         {},
                         {}};
    Series us = makeSeries(QStringLiteral("US"), QStringLiteral("United States"),
                           SeriesKind::Scatter, QStringLiteral("country:US"));
    Series cn = makeSeries(QStringLiteral("CN"), QStringLiteral("China"), SeriesKind::Scatter,
                           QStringLiteral("country:CN"));
    Series other = makeSeries(QStringLiteral("Other"), QStringLiteral("Elsewhere"),
                              SeriesKind::Scatter, QStringLiteral("country:Other"));
    const QStringList named = concerned(e, QStringLiteral("model"));
    bool selfHasValue = false;
    for (const AiModel &m : peers) {
        const auto v = timeline::measureOf(m, measure);
        if (!v || *v <= 0)
            continue;
        Series &s = m.country == QLatin1String("US")   ? us
                    : m.country == QLatin1String("CN") ? cn
                                                       : other;
        const QPointF at(dayToX(m.releasedOn), *v);
        s.points.append(at);
        s.labels << m.name;
        s.tooltips << QStringLiteral("%1 (%2), %3: %4")
                          .arg(m.name, m.organization, shortDay(m.releasedOn),
                               formatValue(*v, cost ? ValueFormat::Usd : ValueFormat::Flop));
        if (named.contains(m.name) || &m == top)
            spec.annotations.append({s.key, at, m.name});
        selfHasValue = selfHasValue || m.name == name;
    }
    int points = 0;
    for (Series *s : {&us, &cn, &other})
        if (!s->points.isEmpty()) {
            spec.series.append(*s);
            points += int(s->points.size());
        }
    if (points < 2) // a chart of one dot says nothing
        return std::nullopt;
    spec.title = QStringLiteral("%1 and its peers").arg(name);
    const QString window = cost ? QStringLiteral("30 months") : QStringLiteral("a year");
    spec.subtitle =
        selfHasValue
            ? QStringLiteral("%1: models released within %2 that have a figure")
                  .arg(cost ? QStringLiteral("Training cost") : QStringLiteral("Training compute"),
                       window)
            : QStringLiteral("No published figure for %1; models within %2 for scale")
                  .arg(name, window);
    spec.markers.append(eventMarker(e));
    spec.source = QStringLiteral("Source: Epoch AI, Notable AI Models (CC BY 4.0)");
    return spec;
}

std::optional<ChartSpec> constellationChart(const Repository &repo,
                                            const timeline::TimelineEvent &e,
                                            const QStringList &names)
{
    ChartSpec spec;
    spec.x = {AxisKind::Date, QStringLiteral("Date"), {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value,
              QStringLiteral("Satellites launched"),
              QStringLiteral("cumulative"),
              ValueFormat::Count,
              0.0,
              {}};
    const QList<ConstellationLaunch> launches = repo.constellationLaunches();
    for (const QString &name : names.mid(0, 3)) {
        QList<QPair<QDate, int>> counts;
        for (const ConstellationLaunch &l : launches)
            if (l.constellation == name)
                counts.append({l.day, l.satellites});
        const auto total = timeline::cumulative(counts);
        if (total.isEmpty())
            continue;
        Series s =
            makeSeries(name, name, SeriesKind::Line, QStringLiteral("constellation:") + name);
        int previous = 0;
        for (const auto &[day, n] : total) {
            s.points.append({dayToX(day) - 1, double(previous)}); // a step, not a ramp
            s.tooltips << QString();
            s.points.append({dayToX(day), double(n)});
            s.tooltips << QStringLiteral("%1: %2 satellites launched by %3")
                              .arg(name, english().toString(n), shortDay(day));
            previous = n;
        }
        spec.series.append(s);
    }
    if (spec.series.isEmpty())
        return std::nullopt;
    spec.title =
        QStringLiteral("%1: satellites launched").arg(names.mid(0, 3).join(QStringLiteral(", ")));
    spec.subtitle = QStringLiteral("Running total of payloads on successful launches");
    spec.markers.append(eventMarker(e));
    spec.source = QStringLiteral("Source: GCAT launch log, J. McDowell, planet4589.org (CC BY)");
    return spec;
}

} // namespace

QList<ConcernRow> eventConcernRows(const Repository &repo, const timeline::TimelineEvent &e)
{
    QList<ConcernRow> out;
    QList<SecuritySummary> securities;
    QList<AiModel> models;
    QList<ConstellationLaunch> launches;
    for (const QString &c : e.event.concerns) {
        const qsizetype colon = c.indexOf(u':');
        if (colon <= 0)
            continue;
        ConcernRow row{c.left(colon), c.mid(colon + 1), c.mid(colon + 1), {}, {}};
        if (row.kind == QLatin1String("security")) {
            row.pageId = QStringLiteral("markets");
            if (securities.isEmpty())
                securities = repo.securities();
            for (const SecuritySummary &s : securities)
                if (s.security.symbol == row.key && !s.security.name.isEmpty())
                    row.text = QStringLiteral("%1 · %2").arg(row.key, s.security.name);
            const auto path = timeline::pricePath(
                repo.priceBars(row.key, e.event.day.addDays(-10), e.event.day.addDays(10)),
                e.event.day, 1, 0);
            if (path && !path->changePct.isEmpty())
                row.figure =
                    QStringLiteral("%1 on %2")
                        .arg(formatValue(path->changePct.last().second, ValueFormat::Percent),
                             english().toString(path->day0, QStringLiteral("ddd d MMM")));
        } else if (row.kind == QLatin1String("model")) {
            row.pageId = QStringLiteral("models");
            if (models.isEmpty())
                models = repo.models();
            for (const AiModel &m : models) {
                if (m.name != row.key)
                    continue;
                row.text = QStringLiteral("%1 · %2 (%3)").arg(m.name, m.organization, m.country);
                QStringList figures;
                if (m.trainingComputeFlop)
                    figures << formatValue(*m.trainingComputeFlop, ValueFormat::Flop);
                if (m.trainingCostUsd)
                    figures << formatValue(*m.trainingCostUsd, ValueFormat::Usd) +
                                   QStringLiteral(" to train");
                if (m.apiOutputUsdPerMTok)
                    figures << QStringLiteral("%1 per 1M output tokens")
                                   .arg(formatValue(*m.apiOutputUsdPerMTok, ValueFormat::UsdPrice));
                row.figure = figures.join(QStringLiteral(" · "));
            }
        } else if (row.kind == QLatin1String("constellation")) {
            row.pageId = QStringLiteral("space");
            if (launches.isEmpty())
                launches = repo.constellationLaunches();
            int total = 0;
            for (const ConstellationLaunch &l : launches)
                if (l.constellation == row.key && l.day <= e.event.day)
                    total += l.satellites;
            row.figure =
                QStringLiteral("%1 satellites launched by then").arg(english().toString(total));
        } else if (row.kind == QLatin1String("organization")) {
            row.pageId = QStringLiteral("models");
        } else if (row.kind == QLatin1String("launch")) {
            row.pageId = QStringLiteral("space");
        }
        out.append(row);
    }
    // The rows with figures first; organisations, which only name who, last.
    static const QStringList order = {"security", "model", "constellation", "launch",
                                      "organization"};
    std::stable_sort(out.begin(), out.end(), [](const ConcernRow &a, const ConcernRow &b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    return out;
}

QList<ChartSpec> eventContextCharts(const Repository &repo, const timeline::TimelineEvent &e)
{
    QList<ChartSpec> out;
    if (e.isDocument())
        return out;
    const QStringList symbols = concerned(e, QStringLiteral("security"));
    const QStringList models = concerned(e, QStringLiteral("model"));
    const QStringList constellations = concerned(e, QStringLiteral("constellation"));
    auto addPrices = [&] {
        if (auto c = pricePathChart(repo, e, symbols))
            out.append(*c);
    };
    auto addModels = [&] {
        if (models.isEmpty())
            return;
        const QList<AiModel> all = repo.models();
        for (auto m :
             {timeline::ModelMeasure::TrainingCompute, timeline::ModelMeasure::TrainingCost})
            if (auto c = modelChart(all, e, models.first(), m))
                out.append(*c);
    };
    auto addSpace = [&] {
        if (auto c = constellationChart(repo, e, constellations))
            out.append(*c);
    };
    switch (e.lane) {
    case Lane::Model:
        addModels();
        break;
    case Lane::Space:
        addSpace();
        break;
    default:
        addPrices();
        break;
    }
    if (out.isEmpty()) { // a market event about a constellation, a policy about a model...
        if (!symbols.isEmpty())
            addPrices();
        if (out.isEmpty())
            addModels();
        if (out.isEmpty() && !constellations.isEmpty())
            addSpace();
    }
    for (ChartSpec &c : out)
        c.id = QStringLiteral("timeline.context");
    return out;
}

} // namespace stratos
