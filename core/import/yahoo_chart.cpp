#include "import/yahoo_chart.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>

namespace stratos::import {
namespace {

// A bar's day is the exchange's calendar day: a monthly bar stamped at midnight
// in New York is 04:00 UTC, and one in Hong Kong is the previous day in UTC.
struct ExchangeClock
{
    QTimeZone zone;
    QDate dayOf(qint64 secs) const { return QDateTime::fromSecsSinceEpoch(secs, zone).date(); }
};

std::optional<ExchangeClock> clockOf(const QJsonObject &meta, QString &name)
{
    const QString tzName = meta.value(QLatin1String("exchangeTimezoneName")).toString();
    if (!tzName.isEmpty()) {
        QTimeZone zone(tzName.toUtf8());
        if (zone.isValid()) {
            name = tzName;
            return ExchangeClock{zone};
        }
    }
    // Without the zone database, gmtoffset (the offset now, not at each bar)
    // still puts a daily bar stamped during the session on its day.
    const QJsonValue offset = meta.value(QLatin1String("gmtoffset"));
    if (offset.isDouble()) {
        const int secs = offset.toInt();
        name = QStringLiteral("UTC%1%2:%3")
                   .arg(secs < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                   .arg(std::abs(secs) / 3600, 2, 10, QLatin1Char('0'))
                   .arg(std::abs(secs) % 3600 / 60, 2, 10, QLatin1Char('0'));
        return ExchangeClock{QTimeZone(secs)};
    }
    return std::nullopt;
}

std::optional<double> numberAt(const QJsonArray &values, qsizetype i)
{
    const QJsonValue v = values.at(i);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

// A quote array must be a list with one value (or null) per timestamp.
Status checkSeries(const QJsonValue &v, const char *name, qsizetype count, bool required,
                   const QString &fileName)
{
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return Error{QStringLiteral("expected indicators.quote[0].%1, found none").arg(QLatin1String(name)),
                         fileName};
        return {};
    }
    if (!v.isArray() || v.toArray().size() != count)
        return Error{QStringLiteral("expected %1 values in %2 (one per timestamp), found %3")
                         .arg(count)
                         .arg(QLatin1String(name))
                         .arg(v.isArray() ? QString::number(v.toArray().size()) : QStringLiteral("no list")),
                     fileName};
    return {};
}

void readEvents(const QJsonObject &events, const ExchangeClock &clock, YahooChart &chart)
{
    // Yahoo keys each event by the bar it falls in; `date` is the ex-date itself.
    const QJsonObject splits = events.value(QLatin1String("splits")).toObject();
    for (auto it = splits.begin(); it != splits.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ParsedPriceEvent e;
        e.kind = ParsedPriceEvent::Kind::Split;
        e.day = clock.dayOf(qint64(o.value(QLatin1String("date")).toDouble()));
        e.numerator = o.value(QLatin1String("numerator")).toDouble(1);
        e.denominator = o.value(QLatin1String("denominator")).toDouble(1);
        chart.events.append(e);
    }
    const QJsonObject dividends = events.value(QLatin1String("dividends")).toObject();
    for (auto it = dividends.begin(); it != dividends.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ParsedPriceEvent e;
        e.day = clock.dayOf(qint64(o.value(QLatin1String("date")).toDouble()));
        e.amount = o.value(QLatin1String("amount")).toDouble();
        chart.events.append(e);
    }
    std::sort(chart.events.begin(), chart.events.end(),
              [](const ParsedPriceEvent &a, const ParsedPriceEvent &b) { return a.day < b.day; });
}

} // namespace

Result<YahooChart> parseYahooChart(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const detail::Position pos = detail::positionOf(json, err.offset);
        return Error{QStringLiteral("expected JSON, found an error: %1").arg(err.errorString()), fileName,
                     pos.line, pos.column};
    }
    const QJsonObject chartObj = doc.object().value(QLatin1String("chart")).toObject();
    if (chartObj.isEmpty())
        return Error{QStringLiteral("expected a Yahoo Finance chart response ({\"chart\": ...}), found other JSON"),
                     fileName, 1, 1};
    if (const QJsonValue e = chartObj.value(QLatin1String("error")); e.isObject()) {
        const QJsonObject o = e.toObject();
        return Error{QStringLiteral("Yahoo Finance sent an error instead of prices: %1: %2")
                         .arg(o.value(QLatin1String("code")).toString(), o.value(QLatin1String("description")).toString()),
                     fileName};
    }
    const QJsonArray results = chartObj.value(QLatin1String("result")).toArray();
    if (results.isEmpty())
        return Error{QStringLiteral("expected a chart result, found none"), fileName};
    const QJsonObject result = results.first().toObject();
    const QJsonObject meta = result.value(QLatin1String("meta")).toObject();

    YahooChart chart;
    chart.symbol = meta.value(QLatin1String("symbol")).toString();
    chart.currency = meta.value(QLatin1String("currency")).toString();
    chart.granularity = meta.value(QLatin1String("dataGranularity")).toString();
    const auto clock = clockOf(meta, chart.timeZone);
    if (!clock)
        return Error{QStringLiteral("expected the exchange's time zone (meta.exchangeTimezoneName or "
                                    "meta.gmtoffset), found neither"),
                     fileName};
    readEvents(result.value(QLatin1String("events")).toObject(), *clock, chart);

