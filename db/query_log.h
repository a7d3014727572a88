#pragma once
// Readers that return what they found (a list, a figure) have no error to
// return; a query that failed must still reach the log, saying what was being
// read, instead of looking like an empty table.

#include <QLoggingCategory>

class QSqlQuery;

namespace stratos {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// Logs q's error under "stratos.store" when it is not active after exec();
// returns whether it ran.
bool logIfFailed(const QSqlQuery &q, const char *what);

} // namespace stratos
