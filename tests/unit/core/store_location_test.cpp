#include "config/store_location.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(StoreLocation, CommandLineBeatsEnvironmentBeatsDefault)
{
    // Absolute on every platform ("/tmp/..." is not on Windows).
    const QString fromEnv = QDir::temp().filePath(QStringLiteral("from-env.sqlite"));
    const QString fromCli = QDir::temp().filePath(QStringLiteral("cli.sqlite"));
    qputenv("STRATOS_DB", QFile::encodeName(fromEnv));
    EXPECT_EQ(resolveStoreLocation(fromCli).path, QDir::cleanPath(fromCli));
    EXPECT_EQ(resolveStoreLocation({}).path, QDir::cleanPath(fromEnv));
    EXPECT_EQ(resolveStoreLocation({}).reason, QStringLiteral("STRATOS_DB"));
    qunsetenv("STRATOS_DB");
    const StoreLocation def = resolveStoreLocation({});
    EXPECT_EQ(def.reason, QStringLiteral("default"));
    // The local application data folder (on Windows not the roaming one).
    EXPECT_EQ(def.path, QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                            .filePath(QStringLiteral("stratos.sqlite")));
}

TEST(StoreLocation, RelativePathsAreMadeAbsolute)
{
    EXPECT_TRUE(QDir::isAbsolutePath(resolveStoreLocation(QStringLiteral("rel.sqlite")).path));
}

TEST(StoreLocation, ATeamStoreUrlPassesThroughUnchanged)
{
    const QString url = QStringLiteral("postgresql://ana@db.example.org:5432/stratos?sslmode=require");
    EXPECT_EQ(resolveStoreLocation(url).path, url);
    qputenv("STRATOS_DB", url.toUtf8());
    EXPECT_EQ(resolveStoreLocation({}).path, url);
    EXPECT_EQ(resolveStoreLocation({}).reason, QStringLiteral("STRATOS_DB"));
    qunsetenv("STRATOS_DB");
}
