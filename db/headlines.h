#pragma once
// What the overview's headline cards compare (table `headline`, migration
// 0010, filled from the seed's headlines.csv): the cards read it on every
// reload, so a seed update or a user's change moves them with no code change.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace stratos {

struct HeadlineComparison
{
    QString first, second; // models, securities or constellations
    QString eventKey;      // the market card: the event whose day it shows
    QStringList others;    // the space card: more constellations
};

struct Headlines
{
    std::optional<HeadlineComparison> trainingCost; // two models' training cost
    std::optional<HeadlineComparison> apiPrice;     // two models' output-token price
    std::optional<HeadlineComparison> marketDay;    // a stock and an index on an event's day
    std::optional<HeadlineComparison> constellations;
};

// A card with no row (or a failed query, logged) is left empty: the card says so.
Headlines readHeadlines(QSqlDatabase db);

} // namespace stratos
