#pragma once
// The one place an `event` row becomes an Event: every reader of the table
// selects kEventColumns and maps the row with eventFromRow, so an origin or a
// column is never read two ways.

#include "model/entities.h"

#include <QLatin1StringView>

class QSqlQuery;

namespace stratos {

// Columns in the order eventFromRow reads them; `e` is the event, `s` its source.
inline constexpr QLatin1StringView kEventColumns{
    "e.id, e.key, e.day, e.lane, e.title, e.summary, e.importance, s.url, e.origin, "
    "(SELECT group_concat(entity_kind || ':' || entity_key, ';') FROM event_link WHERE event_id = e.id)"};
inline constexpr int kEventColumnCount = 10;

Origin originFromText(QStringView text);
QLatin1StringView originText(Origin origin);

// Reads kEventColumns starting at column `first` of the current row.
Event eventFromRow(const QSqlQuery &q, int first = 0);

} // namespace stratos
