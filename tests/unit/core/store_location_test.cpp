#include "config/store_location.h"

#include <QDir>
#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(StoreLocation, CommandLineBeatsEnvironmentBeatsDefault)
{
    qputenv("STRATOS_DB", "/tmp/from-env.sqlite");
    EXPECT_EQ(resolveStoreLocation(QStringLiteral("/tmp/cli.sqlite")).path, QStringLiteral("/tmp/cli.sqlite"));
    EXPECT_EQ(resolveStoreLocation({}).path, QStringLiteral("/tmp/from-env.sqlite"));
    EXPECT_EQ(resolveStoreLocation({}).reason, QStringLiteral("STRATOS_DB"));
    qunsetenv("STRATOS_DB");
    const StoreLocation def = resolveStoreLocation({});
    EXPECT_EQ(def.reason, QStringLiteral("default"));
    EXPECT_TRUE(def.path.endsWith(QLatin1String("stratos.sqlite")));
}

TEST(StoreLocation, RelativePathsAreMadeAbsolute)
{
    EXPECT_TRUE(QDir::isAbsolutePath(resolveStoreLocation(QStringLiteral("rel.sqlite")).path));
}
