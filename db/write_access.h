#pragma once
// Before a writer touches a store: may this connection write what it is about
// to write? On a team store a role with SELECT grants only (docs/team-store.md,
// stratos_reader) would otherwise meet the server's raw "permission denied for
// table ..." half-way into its work; it is told up front instead, in words a
// user can act on, and nothing is written.

#include "util/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace stratos {

// Succeeds when `db` may INSERT into and UPDATE every table of `writes` and
// DELETE from every table of `deletes`. Otherwise an Error: "cannot import
// FILE: this team store is read-only for user bob: ask its owner for write
// access (...)", or that the store was opened read-only. `doing` names the
// work for the message.
Status checkWriteAccess(const QSqlDatabase &db, const QStringList &writes, const QStringList &deletes,
                        const QString &doing);

// A team store's role as the server sees it, asked when the store opens.
struct TeamRole
{
    QString user;           // current_user
    bool mayWrite = false;  // INSERT and UPDATE on the store's data (event, document)
    bool mayCreate = false; // CREATE in the store's schema: may set up a new store
};
Result<TeamRole> teamRole(const QSqlDatabase &db);

} // namespace stratos
