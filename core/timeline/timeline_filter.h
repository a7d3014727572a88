#pragma once
// Which events the timeline shows: lanes, countries and a date range remove
// events; the search text only dims the ones that do not match. Also where an
// event's countries come from (the rows it concerns, and its title).

#include "timeline/timeline_event.h"

#include <QHash>
#include <QSet>
#include <array>

namespace stratos::timeline {

struct TimelineFilter
{
    std::array<bool, kLaneCount> lanes{true, true, true, true, true, true};
    QSet<QString> countries; // empty: every country, and events with none
    QString text;            // words, all of which must appear in title or summary
    QDate from, to;          // invalid: unbounded

    bool laneShown(Lane lane) const { return lanes[std::size_t(lane)]; }
    bool hasText() const { return !text.trimmed().isEmpty(); }
    bool passes(const TimelineEvent &e) const;      // lane, country and date range
    bool matchesText(const TimelineEvent &e) const; // true when there is no text
    bool operator==(const TimelineFilter &) const = default;
};

// ISO codes (and "EU") an event is about: the countries of the rows it
// concerns (entityCountry maps "model:GPT-4" → "US") and countries its title
// names. Sorted, without duplicates.
QStringList eventCountries(const Event &e, const QHash<QString, QString> &entityCountry);
QStringList countriesNamedIn(const QString &title);
QString countryName(const QString &code); // "CN" → "China"

} // namespace stratos::timeline
