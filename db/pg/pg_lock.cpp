#include "pg_lock.h"

#include <QThread>

namespace stratos::pg {

namespace {

QStringList lockKeys(Dataset d)
{
    return {QString::number(kLockClass), QString::number(datasetLockKey(d))};
}

} // namespace

QString busyMessage(Dataset dataset, const LockHolder &holder)
{
    QString name = datasetName(dataset);
    name[0] = name[0].toUpper();
    QString who = holder.user;
    if (!holder.machine.isEmpty())
        who += QStringLiteral(" on ") + holder.machine;
    if (!holder.application.isEmpty())
        who += QStringLiteral(", ") + holder.application;
    return QStringLiteral("%1: updated by another user at %2 (%3, still running); nothing was written here. "
                          "Try again when that update has finished.")
        .arg(name, holder.since.toString(QStringLiteral("HH:mm")), who);
}

Status ensureLockTable(Connection &conn)
{
    // CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin (both
    // may try to create the row type); a transaction lock serialises them.
    if (Status st = conn.begin(); !st)
        return st;
    const QStringList keys = {QString::number(kLockClass), QStringLiteral("0")};
    Status st = conn.exec(QStringLiteral("SELECT pg_advisory_xact_lock($1::int, $2::int)"), keys);
    if (st)
        st = conn.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS stratos_dataset_lock ("
            " dataset text PRIMARY KEY,"
            " holder_user text NOT NULL,"
            " holder_application text NOT NULL,"
            " holder_machine text NOT NULL,"
            " holder_pid integer NOT NULL,"
            " started_at timestamptz NOT NULL,"
            " finished_at timestamptz)"));
    if (st)
        st = conn.commit();
    if (!st)
        conn.rollback();
    return st;
}

DatasetLock::~DatasetLock()
{
    if (m_held)
        release(); // errors here are moot: the session's end would free the lock too
}

Result<DatasetLock::Outcome> DatasetLock::tryAcquire(const QString &machine)
{
    const QStringList keys = lockKeys(m_dataset);
    // A holder that releases between our failed try and our look at pg_locks
    // leaves nobody to name: try again rather than report a ghost.
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto got = m_conn.query(QStringLiteral("SELECT pg_try_advisory_lock($1::int, $2::int)"), keys);
        if (!got)
            return got.error();
        if (got->value(0).value(0) == QLatin1String("t")) {
            m_held = true;
            // Autocommit: visible to the others at once, while our import's
            // transaction is still open.
            Status st = m_conn.exec(
                QStringLiteral("INSERT INTO stratos_dataset_lock AS d VALUES ($1, current_user, "
                               "current_setting('application_name'), $2, pg_backend_pid(), now(), NULL) "
                               "ON CONFLICT (dataset) DO UPDATE SET holder_user = excluded.holder_user, "
                               "holder_application = excluded.holder_application, "
                               "holder_machine = excluded.holder_machine, holder_pid = excluded.holder_pid, "
                               "started_at = excluded.started_at, finished_at = NULL"),
                {datasetName(m_dataset), machine});
            if (!st) {
                release();
                return st.error();
            }
            return Outcome{true, {}};
        }
        auto holder = readHolder();
        if (!holder)
            return holder.error();
        if (holder->pid != 0)
            return Outcome{false, *holder};
    }
    return Error(QStringLiteral("the %1 lock changed hands too often to take it; try again")
                     .arg(datasetName(m_dataset)));
}

Result<LockHolder> DatasetLock::readHolder()
{
    // The holder takes the lock, then writes its row: give it a moment to do so
    // before falling back on what the server itself knows of that session.
    QStringList params = lockKeys(m_dataset);
    params << datasetName(m_dataset);
    for (int wait = 0;; ++wait) {
        auto rows = m_conn.query(
            QStringLiteral("SELECT l.pid, d.dataset IS NOT NULL,"
                           " coalesce(d.holder_user, a.usename::text),"
                           " coalesce(d.holder_application, a.application_name),"
                           " coalesce(d.holder_machine, host(a.client_addr), ''),"
                           " extract(epoch FROM coalesce(d.started_at, a.state_change, now()))"
                           " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                           " LEFT JOIN stratos_dataset_lock d ON d.dataset = $3 AND d.holder_pid = l.pid"
                           "  AND d.finished_at IS NULL"
                           " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
                           "  AND l.classid = $1::int::oid AND l.objid = $2::int::oid"),
            params);
        if (!rows)
            return rows.error();
        LockHolder h;
        if (rows->isEmpty())
            return h; // pid 0: released meanwhile
        const QStringList &r = rows->first();
        if (r[1] != QLatin1String("t") && wait < 20) {
            QThread::msleep(50);
            continue;
        }
        h.pid = r[0].toInt();
        h.user = r[2];
        h.application = r[3];
        h.machine = r[4];
        h.since = QDateTime::fromMSecsSinceEpoch(qint64(r[5].toDouble() * 1000.0)).toLocalTime();
        return h;
    }
}

Status DatasetLock::release()
{
    if (!m_held)
        return Status::success();
    m_held = false;
    const QStringList keys = lockKeys(m_dataset);
    Status marked = m_conn.exec(QStringLiteral("UPDATE stratos_dataset_lock SET finished_at = now() "
                                               "WHERE dataset = $1 AND holder_pid = pg_backend_pid()"),
                                {datasetName(m_dataset)});
    Status unlocked = m_conn.exec(QStringLiteral("SELECT pg_advisory_unlock($1::int, $2::int)"), keys);
    return marked ? unlocked : marked;
}

} // namespace stratos::pg
