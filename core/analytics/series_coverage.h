#pragma once
// How far a set of price series reaches, said honestly: "prices to" one date
// misleads when some series stop before the newest one, so the text gives the
// range of last dates and the tooltip each series' own.

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace stratos {

struct SeriesEnd
{
    QString symbol;
    QDate last; // the series' latest bar
};

struct CoverageText
{
    QString text;    // "prices to 21 Aug 2026", "prices to 20–21 Aug 2026"
    QString toolTip; // one line per series, the earliest-ending first
    QDate oldest, newest;
};

// Empty text when no series has a bar.
CoverageText describeSeriesEnds(QList<SeriesEnd> ends, const QLocale &locale = QLocale());

// "20–21 Aug 2026", "4 Apr – 21 Aug 2026", "30 Dec 2025 – 21 Aug 2026", or
// one date when both are the same day.
QString dayRange(QDate from, QDate to, const QLocale &locale = QLocale());

} // namespace stratos
