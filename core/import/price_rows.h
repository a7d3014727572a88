#pragma once
// Reads the data rows of a daily price CSV once its header is known: values
// with money signs, separators and suffixes, dates whose month/day order is
// decided from the whole file, Stooq's ticker column, and the symbol.

#include "import/ohlcv_header.h"
#include "import/parse_context.h"
#include "import/price_fields.h"
#include "import/seen_days.h"

#include <QSet>
#include <QVarLengthArray>
#include <vector>

namespace stratos::import::detail {

class PriceRowReader
{
public:
    PriceRowReader(const PriceColumns &cols, ParseContext &ctx);

    // Reads one data row. Returns false when the first row does not match the
    // header: then every row is likely off and the caller only counts the rest.
    bool read(const CsvRow &row);
    // Once every row is read: decides the date order, checks repeated days,
    // settles the symbol.
    void finish();

private:
    enum class Value { Open, High, Low, Close, AdjClose, Volume, Percent, Ticker, Period };
    struct PendingDay
    {
        qsizetype bar = 0; // index into the bars
        int line = 0, column = 0;
        NumericDate date;
    };

    std::optional<double> number(const CsvRow &row, int col, const char *what, PriceValue kind,
                                 bool positive);
    bool readDay(const CsvRow &row, qint64 &jd, std::optional<NumericDate> &numeric);
    void checkDay(qint64 jd, int line, int column);
    void readTicker(const CsvRow &row, int col);
    void resolvePendingDays();
    void dropBars(const QSet<qsizetype> &which);
    void dropPendingBars();
    void decideSymbol();

    const PriceColumns &m_cols;
    ParseContext &m_ctx;
    QVarLengthArray<std::pair<int, Value>, 12> m_valueColumns; // sorted by column
    bool m_firstDataRow = true;
    SeenDays m_seen;
    DateOrder m_order = DateOrder::Unknown;
    DateOrderVote m_vote;
    std::vector<PendingDay> m_pending;
    enum class DateStyle { None, Iso, Compact, Numeric };
    DateStyle m_style = DateStyle::None;
    QString m_styleExample;
    QString m_tickerSymbol; // from <TICKER>, as the first row has it
};

} // namespace stratos::import::detail
