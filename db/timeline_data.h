#pragma once
// The timeline's events from the store: curated and user events (hidden ones
// left out), dated documents on their own lane, and each event's countries.
// The timeline page and `stratos export-chart --chart timeline` both load here.

#include "timeline/timeline_event.h"

#include <QHash>
#include <QSqlDatabase>

namespace stratos {

class Repository;

// "model:GPT-4" → "US", "security:NVDA" → "US" (through its organisation), ...
QHash<QString, QString> entityCountries(QSqlDatabase db);

QList<timeline::TimelineEvent> loadTimelineEvents(const Repository &repo, QSqlDatabase db);

} // namespace stratos
