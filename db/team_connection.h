#pragma once
// A QPSQL connection to a team store (issue 19), registered under a name for
// this thread: the window's store, a worker's import or update. A password
// typed for the session is remembered in memory for the store's URL, so a
// worker's connection finds it too; it is never written anywhere.

#include "util/result.h"

#include <QString>

namespace stratos {

// readOnly: the server refuses every write on it (default_transaction_read_only).
// password: empty uses the one remembered for this URL, else libpq's own
// (.pgpass, PGPASSFILE, a service file, PGPASSWORD). On failure nothing stays registered.
Status openTeamConnection(const QString &url, const QString &connectionName, bool readOnly,
                          const QString &password = {});

} // namespace stratos
