#pragma once
// The one parser for dates written by people and publishers: English month
// names, dates in running text ("27 January 2025", "Jan. 27, 2025",
// "2025-01-27") and numeric dates whose day/month order a file decides
// ("01/27/2025", "27.01.2025", "20250127"). Importers, document metadata and
// questions all read dates through here.

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace stratos::dates {

// 1..12 for an English month name, its three-letter abbreviation or "Sept",
// any case, with or without a final '.'; 0 for anything else.
int monthFromName(QStringView name);
int monthFromName(QByteArrayView name);

// A regular-expression group (one capture) matching what monthFromName accepts.
const QString &monthPattern();

struct DateInText
{
    qsizetype at = -1;   // where the date starts in the text
    qsizetype length = 0;
    QDate date;
};

// Dates written in text, in order of position: ISO (2025-01-27, 2025/1/27),
// month first ("January 27, 2025", "Jan. 27th 2025") and day first ("27
// January 2025", "27th of Jan 2025"). Years outside 1900–2100 and impossible
// days are not dates.
QList<DateInText> findDates(const QString &text, qsizetype from = 0);
std::optional<DateInText> firstDate(const QString &text, qsizetype from = 0);

// Numeric dates: which field is the year, month and day is the file's
// choice, never one row's (01/02/2025 is ambiguous on its own).
enum class Order { YearMonthDay, MonthDayYear, DayMonthYear };

// Splits "01/27/2025", "27.01.2025", "2025-01-27" or "20250127" into three
// numbers in written order; false when it is not such a date.
bool splitNumericDate(QStringView text, int parts[3]);
// The date in that order, or an invalid QDate (two-digit years are not accepted).
QDate numericDate(QStringView text, Order order);
// Which orders give a valid date for this text (a bit per Order value).
unsigned possibleOrders(QStringView text);
constexpr unsigned orderBit(Order o) { return 1u << unsigned(o); }

} // namespace stratos::dates
