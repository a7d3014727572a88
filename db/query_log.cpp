#include "query_log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

Q_LOGGING_CATEGORY(lcStore, "stratos.store")

bool logIfFailed(const QSqlQuery &q, const char *what)
{
    if (q.isActive())
        return true;
    qCWarning(lcStore).noquote() << QStringLiteral("while %1: %2").arg(QLatin1String(what), q.lastError().text());
    return false;
}

} // namespace stratos
