#pragma once
// Values of daily price files as the sites write them: "$188.15", "1,234.50",
// "152.79M", "3.79%", and dates as 2025-01-27, 20250127 or 01/27/2025, whose
// month/day order is decided from the whole file, never from one row.

#include "import/parsed.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace stratos::import::detail {

enum class PriceValue { Money, Volume, Percent };

// A price-file field without the spaces that pad it. Spaces only: unlike
// GCAT's trimSpaces, a tab is not taken for padding here.
QByteArrayView trimPriceField(QByteArrayView s);

// Parses a price-file number. Money: an optional '$'; Volume: an optional
// K/M/B suffix (thousands, millions, billions); Percent: a required '%'.
// Thousands separators must group by three ("1,234.5", never "12,34").
std::optional<double> parsePriceNumber(QByteArrayView text, PriceValue kind);

// Stooq's compact day "20250127"; returns the Julian day or -1.
qint64 parseCompactDay(QByteArrayView text);

// "01/27/2025", "27.01.2025", "1-27-2025": two numbers and a four-digit year,
// one separator ('/', '.' or '-'). Which number is the month is not known yet.
struct NumericDate
{
    int first = 0, second = 0, year = 0;
};
std::optional<NumericDate> parseNumericDate(QByteArrayView text);

// Collects the evidence of every row, then decides once for the file.
class DateOrderVote
{
public:
    void add(const NumericDate &d, int line);
    // MonthFirst or DayFirst; Unknown with a message when the file cannot tell
    // (every date ambiguous) or contradicts itself.
    DateOrder decide(QString &why, int &line) const;
    bool empty() const { return m_rows == 0; }

private:
    int m_rows = 0;
    int m_firstAbove12 = 0;  // first line whose first number is above 12: day first
    int m_secondAbove12 = 0; // first line whose second number is above 12: month first
    NumericDate m_example;
    int m_exampleLine = 0;
};

// The date, given the order; -1 when it is no date.
qint64 resolveNumericDate(const NumericDate &d, DateOrder order);

} // namespace stratos::import::detail
