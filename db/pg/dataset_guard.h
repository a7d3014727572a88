#pragma once
// Imports and updates on a team store: while one user writes a dataset, it
// holds that dataset's advisory lock (pg_lock.h) on a libpq connection of its
// own to the same store; a second user is refused with who and since when,
// before anything is written. On SQLite (one user, and SQLite's own write
// lock) a guard holds nothing.

#include "pg/pg_dataset.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <memory>

namespace stratos::pg {

class Connection;
class DatasetLock;

// libpq's connection string for the server a QPSQL connection talks to (host,
// port, user, database, its connect options; the password only when it was
// typed for this session and lives in memory).
QString conninfoOf(const QSqlDatabase &db);

class DatasetGuard
{
public:
    // Takes the lock on a team store; an Error carries busyMessage() when
    // another user holds it. Succeeds without a lock on SQLite.
    static Result<std::unique_ptr<DatasetGuard>> acquire(const QSqlDatabase &db, Dataset dataset);
    ~DatasetGuard(); // releases
    DatasetGuard(const DatasetGuard &) = delete;
    DatasetGuard &operator=(const DatasetGuard &) = delete;

    // Queues the news of the dataset's change to the other windows on `db`'s
    // transaction (store_change.h): delivered when it commits, never for a
    // rollback. `payload` goes along as the change's detail (the batch id).
    static Status notifyOnCommit(const QSqlDatabase &db, Dataset dataset, const QString &payload);

private:
    DatasetGuard() = default;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<DatasetLock> m_lock;
};

} // namespace stratos::pg
