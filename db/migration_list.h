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

// The refusal to open a store read-only when its schema (`from`) is older than
// this version's (`to`): migrating writes. `store` names which kind ("store",
// "team store"), `where` its path or URL.
Error upgradeRefused(const QString &store, int from, int to, const QString &where);
// The script to run on the dialect: the file as written on SQLite and for a
// dialect file, else translated for PostgreSQL.
Result<QString> migrationScript(const Migration &m, SqlDialect dialect);

} // namespace stratos
