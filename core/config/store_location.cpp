#include "config/store_location.h"
#include "config/team_store_url.h"

#include <QDir>
#include <QStandardPaths>

namespace stratos {

StoreLocation resolveStoreLocation(const QString &commandLinePath)
{
    // A team store's URL is an address, not a file: it passes through as given.
    if (isTeamStoreUrl(commandLinePath))
        return {commandLinePath, QStringLiteral("--db")};
    if (!commandLinePath.isEmpty())
        return {QDir::cleanPath(QDir::current().absoluteFilePath(commandLinePath)),
                QStringLiteral("--db")};
    const QString env = qEnvironmentVariable("STRATOS_DB");
    if (isTeamStoreUrl(env))
        return {env, QStringLiteral("STRATOS_DB")};
    if (!env.isEmpty())
        return {QDir::cleanPath(QDir::current().absoluteFilePath(env)),
                QStringLiteral("STRATOS_DB")};
    // The local, not the roaming, profile on Windows: a store of hundreds of MB
    // does not belong in what Windows copies between machines at every logon.
    // (Elsewhere both locations are the same folder.)
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return {QDir(dir).filePath(QStringLiteral("stratos.sqlite")), QStringLiteral("default")};
}

} // namespace stratos
