// Charts about share prices: closes rebased to 100 and daily changes, with the
// timeline's market events as markers.
#include "chartdata/builders.h"

#include "analytics/headlines.h"
#include "analytics/returns.h"

#include <QLocale>

namespace stratos::charts::detail {
namespace {

const QLocale &english()
{
    static const QLocale c(QLocale::English);
    return c;
}

QString day(QDate d) { return english().toString(d, QStringLiteral("ddd d MMM yyyy")); }

// The basis named from the securities charted (security.adjusted), not assumed.
QByteArray priceSource(const Repository &repo, const QStringList &symbols)
{
    int stocks = 0, adjusted = 0;
    for (const SecuritySummary &s : repo.securities())
        if (symbols.contains(s.security.symbol) && s.security.kind == QLatin1String("stock")) {
            ++stocks;
            adjusted += s.security.adjusted;
        }
    const char *basis = adjusted == stocks ? "stocks split- and dividend-adjusted"
                        : adjusted == 0   ? "stocks split-adjusted"
                                          : "stocks split-adjusted, some also for dividends";
    return QByteArray("Source: daily closes from Yahoo Finance (public copies, see SOURCES.md); ") + basis +
           ", indices unadjusted";
}

QString securityName(const Repository &repo, const QString &symbol)
{
    for (const SecuritySummary &s : repo.securities())
        if (s.security.symbol == symbol)
            return s.security.name;
    return symbol;
}

// A series that stops before the others (an index whose copy ends early)
// would look like a flat market; its last point says where its data end.
void markEarlyEnds(ChartSpec &spec, QDate last)
{
    for (const Series &s : spec.series) {
        if (s.points.isEmpty() || xToDay(s.points.last().x()) >= last)
            continue;
        spec.annotations.append({s.key, s.points.last(),
                                 QStringLiteral("%1: no prices after %2")
                                     .arg(s.name, english().toString(xToDay(s.points.last().x()), QStringLiteral("d MMM yyyy")))});
    }
}

// Chosen securities with no price in the range: named, with the day their data end.
QString missingText(const Repository &repo, const QStringList &missing)
{
    QStringList parts;
    for (const QString &sym : missing) {
        QDate end;
        for (const SecuritySummary &s : repo.securities())
            if (s.security.symbol == sym)
                end = s.lastDay;
        parts << (end.isValid() ? QStringLiteral("%1 (prices end %2)").arg(sym, english().toString(end, QStringLiteral("d MMM yyyy")))
                                : sym);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" No prices in this range for ") + parts.join(QStringLiteral(", ")) + u'.';
}

} // namespace

QStringList securitySymbols(const Repository &repo)
{
    QStringList out;
    for (const SecuritySummary &s : repo.securities())
        if (s.hasPrices)
            out << s.security.symbol;
    return out;
}

QList<Marker> marketMarkers(const Repository &repo, const QStringList &symbols, QDate from, QDate to)
{
    QList<Marker> out;
    for (const Event &e : repo.events()) {
        if ((from.isValid() && e.day < from) || (to.isValid() && e.day > to))
            continue;
        // Events about the chosen securities, and market-wide ones that name no security.
        const bool aboutAnySecurity = std::any_of(e.concerns.begin(), e.concerns.end(), [](const QString &c) {
            return c.startsWith(QLatin1String("security:"));
        });
        bool concerns = e.lane == QLatin1String("market") && !aboutAnySecurity && e.importance >= 2;
        for (const QString &sym : symbols)
            concerns = concerns || e.concerns.contains(QStringLiteral("security:") + sym);
        if (!concerns)
            continue;
        out.append({dayToX(e.day), e.key, e.title,
                    QStringLiteral("%1\n%2").arg(english().toString(e.day, QStringLiteral("d MMMM yyyy")), e.summary),
                    e.url, e.lane});
    }
    return out;
}

ChartSpec rebasedPrices(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec;
    spec.x = {AxisKind::Date, QStringLiteral("Date"), {}, ValueFormat::Number, {}, {}};
    spec.y = {o.logScale ? AxisKind::Log : AxisKind::Value, QStringLiteral("Price index"),
              QStringLiteral("first close = 100"), ValueFormat::Index, {}, {}};
    QDate first, last;
    QStringList missing;
    const QStringList symbols = chosen(o, securitySymbols(repo), {});
    for (const QString &sym : symbols) {
        const QList<PriceBar> bars = repo.priceBars(sym, o.from, o.to);
        const auto rebased = rebasedCloses(bars);
        if (rebased.isEmpty()) {
            missing << sym;
            continue;
        }
        Series s;
        s.key = sym;
        s.name = sym;
        s.kind = SeriesKind::Line;
        s.colorKey = QStringLiteral("symbol:") + sym;
        const QString name = securityName(repo, sym);
        s.points.reserve(rebased.size());
        for (qsizetype i = 0; i < rebased.size(); ++i) {
            s.points.append({dayToX(rebased[i].first), rebased[i].second});
            s.tooltips << QStringLiteral("%1 — %2\n%3\nIndex %4 (close %5)")
                              .arg(sym, name, day(rebased[i].first))
                              .arg(rebased[i].second, 0, 'f', 1)
                              .arg(bars[i].close, 0, 'f', 2);
        }
        first = first.isValid() ? std::min(first, bars.first().day) : bars.first().day;
        last = last.isValid() ? std::max(last, bars.last().day) : bars.last().day;
        spec.series.append(s);
    }
    markEarlyEnds(spec, last);
    spec.title = QStringLiteral("Share prices rebased to 100");
    spec.subtitle = QStringLiteral("Daily closes; each series starts at 100 on its first day in the range. ") +
                    rangeText(o, first, last) + missingText(repo, missing);
    spec.source = sourceLine(priceSource(repo, symbols).constData(), repo, feeds::Kind::Yahoo);
    spec.markers = marketMarkers(repo, symbols, first, last);
    return spec;
}

ChartSpec dailyChange(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec;
    spec.x = {AxisKind::Date, QStringLiteral("Date"), {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value, QStringLiteral("Daily change"), QStringLiteral("% close to close"),
              ValueFormat::Percent, {}, {}};
    QDate first, last;
    QStringList missing;
    const QStringList symbols = chosen(o, securitySymbols(repo), {});
    for (const QString &sym : symbols) {
        // A week of slack before the range so its first day still has a previous close.
        const QList<PriceBar> bars = repo.priceBars(sym, o.from.isValid() ? o.from.addDays(-10) : QDate(), o.to);
        Series s;
        s.key = sym;
        s.name = sym;
        s.kind = SeriesKind::Bar;
        s.colorKey = QStringLiteral("symbol:") + sym;
        for (const DailyMove &m : dailyMoves(bars)) {
            if (!inRange(m.day, o))
                continue;
            s.points.append({dayToX(m.day), m.changePct});
            s.tooltips << QStringLiteral("%1 · %2\n%3 (close %4 → %5)")
                              .arg(sym, day(m.day), formatValue(m.changePct, ValueFormat::Percent))
                              .arg(m.previousClose, 0, 'f', 2)
                              .arg(m.close, 0, 'f', 2);
            first = first.isValid() ? std::min(first, m.day) : m.day;
            last = last.isValid() ? std::max(last, m.day) : m.day;
        }
        if (!s.points.isEmpty())
            spec.series.append(s);
        else
            missing << sym;
    }
    markEarlyEnds(spec, last);
    spec.title = QStringLiteral("Daily change in closing price");
    spec.subtitle = QStringLiteral("Percent change from the previous trading day's close. ") + rangeText(o, first, last) +
                    missingText(repo, missing);
    spec.source = sourceLine(priceSource(repo, symbols).constData(), repo, feeds::Kind::Yahoo);
    spec.markers = marketMarkers(repo, symbols, first, last);
    return spec;
}

} // namespace stratos::charts::detail
