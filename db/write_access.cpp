#include "write_access.h"

#include "dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

namespace {

Error readOnlyConnection(const QString &doing)
{
    return Error{QStringLiteral("cannot %1: this store is open read-only; open it again without "
                                "read-only to change it. Nothing was written")
                     .arg(doing)};
}

} // namespace

Status checkWriteAccess(const QSqlDatabase &db, const QStringList &writes, const QStringList &deletes,
                        const QString &doing)
{
    if (dialectOf(db) != SqlDialect::Postgres) // one file, one user: a file SQLite cannot write says so when opened
        return sql::connectionIsReadOnly(db) ? Status(readOnlyConnection(doing)) : Status();
    // The role's own grants and those of the roles it belongs to, as the
    // server will judge them; one round trip. Asked before the connection's
    // own read-only mode: a reader's store is opened read-only because of
    // the role, and the role is what the user must ask the owner about.
    QSqlQuery q(db);
    // (has_table_privilege with a list is true when any one is held: one call each.)
    q.prepare(QStringLiteral("SELECT current_user, t FROM unnest(string_to_array(?, ',')) AS t "
                             "WHERE to_regclass(t) IS NOT NULL "
                             "AND NOT (has_table_privilege(t, 'INSERT') AND has_table_privilege(t, 'UPDATE')) "
                             "UNION SELECT current_user, t FROM unnest(string_to_array(?, ',')) AS t "
                             "WHERE to_regclass(t) IS NOT NULL AND NOT has_table_privilege(t, 'DELETE') "
                             "ORDER BY 2"));
    q.addBindValue(writes.join(u','));
    q.addBindValue(deletes.join(u','));
    if (!q.exec())
        return Error{QStringLiteral("cannot %1: cannot read this user's rights on the team store: %2")
                         .arg(doing, q.lastError().text())};
    QString user;
    QStringList denied;
    while (q.next()) {
        user = q.value(0).toString();
        denied << q.value(1).toString();
    }
    if (denied.isEmpty())
        return sql::connectionIsReadOnly(db) ? Status(readOnlyConnection(doing)) : Status();
    return Error{QStringLiteral("cannot %1: this team store is read-only for user %2: ask its owner for write "
                                "access (user %2 may not change %3). Nothing was written")
                     .arg(doing, user, denied.join(QStringLiteral(", ")))};
}

Result<TeamRole> teamRole(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // The data tables decide "may write"; before they exist (a new store) only
    // the right to create them matters.
    if (!q.exec(QStringLiteral(
            "SELECT current_user, has_schema_privilege(current_schema(), 'CREATE'), "
            "CASE WHEN to_regclass('event') IS NULL OR to_regclass('document') IS NULL "
            "THEN has_schema_privilege(current_schema(), 'CREATE') "
            "ELSE has_table_privilege('event', 'INSERT') AND has_table_privilege('event', 'UPDATE') "
            "AND has_table_privilege('document', 'INSERT') AND has_table_privilege('document', 'UPDATE') END"))
        || !q.next())
        return Error{QStringLiteral("cannot read this user's rights on the team store: %1").arg(q.lastError().text())};
    return TeamRole{q.value(0).toString(), q.value(2).toBool(), q.value(1).toBool()};
}

} // namespace stratos
