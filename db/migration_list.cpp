#include "migration_list.h"

#include "sql_translate.h"

#include <QDir>
#include <QFile>

namespace stratos {

QList<Migration> migrationsFor(SqlDialect dialect)
{
    QList<Migration> list;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({"*.sql"}, QDir::Files, QDir::Name);
    const QString pgDir = QStringLiteral(":/migrations/postgresql/");
    const QStringList pgFiles = QDir(pgDir).entryList({"*.sql"}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        Migration m{f.left(4).toInt(), QStringLiteral(":/migrations/") + f, false};
        if (dialect == SqlDialect::Postgres)
            for (const QString &pg : pgFiles)
                if (pg.left(4).toInt() == m.version) {
                    m.resource = pgDir + pg;
                    m.dialectFile = true;
                }
        list.append(m);
    }
    return list;
}

Result<QString> migrationScript(const Migration &m, SqlDialect dialect)
{
    QFile f(m.resource);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("missing migration resource %1").arg(m.resource)};
    const QString script = QString::fromUtf8(f.readAll());
    if (dialect == SqlDialect::Sqlite || m.dialectFile)
        return script;
    return translateSqliteToPostgres(script, m.resource);
}

Error upgradeRefused(const QString &store, int from, int to, const QString &where)
{
    return Error{QStringLiteral("the %1 needs an upgrade (schema %2 → %3), which cannot be made "
                                "while it is open read-only")
                     .arg(store)
                     .arg(from)
                     .arg(to),
                 where, 0, 0};
}

} // namespace stratos
