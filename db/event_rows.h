#pragma once
// The one place an `event` row becomes an Event: every reader of the table
// selects kEventColumns and maps the row with eventFromRow, so an origin or a
// column is never read two ways.

#include "model/entities.h"

#include <QLatin1StringView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace stratos {

// Columns in the order eventFromRow reads them; `e` is the event, `s` its source.
QString eventColumns(const QSqlDatabase &db);
inline constexpr int kEventColumnCount = 10;

Origin originFromText(QStringView text);
QLatin1StringView originText(Origin origin);

// Reads kEventColumns starting at column `first` of the current row.
Event eventFromRow(const QSqlQuery &q, int first = 0);

enum class EventVisibility { Shown, Hidden };
// The events on the timeline (Shown) or the curated ones the user hid, by day;
// a failed query is logged and reads as none.
QList<Event> readEvents(QSqlDatabase db, EventVisibility which);

} // namespace stratos
