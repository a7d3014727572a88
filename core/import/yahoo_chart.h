#pragma once
// Yahoo Finance v8 chart API responses (`/v8/finance/chart/SYMBOL`): bars in the
// exchange's own calendar, adjusted closes, split and dividend events, and the
// `error` object Yahoo sends instead of a result.

#include "import/parse_context.h"

#include <QList>
#include <QString>

namespace stratos::import {

struct YahooChart
{
    QString symbol;       // meta.symbol as Yahoo spells it
    QString currency;
    QString timeZone;     // meta.exchangeTimezoneName, or "UTC+HH:MM" from gmtoffset
    QString granularity;  // meta.dataGranularity: "1d", "1mo", ...
    QList<ParsedBar> bars; // close as sent (split-adjusted), adjClose when sent; oldest first
    QList<ParsedPriceEvent> events;
    int barsWithoutClose = 0; // timestamps whose close is null (halted or unfinished days)
};

// The whole response or the first thing wrong with it (Yahoo's own error
// message when it sent one).
Result<YahooChart> parseYahooChart(const QByteArray &json, const QString &fileName);

namespace detail {
// parseFile's entry for a chart response: daily bars only, on the basis the
// options ask for (adjusted: close = adjclose, open/high/low scaled with it).
void parseYahooChartJson(const QByteArray &text, ParseContext &ctx);
} // namespace detail

} // namespace stratos::import
