#pragma once
// A thin layer over libpq for what Qt's QPSQL driver does not offer: COPY FROM
// STDIN, session advisory locks on a connection we hold, and LISTEN on a socket
// we watch ourselves. Queries of the repositories stay on QtSql; this layer is
// for bulk writes, coordination between users and notifications.
//
// Connection parameters come from a postgresql:// URL that libpq parses itself,
// so .pgpass / PGPASSFILE, service files (service=...), PG* environment
// variables and sslmode behave as in psql. Stratos never stores a password and
// never prints the URL (it may hold one); messages name host, port and database.
//
// A build without libpq still builds: every call then fails with
// unsupportedMessage().

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

struct pg_conn;   // libpq's PGconn
struct pg_result; // libpq's PGresult

namespace stratos::pg {

// False when this build was made without libpq.
bool supported();
QString unsupportedMessage();

// "postgresql://..." or "postgres://..." (the two schemes libpq accepts).
bool isPostgresUrl(const QString &location);

// What kind of failure the last call met, for callers that react differently
// (reconnect after Connection, tell the user to retry after Timeout).
enum class Failure { None, Connection, Timeout, Canceled, Statement };

// Rows of text values as the server sends them; SQL NULL is a null QString.
using Rows = QList<QStringList>;

class Connection
{
public:
    // Connects to `url`. `applicationName` is shown to other users (who holds a
    // lock, pg_stat_activity) unless the URL sets application_name itself.
    static Result<std::unique_ptr<Connection>> open(const QString &url,
                                                    const QString &applicationName = QStringLiteral("stratos"));
    // Wraps a connection someone else owns (QPSQL's, from QSqlDriver::handle())
    // so COPY can run inside that connection's open transaction; never closes it.
    static std::unique_ptr<Connection> borrow(pg_conn *conn);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // One statement with $1, $2... parameters sent as text (NULL for a null QString).
    Status exec(const QString &sql, const QStringList &params = {});
    Result<Rows> query(const QString &sql, const QStringList &params = {});

    Status begin() { return exec(QStringLiteral("BEGIN")); }
    Status commit() { return exec(QStringLiteral("COMMIT")); }
    // Never fails from the caller's view: after a lost connection the server
    // has already rolled the transaction back.
    void rollback();

    // 0 = no limit. Statements running longer are stopped by the server and
    // fail with Failure::Timeout and one clear message.
    Status setStatementTimeout(int milliseconds);

    bool isOpen() const;
    // Reconnects with the same parameters (after the server came back).
    Status reconnect();
    Failure lastFailure() const { return m_failure; }
    QString lastSqlState() const { return m_sqlState; }
    // "database stratos on db.example.org:5432 as alice" (no password).
    QString describe() const;
    int backendPid() const;
    int socket() const;
    pg_conn *handle() const { return m_conn; }

    // Turns a failed result (or, with res == nullptr, the connection's own error)
    // into an Error, remembering its kind. Used by this layer's other parts.
    Error failure(pg_result *res, const QString &doing);

private:
    explicit Connection(pg_conn *conn) : m_conn(conn) {}
    pg_result *run(const QString &sql, const QStringList &params);

    pg_conn *m_conn = nullptr;
    bool m_owned = true;
    int m_timeoutMs = 0;
    Failure m_failure = Failure::None;
    QString m_sqlState;
};

} // namespace stratos::pg
