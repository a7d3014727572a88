#pragma once
// A window on a team store learns of other users' imports and updates: a
// LISTEN on every dataset's channel (db/pg/pg_listener), a burst of
// notifications coalesced into one refresh, and the connection's state told to
// the user (lost, back again). Nothing on SQLite: one user, one window's own
// changes already refresh it.

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
    // Datasets changed by someone ("prices", "launches"...), after a short quiet spell.
    void changed(const QStringList &datasets);
    void message(const QString &text);

private:
    StoreWatcher(pg::Listener *listener, QObject *parent);
    QSet<QString> m_pending;
    QTimer m_settle;
};

} // namespace stratos
