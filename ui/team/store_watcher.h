#pragma once
// A window on a team store learns of other users' changes: a LISTEN on the
// store's change channel (db/pg/pg_listener, db/store_change), a burst of
// notifications coalesced into one refresh of the kinds of data they name,
// and the connection's state told to the user (lost, back again). Changes
// made by this process are skipped: its windows reloaded for them already.
// Nothing on SQLite: one user, one window's own changes already refresh it.

#include "store_change.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

namespace stratos {

namespace pg {
class Listener;
}

class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    // nullptr for a SQLite store.
    static StoreWatcher *create(const QSqlDatabase &db, QObject *parent);

signals:
    // What others changed, after a short quiet spell; every kind after a
    // reconnection (what happened meanwhile is unknown).
    void changed(stratos::ChangeKinds kinds);
    void message(const QString &text);
    // The server went away / is back (before the refresh changed() brings).
    void disconnected();
    void reconnected();

private:
    StoreWatcher(pg::Listener *listener, QObject *parent);
    void received(const QString &payload);

    ChangeKinds m_pending;
    QSet<QString> m_users;
    QTimer m_settle;
};

} // namespace stratos
