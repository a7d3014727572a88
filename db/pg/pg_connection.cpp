#include "pg_connection.h"
#include "libpq_on_demand.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <vector>

namespace stratos::pg {

namespace {

// SQLSTATE classes and codes we tell apart (PostgreSQL appendix A).
constexpr const char kQueryCanceled[] = "57014";  // statement_timeout or a cancel request
constexpr const char kAdminShutdown[] = "57P01";  // server shutting down / backend terminated
constexpr const char kCrashShutdown[] = "57P02";
constexpr const char kCannotConnect[] = "57P03";

QString firstLine(const char *text)
{
    const QString s = QString::fromUtf8(text).trimmed();
    return s.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString where(PGconn *conn)
{
    if (!conn)
        return QStringLiteral("the PostgreSQL server");
    return QStringLiteral("the PostgreSQL server %1:%2").arg(QString::fromUtf8(PQhost(conn)),
                                                            QString::fromUtf8(PQport(conn)));
}

} // namespace

bool supported()
{
    return true;
}

QString unsupportedMessage()
{
    return QStringLiteral("this build has no PostgreSQL support (it was built without libpq)");
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &url, const QString &applicationName)
{
    const QByteArray dsn = url.toUtf8();
    const QByteArray app = applicationName.toUtf8();
    // connect_timeout first so the URL may override it; fallback_application_name
    // only applies when neither the URL nor PGAPPNAME sets one.
    const char *keys[] = {"connect_timeout", "dbname", "fallback_application_name", nullptr};
    const char *values[] = {"10", dsn.constData(), app.constData(), nullptr};
    if (const QString missing = libpqLoadError(); !missing.isEmpty())
        return Error(QStringLiteral("cannot connect to the PostgreSQL server: the PostgreSQL client library "
                                    "(libpq) could not be loaded: %1").arg(missing));
    PGconn *conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
    if (!conn)
        return Error(QStringLiteral("cannot connect to the PostgreSQL server: out of memory"));
    if (PQstatus(conn) != CONNECTION_OK) {
        // libpq's own message says which host/port and why (refused, no password
        // in .pgpass, authentication failed, SSL required...).
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error(QStringLiteral("cannot connect to the PostgreSQL server: %1").arg(why));
    }
    // Text results in UTF-8 whatever the server's or client's locale.
    PQsetClientEncoding(conn, "UTF8");
    return std::unique_ptr<Connection>(new Connection(conn));
}

std::unique_ptr<Connection> Connection::borrow(PGconn *conn)
{
    std::unique_ptr<Connection> c(new Connection(conn));
    c->m_owned = false;
    return c;
}

Connection::~Connection()
{
    if (m_conn && m_owned)
        PQfinish(m_conn);
}

bool Connection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Status Connection::reconnect()
{
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_failure = Failure::Connection;
        return Error(QStringLiteral("cannot reach %1 yet: %2").arg(where(m_conn), firstLine(PQerrorMessage(m_conn))));
    }
    PQsetClientEncoding(m_conn, "UTF8");
    m_failure = Failure::None;
    if (m_timeoutMs > 0)
        return setStatementTimeout(m_timeoutMs);
    return Status::success();
}

QString Connection::describe() const
{
    return QStringLiteral("database %1 on %2:%3 as %4")
        .arg(QString::fromUtf8(PQdb(m_conn)), QString::fromUtf8(PQhost(m_conn)),
             QString::fromUtf8(PQport(m_conn)), QString::fromUtf8(PQuser(m_conn)));
}

int Connection::backendPid() const
{
    return PQbackendPID(m_conn);
}

int Connection::socket() const
{
    return PQsocket(m_conn);
}

PGresult *Connection::run(const QString &sql, const QStringList &params)
{
    const QByteArray text = sql.toUtf8();
    if (params.isEmpty())
        return PQexec(m_conn, text.constData());
    std::vector<QByteArray> storage;
    storage.reserve(size_t(params.size()));
    std::vector<const char *> values;
    for (const QString &p : params) {
        storage.push_back(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : storage.back().constData());
    }
    return PQexecParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr,
                        nullptr, 0);
}

Error Connection::failure(PGresult *res, const QString &doing)
{
    m_sqlState = res ? QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE)) : QString();
    const QString primary = res && PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)
        ? QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY))
        : firstLine(PQerrorMessage(m_conn));
    const bool lost = PQstatus(m_conn) != CONNECTION_OK || m_sqlState == QLatin1String(kAdminShutdown)
        || m_sqlState == QLatin1String(kCrashShutdown) || m_sqlState == QLatin1String(kCannotConnect);
    if (lost) {
        m_failure = Failure::Connection;
        return Error(QStringLiteral("the connection to %1 was lost while %2 (%3); the server rolled the "
                                    "transaction back, nothing of it was written")
                         .arg(where(m_conn), doing, primary));
    }
    if (m_sqlState == QLatin1String(kQueryCanceled) && primary.contains(QLatin1String("statement timeout"))) {
        m_failure = Failure::Timeout;
        return Error(QStringLiteral("the server stopped %1 after the time limit of %2 ms (statement_timeout); "
                                    "the transaction was rolled back, nothing of it was written")
                         .arg(doing)
                         .arg(m_timeoutMs));
    }
    if (m_sqlState == QLatin1String(kQueryCanceled)) {
        m_failure = Failure::Canceled;
        return Error(QStringLiteral("%1 was canceled; nothing of it was written").arg(doing));
    }
    m_failure = Failure::Statement;
    QString message = primary;
    if (res) {
        if (const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL))
            message += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail));
    }
    return Error(QStringLiteral("%1 failed: %2").arg(doing, message));
}

Status Connection::exec(const QString &sql, const QStringList &params)
{
    PGresult *res = run(sql, params);
    const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        Error e = failure(res, QStringLiteral("the %1 statement").arg(sql.section(QLatin1Char(' '), 0, 0).toUpper()));
        PQclear(res);
        return e;
    }
    PQclear(res);
    m_failure = Failure::None;
    return Status::success();
}

Result<Rows> Connection::query(const QString &sql, const QStringList &params)
{
    PGresult *res = run(sql, params);
    const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        Error e = failure(res, QStringLiteral("the query"));
        PQclear(res);
        return e;
    }
    Rows rows;
    const int n = PQntuples(res);
    const int cols = PQnfields(res);
    rows.reserve(n);
    for (int r = 0; r < n; ++r) {
        QStringList row;
        row.reserve(cols);
        for (int c = 0; c < cols; ++c)
            row << (PQgetisnull(res, r, c) ? QString() : QString::fromUtf8(PQgetvalue(res, r, c)));
        rows << row;
    }
    PQclear(res);
    m_failure = Failure::None;
    return rows;
}

void Connection::rollback()
{
    if (PQstatus(m_conn) != CONNECTION_OK)
        return; // the server ended the transaction with the session
    PQclear(PQexec(m_conn, "ROLLBACK"));
}

Status Connection::setStatementTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    return exec(QStringLiteral("SELECT set_config('statement_timeout', $1, false)"),
                {QString::number(milliseconds)});
}

} // namespace stratos::pg
