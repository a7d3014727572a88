#include "worker_connection.h"

#include "config/team_store_url.h"
#include "dialect.h"
#include "team_connection.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {
QAtomicInt g_workerConnections;
} // namespace

WorkerConnection::WorkerConnection(const QString &storePath, const QString &connectOptions)
    : WorkerConnection(Like{storePath, connectOptions, QStringLiteral("QSQLITE"), {}, {}, {}, -1})
{
}

WorkerConnection::WorkerConnection(const QString &location)
    : m_name(QStringLiteral("worker-%1").arg(g_workerConnections.fetchAndAddRelaxed(1)))
{
    if (isTeamStoreUrl(location)) {
        m_status = openTeamConnection(location, m_name, false);
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(location);
    if (!db.open()) {
        m_status = Error{QStringLiteral("cannot open the store: %1").arg(db.lastError().text()), location, 0, 0};
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        m_status = Error{QStringLiteral("cannot configure a second connection to the store: %1").arg(q.lastError().text()),
                         location, 0, 0};
}

WorkerConnection::WorkerConnection(const Like &l)
    : m_name(QStringLiteral("worker-%1").arg(g_workerConnections.fetchAndAddRelaxed(1)))
{
    const QString &storePath = l.databaseName;
    QSqlDatabase db = QSqlDatabase::addDatabase(l.driver, m_name);
    db.setDatabaseName(storePath);
    db.setConnectOptions(l.connectOptions);
    db.setHostName(l.host);
    db.setPort(l.port);
    db.setUserName(l.user);
    db.setPassword(l.password);
    if (!db.open()) {
        m_status = Error{QStringLiteral("cannot open a second connection to the store: %1").arg(db.lastError().text()),
                         storePath, 0, 0};
        return;
    }
    QSqlQuery q(db);
    if (isPostgres(db)) {
        if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
            m_status = Error{QStringLiteral("cannot configure a second connection to the store: %1")
                                 .arg(q.lastError().text()),
                             storePath, 0, 0};
        return;
    }
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
