#pragma once
// Where the store lives: --db PATH beats $STRATOS_DB beats the platform's
// application data directory (QStandardPaths::AppDataLocation).

#include <QString>

namespace stratos {

struct StoreLocation
{
    QString path;
    QString reason; // "--db", "STRATOS_DB" or "default"
};

StoreLocation resolveStoreLocation(const QString &commandLinePath);

} // namespace stratos
