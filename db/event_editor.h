#pragma once
// Writes the timeline's user events (lane "user", origin "user", each with its
// own source of kind "user") and hides or shows curated ones, which can never
// be deleted. Each call is one transaction; a failure changes nothing. Edits
// carry the row version they started from (migration 0013), so on a shared
// store an edit never silently overwrites another user's.

#include "model/entities.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace stratos {

struct UserEvent
{
    Event event;     // key, day, title, summary, importance, url
    QString country; // comma-separated ISO codes; may be empty
    // The row's version when it was loaded (load() fills it); save() refuses to
    // overwrite a row whose version moved on since. 0 = new or unchecked.
    qint64 rowVersion = 0;
};

// A save against a row that someone else changed after it was loaded: nothing
// was written; the user sees both and chooses.
struct EditConflict
{
    UserEvent mine;   // what this user tried to save
    UserEvent theirs; // the row as it is now (with its current rowVersion)
};

struct SaveOutcome
{
    qint64 rowVersion = 0;               // the row's version after a successful save
    std::optional<EditConflict> conflict; // set when nothing was saved
};

class EventEditor
{
public:
    explicit EventEditor(QSqlDatabase db) : m_db(std::move(db)) {}

    static QString newKey(); // "user-" and a UUID
    bool readOnly() const;

    Status add(const UserEvent &e);    // e.event.key must be new
    // By key, user events only, checking e.rowVersion when it is not 0.
    Result<SaveOutcome> save(const UserEvent &e);
    Status update(const UserEvent &e); // save(); a conflict is an error
    Status remove(const QString &key); // user events only
    Status setHidden(const QString &key, bool hidden);

    Result<UserEvent> load(const QString &key) const; // hidden ones too
    QList<Event> hiddenEvents() const;

private:
    // `doing` ("save the event") names the work in a refusal.
    Status inTransaction(const QString &doing, const std::function<Status()> &work);
    Status checkUserEvent(const QString &key) const;

    QSqlDatabase m_db;
};

} // namespace stratos
