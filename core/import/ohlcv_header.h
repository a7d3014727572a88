#pragma once
// Recognises the header rows of daily price CSVs (Yahoo classic, yfinance with
// one to three header rows, Stooq, close-only) and where the symbol comes from.

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

// "NVDA_yfinance_adjusted.csv" -> NVDA, "IXIC_2005_2025.csv" -> ^IXIC,
// "nvda.us.txt" (Stooq) -> NVDA; empty when the name does not look like one.
QString symbolFromFileName(const QString &fileName);

// Accepts "2025-01-27", "2025-01-27 05:00:00+00:00", "2005-08-30T00:00:00-04:00":
// the calendar day as written. Returns the Julian day, or -1.
qint64 parsePriceDay(QByteArrayView text);

} // namespace stratos::import::detail
