#pragma once
// One user at a time per dataset: a session advisory lock
// (pg_try_advisory_lock) held for the whole import or update. The holder
// writes who and since when into stratos_dataset_lock (committed at once, so
// others can read it while the import's own transaction is still open); the
// second user is told "updated by another user at 10:42" and writes nothing.
// The lock dies with the holder's session, so a killed client never leaves a
// dataset locked.

#include "pg_connection.h"
#include "pg_dataset.h"

#include <QDateTime>

namespace stratos::pg {

struct LockHolder
{
    QString user;        // the holder's PostgreSQL role (current_user)
    QString application; // its application_name (e.g. "stratos")
    QString machine;     // the host name the holder's Stratos reported
    int pid = 0;         // its server process
    QDateTime since;     // when it took the lock (local time)
};

// The message the second user sees.
QString busyMessage(Dataset dataset, const LockHolder &holder);

// Creates stratos_dataset_lock when it is missing (the migrations create it
// too); safe when several clients run it at once.
Status ensureLockTable(Connection &conn);

class DatasetLock
{
public:
    struct Outcome
    {
        bool acquired = false;
        LockHolder holder; // who has it, when !acquired
    };

    // Tries once, never waits. On success the lock is held on `conn` until
    // release() or the destructor (or until the session ends).
    DatasetLock(Connection &conn, Dataset dataset) : m_conn(conn), m_dataset(dataset) {}
    ~DatasetLock();
    DatasetLock(const DatasetLock &) = delete;
    DatasetLock &operator=(const DatasetLock &) = delete;

    Result<Outcome> tryAcquire(const QString &machine);
    // Marks the update finished (stratos_dataset_lock.finished_at) and unlocks.
    Status release();
    bool held() const { return m_held; }

private:
    Result<LockHolder> readHolder();

    Connection &m_conn;
    Dataset m_dataset;
    bool m_held = false;
};

} // namespace stratos::pg
