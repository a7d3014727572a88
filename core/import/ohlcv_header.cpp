#include "import/ohlcv_header.h"

#include "import/parse_context.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace stratos::import::detail {
namespace {

QByteArrayView trimmed(QByteArrayView s)
{
    return s.trimmed();
}

bool isOneOf(QByteArrayView name, std::initializer_list<const char *> options)
{
    for (const char *o : options)
        if (trimmed(name).compare(QByteArrayView(o), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool allEmpty(const CsvRow &row, int from)
{
    for (qsizetype i = from; i < row.fields.size(); ++i)
        if (!trimmed(row.fields[i]).isEmpty())
            return false;
    return true;
}

QString joinNames(const CsvRow &row)
{
    QStringList names;
    for (const QByteArrayView f : row.fields)
        names.append(QString::fromUtf8(trimmed(f)));
    return names.join(QStringLiteral(","));
}

// yfinance's second row: an empty (or "Ticker") first cell, then the symbol
// over every value column.
bool isTickerRow(const CsvRow &row)
{
    if (row.fields.size() < 2 || !isOneOf(row.fields[0], {"", "Ticker"}))
        return false;
    bool any = false;
    for (qsizetype i = 1; i < row.fields.size(); ++i) {
        const QByteArrayView v = trimmed(row.fields[i]);
        if (v.isEmpty())
            continue;
        if (parseDouble(v))
            return false;
        any = true;
    }
    return any;
}

QString describe(const PriceColumns &c, const CsvRow &header)
{
    if (c.headerRows == 3)
        return QStringLiteral("yfinance, 3 header rows");
    if (c.headerRows == 2)
        return QStringLiteral("yfinance, 2 header rows");
    const QString names = joinNames(header);
    if (c.ticker >= 0)
        return QStringLiteral("Stooq, <TICKER> layout (%1)").arg(names);
    if (isOneOf(header.fields[c.close], {"Close/Last"}))
        return QStringLiteral("Nasdaq.com (%1)").arg(names);
    if (isOneOf(header.fields[c.close], {"Price"}))
        return QStringLiteral("investing.com (%1)").arg(names);
    if (isOneOf(header.fields[c.date], {"Data"}))
        return QStringLiteral("Stooq, Polish header (%1)").arg(names);
    if (trimmed(header.fields[c.date]) == QByteArrayView("timestamp"))
        return QStringLiteral("Alpha Vantage (%1)").arg(names);
    if (c.open < 0 && c.high < 0 && c.low < 0)
        return QStringLiteral("close only (%1)").arg(names);
    if (c.adjClose >= 0)
        return QStringLiteral("Yahoo classic (%1)").arg(names);
    if (c.close == 1)
        return QStringLiteral("yfinance (%1)").arg(names);
    return QStringLiteral("Stooq-style OHLCV (%1)").arg(names);
}

} // namespace

bool looksLikeSymbol(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\^?[A-Z0-9][A-Z0-9.\\-=]{0,19}$"));
    return re.match(s).hasMatch();
}

std::optional<PriceColumns> recognisePriceHeader(const QList<const CsvRow *> &rows,
                                                 HeaderProblem &problem)
{
    const CsvRow &h = *rows.value(0);
    problem = {h.line, 1, {}};
    // Stooq's own files put <TICKER> first and the date third.
    if (h.fields.size() < 2 ||
        !isOneOf(h.fields[0], {"Date", "Datetime", "Timestamp", "Price", "<TICKER>", "Data"})) {
        problem.message = QStringLiteral("expected a price header like Date,Open,High,Low,Close,"
                                         "Volume, found %1")
                              .arg(found(QStringView(joinNames(h))));
        return std::nullopt;
    }
    PriceColumns c;
    c.count = h.fields.size();
    c.names = joinNames(h);
    // yfinance ticker rows: ",NVDA,NVDA,..." (2 rows) or "Ticker,NVDA,..." then
    // "Date,,,,," (3 rows).
    if (rows.size() > 1 && isTickerRow(*rows[1])) {
        const CsvRow &t = *rows[1];
        if (t.fields.size() != c.count) {
            problem = {t.line, t.columns.last(),
                       QStringLiteral("expected %1 fields in the ticker row as in the header, "
                                      "found %2")
                           .arg(c.count)
                           .arg(t.fields.size())};
            return std::nullopt;
        }
        QStringList symbols;
        for (qsizetype i = 1; i < t.fields.size(); ++i) {
            const QString s = QString::fromUtf8(trimmed(t.fields[i]));
            if (!s.isEmpty() && !symbols.contains(s))
                symbols.append(s);
        }
        if (symbols.size() > 1) {
            problem = {t.line, t.columns[1],
                       QStringLiteral("expected one symbol per file, found %1; download one "
                                      "ticker per file")
                           .arg(symbols.join(QStringLiteral(", ")))};
            return std::nullopt;
        }
        c.symbol = symbols.value(0);
        c.headerRows = 2;
        if (rows.size() > 2 && isOneOf(rows[2]->fields[0], {"Date", "Datetime"}) &&
            allEmpty(*rows[2], 1))
            c.headerRows = 3;
    }
    QList<int> valueColumns;
    const bool stooqTags = isOneOf(h.fields[0], {"<TICKER>"});
    if (stooqTags) {
        c.ticker = 0;
        c.date = -1;
    }
    for (int i = 1; i < int(h.fields.size()); ++i) {
        const QByteArrayView name = h.fields[i];
        // The names each site uses; Stooq's Polish header with and without
        // its diacritics.
        int *slot =
            isOneOf(name, {"Open", "<OPEN>", "Otwarcie"})                      ? &c.open
            : isOneOf(name, {"High", "<HIGH>", "Najwyzszy", "Najwyższy"})      ? &c.high
            : isOneOf(name, {"Low", "<LOW>", "Najnizszy", "Najniższy"})        ? &c.low
            : isOneOf(name, {"Close", "<CLOSE>", "Close/Last", "Zamkniecie", "Zamknięcie",
                             "Price"})                                         ? &c.close
            : isOneOf(name, {"Adj Close", "Adj_Close", "AdjClose", "Adj. Close",
                             "Adjusted Close", "Adjusted_Close"})              ? &c.adjClose
            : isOneOf(name, {"Volume", "Vol", "Vol.", "<VOL>", "Wolumen"})     ? &c.volume
            : isOneOf(name, {"<DATE>"}) && stooqTags                           ? &c.date
            : isOneOf(name, {"<PER>"}) && stooqTags                            ? &c.period
            : isOneOf(name, {"Change %", "Change%"})                           ? &c.percent
                                                                               : nullptr;
        if (slot) {
            if (*slot >= 0) {
                problem = {h.line, h.columns[i],
                           QStringLiteral("expected each column once, found %1 twice")
                               .arg(found(trimmed(name)))};
                return std::nullopt;
            }
            *slot = i;
        } else if (!isOneOf(name, {"Dividends", "Stock Splits", "Capital Gains", "Repaired?",
                                   "<TIME>", "<OPENINT>", "dividend_amount",
                                   "split_coefficient"})) {
            valueColumns.append(i);
        }
    }
    if (c.date < 0) {
        problem.message = QStringLiteral("expected a <DATE> column after <TICKER>, found %1")
                              .arg(c.names);
        return std::nullopt;
    }
    if (c.close < 0 && c.adjClose >= 0 && valueColumns.isEmpty()) {
        c.close = c.adjClose;
        c.closeIsAdjusted = true;
    } else if (c.close < 0 && valueColumns.size() == 1) {
        c.close = valueColumns.first();
        const QString name = QString::fromUtf8(trimmed(h.fields[c.close]));
        if (c.symbol.isEmpty() && looksLikeSymbol(name))
            c.symbol = name;
    } else if (c.close < 0) {
        problem.message = QStringLiteral("expected a Close column (or one value column named "
                                         "after the symbol), found %1")
                              .arg(c.names);
        return std::nullopt;
    }
    c.layout = describe(c, h);
    return c;
}

} // namespace stratos::import::detail
