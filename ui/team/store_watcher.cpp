#include "team/store_watcher.h"

#include "dialect.h"
#include "pg/dataset_guard.h"
#include "pg/pg_dataset.h"
#include "pg/pg_listener.h"
#include "widgets/coalesce_timer.h"

namespace stratos {

StoreWatcher *StoreWatcher::create(const QSqlDatabase &db, QObject *parent)
{
    if (!isPostgres(db) || !pg::supported())
        return nullptr;
    QStringList channels;
    for (pg::Dataset d : pg::kAllDatasets)
        channels << pg::datasetChannel(d);
    auto *listener = new pg::Listener(pg::conninfoOf(db), channels);
    auto *watcher = new StoreWatcher(listener, parent);
    listener->setParent(watcher);
    listener->start(); // a failure is reported through connectionLost, and retried
    return watcher;
}

StoreWatcher::StoreWatcher(pg::Listener *listener, QObject *parent) : QObject(parent)
{
    // An import notifies once per file; several files or feeds in a row make
    // one refresh, well inside the 2 s the other users may wait.
    coalesceCalls(m_settle, 250, this, [this] {
        QStringList datasets = m_pending.values();
        datasets.sort();
        m_pending.clear();
        emit changed(datasets);
        emit message(tr("Updated by another user: %1").arg(datasets.join(QStringLiteral(", "))));
    });
    connect(listener, &pg::Listener::notified, this, [this](const QString &channel, const QString &) {
        m_pending.insert(channel.mid(QStringLiteral("stratos_").size()));
        m_settle.start();
    });
    connect(listener, &pg::Listener::connectionLost, this, &StoreWatcher::message);
    connect(listener, &pg::Listener::reconnected, this, [this] {
        emit message(tr("Connected to the team store again"));
        emit changed({}); // what happened meanwhile is unknown: refresh everything
    });
}

} // namespace stratos
