#include "write_access.h"

#include "dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

Status checkWriteAccess(const QSqlDatabase &db, const QStringList &writes, const QStringList &deletes,
                        const QString &doing)
{
    if (sql::connectionIsReadOnly(db))
        return Error{QStringLiteral("cannot %1: this store is open read-only; open it again without "
                                    "read-only to change it. Nothing was written")
                         .arg(doing)};
    if (dialectOf(db) != SqlDialect::Postgres)
        return {}; // one file, one user: a file SQLite cannot write says so when opened
    // The role's own grants and those of the roles it belongs to, as the
    // server will judge them; one round trip.
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
        return {};
    return Error{QStringLiteral("cannot %1: this team store is read-only for user %2: ask its owner for write "
                                "access (user %2 may not change %3). Nothing was written")
                     .arg(doing, user, denied.join(QStringLiteral(", ")))};
}

} // namespace stratos
