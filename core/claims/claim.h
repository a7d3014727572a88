#pragma once
// A claim: a figure in a document that the store can check (entity, measure,
// value with its qualifier, the date it speaks of), as the finder reads it.

#include <QDate>
#include <QString>
#include <QStringList>

namespace stratos::claims {

enum class Measure {
    PriceMove,          // a security's close-to-close change on a day, in percent
    ClosePrice,         // a security's close on a day
    ApiInputPrice,      // USD per million input tokens
    ApiOutputPrice,     // USD per million output tokens
    ApiPrice,           // "per million tokens" without saying input or output
    TrainingCost,       // USD
    Parameters,         // count
    ReleaseDate,        // the figure is the date
    SatellitesLaunched, // a constellation's satellites launched up to a date
    SatellitesInYear,   // ... launched during a year
    LaunchesInYear,     // launches carrying a constellation's satellites in a year
    NthSatellite,       // the date the Nth satellite of a constellation was launched
    SatellitesOperating // in orbit and working at a date
};

// How the wording bounds the figure.
enum class Qualifier {
    Bare,    // "3.6%": precision is its last digit
    About,   // about, around, roughly, some, approximately, ~
    Over,    // over, more than, above, -plus, at least
    Nearly,  // nearly, almost, close to, just under
    Under,   // under, less than, below, up to
    Range    // "2-3%", "between 2 and 3%"
};

enum class EntityKind { None, Security, Organization, Model, Constellation };

enum class DatePrecision { None, Day, Month, Year };

struct ClaimDate
{
    QDate date;            // the day, or the first day of the month / year
    DatePrecision precision = DatePrecision::None;
    QString how;           // how it was read: "27 January 2025", "Monday before the document date"
    // When no day is given: the period the surrounding text speaks of, so the
    // checker can look for the store's one market event in it.
    QDate periodStart, periodEnd;
    QDate last() const;    // the last day the date covers
};

struct Figure
{
    double value = 0;      // in base units: percent, USD, count
    double high = 0;       // for ranges; equals value otherwise
    double halfUnit = 0;   // half of the last written digit, in base units
    Qualifier qualifier = Qualifier::Bare;
};

struct Claim
{
    int start = 0, end = 0;         // the figure's span in the text given to the finder
    QString text;                   // the figure as written ("over 12%")
    Measure measure = Measure::PriceMove;
    EntityKind entityKind = EntityKind::None;
    QString entity;                 // symbol, model name, constellation or organization name
    QString entityText;             // as written in the text
    Figure figure;
    int direction = 0;              // -1 fell, +1 rose, 0 not said (moves only)
    ClaimDate date;                 // the day spoken of; for ReleaseDate and NthSatellite, the figure
    long long ordinal = 0;          // NthSatellite: N
    // Moves without a day: the other securities whose moves the same sentence
    // reports without one, so the checker can pick the one event about all of them.
    QStringList sameDay;
    QString unclearWhy;             // set when the finder already knows it cannot be pinned down

    QString describe() const;       // "^IXIC fell 3.6% on 2025-01-27"
};

QString measureKey(Measure m);      // stable names stored in the database ("price_move")
QString qualifierWord(Qualifier q); // "about", "over", ...

} // namespace stratos::claims
