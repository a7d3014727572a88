#pragma once
// The SQL that differs between the two stores, in one place: SQLite (the
// single-user default) and PostgreSQL (a team store, issue 19). Repositories
// write portable SQL and ask here for the few pieces that are not, instead of
// testing the driver themselves.

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace stratos {

enum class SqlDialect { Sqlite, Postgres };

SqlDialect dialectOf(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db) { return dialectOf(db) == SqlDialect::Postgres; }

namespace sql {

// The schema version: SQLite's PRAGMA user_version; on PostgreSQL the one row
// of stratos_schema (created by ensureSchemaTable).
QString schemaVersionQuery(SqlDialect d);
QString setSchemaVersion(SqlDialect d, int version);
QString ensureSchemaTable(SqlDialect d); // empty on SQLite
// Taken inside a migration's transaction so two clients never migrate at once
// (empty on SQLite, whose write lock already does it).
QString migrationLock(SqlDialect d);

// "a differs from b, NULLs included": SQLite's IS NOT, PostgreSQL's IS DISTINCT FROM.
QString distinct(SqlDialect d, const QString &a, const QString &b);
// Joins the group's values with a separator (a SQL expression such as "char(9)" or "','").
QString groupConcat(SqlDialect d, const QString &expr, const QString &separatorSql);
// The tab character as a SQL expression.
QString tab(SqlDialect d);

// round(expr, digits) on a double: PostgreSQL rounds only numeric.
QString round(SqlDialect d, const QString &expr, int digits);
// SQLite checks foreign keys per connection (PRAGMA); PostgreSQL always does.
void setForeignKeyChecks(QSqlDatabase db, bool on);
// Whether the connection was opened read-only (SQLite's flag, or PostgreSQL's
// default_transaction_read_only).
bool connectionIsReadOnly(const QSqlDatabase &db);

// Reads rows one at a time where that leaves the connection free for other
// statements meanwhile (SQLite). QPSQL's forward-only mode holds the
// connection until the last row, and a query run inside the loop would
// discard the rest: there the whole result is fetched instead.
void streamRows(QSqlQuery &q);

// Runs a prepared INSERT whose text ends in "RETURNING id" and gives the new
// row's id (QPSQL has no lastInsertId for tables without OIDs; RETURNING works
// on both, SQLite since 3.35).
Result<qlonglong> execReturningId(QSqlQuery &q);

} // namespace sql
} // namespace stratos
