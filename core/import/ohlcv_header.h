#pragma once
// Recognises the header rows of daily price CSVs (Yahoo classic, yfinance with
// one to three header rows, Stooq in both layouts and localised, Nasdaq.com,
// investing.com, Alpha Vantage, close-only).

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <optional>

namespace stratos::import::detail {

// One CSV row as views into text that outlives it.
struct CsvRow
{
    int line = 0;
    QVarLengthArray<QByteArrayView, 16> fields;
    QVarLengthArray<int, 16> columns; // 1-based character column of each field
};

struct PriceColumns
{
    int date = 0;
    int open = -1, high = -1, low = -1, close = -1, adjClose = -1, volume = -1;
    int ticker = -1;  // Stooq's <TICKER>: the symbol on every row
    int period = -1;  // Stooq's <PER>: D for daily rows
    int percent = -1; // investing.com's "Change %": checked, not kept
    qsizetype count = 0;          // fields per row, as the header names them
    int headerRows = 1;           // 1, or 2-3 for yfinance's ticker rows
    QString symbol;               // from a ticker row or a column named after the symbol
    bool closeIsAdjusted = false; // the only value column is "Adj Close"
    QString layout;
    QString names; // the header names, for messages
};

struct HeaderProblem
{
    int line = 1;
    int column = 1;
    QString message;
};

// Needs the first (up to) three rows; returns the columns or the problem.
// When it returns columns, rows [0, headerRows) were header rows.
std::optional<PriceColumns> recognisePriceHeader(const QList<const CsvRow *> &rows,
                                                 HeaderProblem &problem);

bool looksLikeSymbol(const QString &s);

} // namespace stratos::import::detail
