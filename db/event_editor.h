#pragma once
// Writes the timeline's user events (lane "user", origin "user", each with its
// own source of kind "user") and hides or shows curated ones, which can never
// be deleted. Each call is one transaction; a failure changes nothing.

#include "model/entities.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <functional>

namespace stratos {

struct UserEvent
{
    Event event;     // key, day, title, summary, importance, url
    QString country; // comma-separated ISO codes; may be empty
};

class EventEditor
{
public:
    explicit EventEditor(QSqlDatabase db) : m_db(std::move(db)) {}

    static QString newKey(); // "user-" and a UUID
    bool readOnly() const;

    Status add(const UserEvent &e);    // e.event.key must be new
    Status update(const UserEvent &e); // by key; user events only
    Status remove(const QString &key); // user events only
    Status setHidden(const QString &key, bool hidden);

    Result<UserEvent> load(const QString &key) const; // hidden ones too
    QList<Event> hiddenEvents() const;

private:
    Status inTransaction(const std::function<Status()> &work);
    Status checkUserEvent(const QString &key) const;

    QSqlDatabase m_db;
};

} // namespace stratos