    const QJsonValue stamps = result.value(QLatin1String("timestamp"));
    if (stamps.isUndefined() || stamps.isNull())
        return chart; // Yahoo sends no timestamps for a range without trading days
    if (!stamps.isArray())
        return Error{QStringLiteral("expected a list of timestamps"), fileName};
    const QJsonArray ts = stamps.toArray();
    const QJsonObject indicators = result.value(QLatin1String("indicators")).toObject();
    const QJsonObject quote = indicators.value(QLatin1String("quote")).toArray().at(0).toObject();
    const QJsonValue adjValue = indicators.value(QLatin1String("adjclose")).toArray().at(0).toObject().value(
        QLatin1String("adjclose"));
    struct Named { const char *name; bool required; QJsonValue value; };
    const Named series[] = {{"open", false, quote.value(QLatin1String("open"))},
                            {"high", false, quote.value(QLatin1String("high"))},
                            {"low", false, quote.value(QLatin1String("low"))},
                            {"close", true, quote.value(QLatin1String("close"))},
                            {"volume", false, quote.value(QLatin1String("volume"))},
                            {"adjclose", false, adjValue}};
    for (const Named &s : series)
        if (Status st = checkSeries(s.value, s.name, ts.size(), s.required, fileName); !st)
            return st.error();
    const QJsonArray open = series[0].value.toArray(), high = series[1].value.toArray(),
                     low = series[2].value.toArray(), close = series[3].value.toArray(),
                     volume = series[4].value.toArray(), adj = series[5].value.toArray();
    const bool hasAdj = adjValue.isArray();

    QDate previous;
    for (qsizetype i = 0; i < ts.size(); ++i) {
        if (!ts.at(i).isDouble())
            return Error{QStringLiteral("expected a number at timestamp %1, found %2")
                             .arg(i + 1)
                             .arg(QString::fromUtf8(QJsonDocument(QJsonArray{ts.at(i)}).toJson(QJsonDocument::Compact))),
                         fileName};
        ParsedBar bar;
        bar.day = clock->dayOf(qint64(ts.at(i).toDouble()));
        const auto c = numberAt(close, i);
        if (!c) {
            ++chart.barsWithoutClose;
            continue;
        }
        bar.close = *c;
        bar.open = numberAt(open, i);
        bar.high = numberAt(high, i);
        bar.low = numberAt(low, i);
        if (hasAdj)
            bar.adjClose = numberAt(adj, i);
        if (const auto v = numberAt(volume, i))
            bar.volume = qint64(*v);
        if (previous.isValid() && bar.day < previous)
            return Error{QStringLiteral("expected timestamps in order, found %1 after %2")
                             .arg(bar.day.toString(Qt::ISODate), previous.toString(Qt::ISODate)),
                         fileName};
        // Yahoo appends the session in progress as one more bar of the same day:
        // the later one is the newer figure.
        if (bar.day == previous)
            chart.bars.last() = bar;
        else
            chart.bars.append(bar);
        previous = bar.day;
    }
    return chart;
}

namespace detail {

void parseYahooChartJson(const QByteArray &text, ParseContext &ctx)
{
    ParseOutcome &out = ctx.out();
    auto parsed = parseYahooChart(text, ctx.fileName());
    if (!parsed) {
        ctx.problem(parsed.error());
        return;
    }
    YahooChart &chart = *parsed;
    if (chart.granularity != u"1d") {
        ctx.problem(1, 1, QStringLiteral("expected daily bars (interval 1d), found interval %1")
                              .arg(found(QStringView(chart.granularity))));
        return;
    }
    const ParseOptions &options = ctx.options();
    ParsedPrices &prices = out.prices;
    prices.symbol = options.symbol.isEmpty() ? chart.symbol : options.symbol;
    prices.symbolFrom = options.symbol.isEmpty() ? QStringLiteral("file") : QStringLiteral("option");
    const bool hasAdj = std::any_of(chart.bars.begin(), chart.bars.end(),
                                    [](const ParsedBar &b) { return b.adjClose.has_value(); });
    const bool adjusted = options.adjusted.value_or(hasAdj);
    prices.adjusted = adjusted;
    prices.adjustedKnown = options.adjusted.has_value() || hasAdj;
    prices.events = chart.events;
    out.dataLines = int(chart.bars.size()) + chart.barsWithoutClose;
    out.layout = QStringLiteral("Yahoo v8 chart JSON, %1, %2%3")
                     .arg(chart.timeZone, adjusted ? QStringLiteral("adjusted") : QStringLiteral("not adjusted"),
                          chart.barsWithoutClose
                              ? QStringLiteral(", %1 days without a close left out").arg(chart.barsWithoutClose)
                              : QString());
    for (ParsedBar bar : chart.bars) {
        if (options.adjusted.value_or(false)) {
            // Keep the series on the adjusted basis: close is the adjusted close
            // and open/high/low move by the same factor, as yfinance does.
            if (!bar.adjClose) {
                ctx.problem(0, 0, QStringLiteral("%1: expected an adjusted close for an adjusted series, found null")
                                      .arg(bar.day.toString(Qt::ISODate)));
                continue;
            }
            const double factor = bar.close != 0 ? *bar.adjClose / bar.close : 1.0;
            for (std::optional<double> *v : {&bar.open, &bar.high, &bar.low})
                if (*v)
                    **v *= factor;
            bar.close = *bar.adjClose;
            bar.adjClose.reset();
        }
        prices.bars.append(bar);
    }
}

} // namespace detail
} // namespace stratos::import
