#pragma once
// What changed in a team store, told to the other windows on it: a writer
// announces the kind of data it changed inside its own transaction (so the
// news leaves when the change commits, and never for a rollback); a window
// reloads only the pages that show that kind. One LISTEN/NOTIFY channel; the
// payload names the kind, the server's user and the sending process, so a
// window can skip its own process's changes (it has reloaded for them already)
// and tell the user who changed what. On SQLite there is nobody to tell.

#include "util/result.h"

#include <QFlags>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace stratos {

enum class ChangeKind : unsigned {
    Prices = 1u << 0,
    Models = 1u << 1,
    Launches = 1u << 2,
    Satellites = 1u << 3,
    Documents = 1u << 4, // the library, its passages and claim checks
    Events = 1u << 5,    // the timeline's events (user edits, hiding)
};
Q_DECLARE_FLAGS(ChangeKinds, ChangeKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeKinds)

inline constexpr ChangeKind kAllChangeKinds[] = {ChangeKind::Prices,     ChangeKind::Models,    ChangeKind::Launches,
                                                 ChangeKind::Satellites, ChangeKind::Documents, ChangeKind::Events};
// Every kind: what a window reloads when it cannot know what changed (it was
// disconnected meanwhile, or a newer Stratos named a kind this one does not know).
ChangeKinds everyChangeKind();

QString changeKindName(ChangeKind kind); // "prices", "events"...
std::optional<ChangeKind> changeKindFromName(const QString &name);
// "events, prices": for messages, in a fixed order.
QString changeKindNames(ChangeKinds kinds);

// The one channel every Stratos on a team store listens on.
QString changeChannel();

// This process, as it names itself in what it announces ("host:pid").
QString thisProcessOrigin();

struct StoreChange
{
    ChangeKinds kinds; // empty only for a kind this Stratos does not know
    bool unknownKind = false;
    QString user;   // the PostgreSQL user who made the change
    QString origin; // the sending process (thisProcessOrigin() there)
    QString detail; // an import's batch id, an event's key...
};

// Reads a notification's payload; nullopt for one that is not Stratos's JSON.
std::optional<StoreChange> parseStoreChange(const QString &payload);

// Queues the news of a change on `db`'s current transaction (delivered when it
// commits; at once outside a transaction). Nothing on SQLite. A failure is the
// caller's: the transaction must then be rolled back like any failed write.
Status announceChange(const QSqlDatabase &db, ChangeKind kind, const QString &detail = {});

} // namespace stratos
