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

// The symbol a file name gives, when the file itself names none:
//  - the base name (no folder, no last extension) up to the first '_' or space,
//    upper-cased: "NVDA_yfinance_adjusted.csv" -> NVDA;
//  - Stooq's ".US" suffix is dropped: "nvda.us.txt" -> NVDA;
//  - well-known index names lose their caret in file names and get it back:
//    GSPC, IXIC, DJI, NDX, RUT, VIX, SOX, NYA, FTSE, N225, HSI, GDAXI, FCHI,
//    STOXX50E ("IXIC_2005_2025.csv" -> ^IXIC);
//  - the result must look like a ticker (^?[A-Z0-9][A-Z0-9.-=]{0,19}), else empty.
// A symbol in the file wins over this, and ParseOptions::symbol over both.
QString symbolFromFileName(const QString &fileName);

} // namespace stratos::import::detail
