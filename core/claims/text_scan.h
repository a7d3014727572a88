#pragma once
// The pieces a claim is made of, as they are written: figures with their units
// and qualifiers, and date mentions (full dates through the project's date
// parser, days without a year, months, years, weekdays, "yesterday").

#include "claims/claim.h"

#include <QList>
#include <QString>

namespace stratos::claims {

struct FigureMention
{
    int start = 0, end = 0; // including the qualifier words before the number
    int numberStart = 0;    // where the number (or its currency sign) starts
    Figure figure;
    bool percent = false;
    bool currency = false;
    bool ordinal = false;   // "10,000th"
    int sign = 0;           // an explicit "+" or "-"
    QString scaleWord;      // "billion", "M", ... as written
};

// Figures within [from, to). A range ("2-3%", "between 2 and 3%") is one figure.
QList<FigureMention> findFigures(const QString &text, int from, int to);

enum class DateKind { Full, DayNoYear, MonthYear, Year, EndOfYear, Weekday, Yesterday, Today, ThatDay };

struct DateMention
{
    int start = 0, end = 0;
    DateKind kind = DateKind::Full;
    QDate date;       // Full; MonthYear / Year / EndOfYear: the first day of the period
    int month = 0;    // DayNoYear
    int day = 0;      // DayNoYear
    int weekday = 0;  // Weekday: 1 = Monday
    bool base = false; // "from $242.51 on Friday": the day a change is measured from
};

QList<DateMention> findDateMentions(const QString &text, int from, int to);

// A day without a year, in the year that puts it closest to `reference`.
QDate completeDate(int month, int day, const QDate &reference);

} // namespace stratos::claims
