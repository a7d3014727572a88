#include "worker_connection.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {
QAtomicInt g_workerConnections;
} // namespace

WorkerConnection::WorkerConnection(const QString &storePath, const QString &connectOptions)
    : m_name(QStringLiteral("worker-%1").arg(g_workerConnections.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(storePath);
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        m_status = Error{QStringLiteral("cannot open a second connection to the store: %1").arg(db.lastError().text()),
                         storePath, 0, 0};
        return;
    }
    QSqlQuery q(db);
    // The same settings as the window's connection: keys enforced, and a
    // writer waits for the other connections instead of failing at once.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        m_status = Error{QStringLiteral("cannot configure a second connection to the store: %1")
                             .arg(q.lastError().text()),
                         storePath, 0, 0};
}

WorkerConnection::~WorkerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase WorkerConnection::db() const { return QSqlDatabase::database(m_name, false); }

} // namespace stratos
