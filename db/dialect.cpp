#include "dialect.h"

#include <QSqlDriver>
#include <QSqlError>

namespace stratos {

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

namespace sql {

QString schemaVersionQuery(SqlDialect d)
{
    if (d == SqlDialect::Postgres)
        return QStringLiteral("SELECT coalesce((SELECT version FROM stratos_schema), 0)");
    return QStringLiteral("PRAGMA user_version");
}

QString setSchemaVersion(SqlDialect d, int version)
{
    if (d == SqlDialect::Postgres)
        return QStringLiteral("INSERT INTO stratos_schema(one, version) VALUES (true, %1) "
                              "ON CONFLICT (one) DO UPDATE SET version = excluded.version")
            .arg(version);
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString ensureSchemaTable(SqlDialect d)
{
    if (d == SqlDialect::Postgres)
        return QStringLiteral("CREATE TABLE IF NOT EXISTS stratos_schema ("
                              "one boolean PRIMARY KEY DEFAULT true CHECK (one), "
                              "version integer NOT NULL)");
    return {};
}

QString migrationLock(SqlDialect d)
{
    // A fixed key of Stratos's own (the bytes of "STRATOSM"), apart from the
    // per-dataset import locks.
    if (d == SqlDialect::Postgres)
        return QStringLiteral("SELECT pg_advisory_xact_lock(6004514643732550477)");
    return {};
}

QString distinct(SqlDialect d, const QString &a, const QString &b)
{
    if (d == SqlDialect::Postgres)
        return QStringLiteral("%1 IS DISTINCT FROM %2").arg(a, b);
    return QStringLiteral("%1 IS NOT %2").arg(a, b);
}

QString groupConcat(SqlDialect d, const QString &expr, const QString &separatorSql)
{
    if (d == SqlDialect::Postgres)
        // In byte order, as SQLite's group_concat yields them when it reads a
        // table in key order (event_link's key), whatever the server's collation.
        return QStringLiteral("string_agg(%1, %2 ORDER BY %1 COLLATE \"C\")").arg(expr, separatorSql);
    return QStringLiteral("group_concat(%1, %2)").arg(expr, separatorSql);
}

QString tab(SqlDialect d)
{
    return d == SqlDialect::Postgres ? QStringLiteral("chr(9)") : QStringLiteral("char(9)");
}

QString round(SqlDialect d, const QString &expr, int digits)
{
    if (d == SqlDialect::Postgres)
        return QStringLiteral("round((%1)::numeric, %2)::double precision").arg(expr).arg(digits);
    return QStringLiteral("round(%1, %2)").arg(expr).arg(digits);
}

void setForeignKeyChecks(QSqlDatabase db, bool on)
{
    if (dialectOf(db) == SqlDialect::Sqlite)
        QSqlQuery(db).exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
}

bool connectionIsReadOnly(const QSqlDatabase &db)
{
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"))
           || db.connectOptions().contains(QLatin1String("default_transaction_read_only=on"));
}

void streamRows(QSqlQuery &q)
{
    if (q.driver() && q.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        q.setForwardOnly(true);
}

Result<qlonglong> execReturningId(QSqlQuery &q)
{
    if (!q.exec())
        return Error{q.lastError().text()};
    if (!q.next())
        return Error{QStringLiteral("the insert returned no id")};
    const qlonglong id = q.value(0).toLongLong();
    q.finish();
    return id;
}

} // namespace sql
} // namespace stratos
