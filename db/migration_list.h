#pragma once
// The numbered schema migrations (db/migrations/NNNN_*.sql, compiled in as
// resources) and the SQL each runs on a store's dialect. PostgreSQL runs the
// same files translated (sql_translate.h); a file of the same number in
// migrations/postgresql/ stands instead only where the SQL really differs
// (full-text search, triggers) or where only PostgreSQL has a step to take.

#include "dialect.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace stratos {

struct Migration
{
    int version = 0;
    QString resource;         // the file that is run (":/migrations/...")
    bool dialectFile = false; // PostgreSQL's own file, run as written
};

// In version order.
QList<Migration> migrationsFor(SqlDialect dialect);
// The script to run on the dialect: the file as written on SQLite and for a
// dialect file, else translated for PostgreSQL.
Result<QString> migrationScript(const Migration &m, SqlDialect dialect);

} // namespace stratos
