#include "team/store_watcher.h"

#include "dialect.h"
#include "pg/dataset_guard.h"
#include "pg/pg_listener.h"
#include "widgets/coalesce_timer.h"

namespace stratos {

StoreWatcher *StoreWatcher::create(const QSqlDatabase &db, QObject *parent)
{
    if (!isPostgres(db) || !pg::supported())
        return nullptr;
    auto *listener = new pg::Listener(pg::conninfoOf(db), {changeChannel()});
    auto *watcher = new StoreWatcher(listener, parent);
    listener->setParent(watcher);
    listener->start(); // a failure is reported through connectionLost, and retried
    return watcher;
}

StoreWatcher::StoreWatcher(pg::Listener *listener, QObject *parent) : QObject(parent)
{
    // An import notifies once per file, an edit once per save; several in a
    // row make one refresh, well inside the 2 s the other users may wait.
    coalesceCalls(m_settle, 250, this, [this] {
        const ChangeKinds kinds = m_pending;
        QStringList users = m_users.values();
        users.sort();
        m_pending = {};
        m_users.clear();
        emit changed(kinds);
        const QString what = changeKindNames(kinds);
        emit message(users.isEmpty() ? tr("Updated by another user: %1").arg(what)
                                     : tr("Updated by another user (%1): %2").arg(users.join(QStringLiteral(", ")), what));
    });
    connect(listener, &pg::Listener::notified, this,
            [this](const QString &, const QString &payload) { received(payload); });
    connect(listener, &pg::Listener::connectionLost, this, [this](const QString &why) {
        emit message(why);
        emit disconnected();
    });
    connect(listener, &pg::Listener::reconnected, this, [this] {
        emit reconnected(); // the window's own connection first: the refresh below reads through it
        emit message(tr("Connected to the team store again"));
        emit changed(everyChangeKind()); // what happened meanwhile is unknown: refresh everything
    });
}

void StoreWatcher::received(const QString &payload)
{
    const std::optional<StoreChange> change = parseStoreChange(payload);
    if (change && change->origin == thisProcessOrigin())
        return;
    // A payload this Stratos cannot read (a newer one's) still means something
    // changed: everything is reloaded rather than a change missed.
    m_pending |= change && !change->unknownKind ? change->kinds : everyChangeKind();
    if (change && !change->user.isEmpty())
        m_users.insert(change->user);
    m_settle.start();
}

} // namespace stratos
