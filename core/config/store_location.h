#pragma once
// Where the store lives: --db PATH beats $STRATOS_DB beats the platform's
// local application data directory (QStandardPaths::AppLocalDataLocation:
// %LOCALAPPDATA%\Stratos\Stratos on Windows, not the roaming profile).

#include <QString>

namespace stratos {

struct StoreLocation
{
    QString path;
    QString reason; // "--db", "STRATOS_DB" or "default"
};

StoreLocation resolveStoreLocation(const QString &commandLinePath);

} // namespace stratos
