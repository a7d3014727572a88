// The command line as Finder and Windows shells hand it over: macOS adds
// "-psn_0_NNNN" on a first launch from Finder; paths outside ASCII must reach
// the store unchanged (on Windows they come from the UTF-16 command line).
#include "test_env.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <stratos/version.h>

using namespace stratos::test;

TEST(PlatformCli, FinderProcessSerialNumberIsIgnored)
{
    const auto r = runStratos({"-psn_0_1234567", "--version"});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.out, QStringLiteral("stratos %1\n").arg(QStringLiteral(STRATOS_VERSION)));
    EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
}

TEST(PlatformCli, ANonAsciiStorePathReachesTheStoreUnchanged)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QString::fromUtf8("Ström café 東京.sqlite"));
    const auto r = runStratos({"stats", "--db", path, "-psn_0_42"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("models: "))) << qPrintable(r.out);
    EXPECT_TRUE(QFileInfo::exists(path));
    // Nothing was created under a mangled name next to it.
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.sqlite")}, QDir::Files),
              QStringList{QFileInfo(path).fileName()});
}
