// The real binary on damaged, foreign and locked stores: data commands print
// one line naming the file and the problem and exit 1; the window in
// --screenshot mode saves the problem dialog and exits 1 instead of waiting.
#include "store_safety_fixtures.h"
#include "test_env.h"

#include <QFileInfo>
#include <QImage>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

// A store made and seeded by the binary itself.
QString seededByBinary(const QTemporaryDir &dir)
{
    const QString path = dir.filePath("store.sqlite");
    const auto r = runStratos({"stats", "--db", path});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    return path;
}

void expectOneLine(const ProcessResult &r, const QString &path, const QString &problem)
{
    EXPECT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1) << qPrintable(r.err);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("stratos: %1: %2").arg(path, problem))) << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty());
}

} // namespace

TEST(StoreSafetyCli, StatsOnADamagedStoreSaysSoInOneLine)
{
    QTemporaryDir dir;
    const QString path = seededByBinary(dir);
    overwrite(path, (QFileInfo(path).size() / 4096 / 2) * 4096, garbage(2 * 4096));
    const QByteArray before = sha256OfFile(path);
    const auto r = runStratos({"stats", "--db", path});
    expectOneLine(r, path, "the store is damaged");
    EXPECT_TRUE(r.err.contains("restore a backup")) << "and what to do";
    EXPECT_EQ(sha256OfFile(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + "-wal"));
}

TEST(StoreSafetyCli, StatsOnANonSqliteFileIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("photo.sqlite");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, '\1'));
    }
    const QByteArray before = sha256OfFile(path);
    const auto r = runStratos({"stats", "--db", path});
    expectOneLine(r, path, "this file is not a Stratos store");
    EXPECT_EQ(sha256OfFile(path), before);
}

TEST(StoreSafetyCli, StatsOnALockedStoreNamesTheOtherProgram)
{
    QTemporaryDir dir;
    const QString path = seededByBinary(dir);
    LockHolder holder(path);
    if (!holder.holding())
        GTEST_SKIP() << "the sqlite3 command-line program is not installed";
    const auto r = runStratos({"stats", "--db", path});
    expectOneLine(r, path, "the store is locked by another program");
}

TEST(StoreSafetyCli, WindowOnADamagedStoreSavesTheProblemDialogAndExits)
{
    QTemporaryDir dir;
    const QString path = seededByBinary(dir);
    overwrite(path, 20 * 4096, garbage(4096));
    const QByteArray before = sha256OfFile(path);
    const QString png = dir.filePath("problem.png");
    const auto r = runStratos({"--db", path, "--screenshot", png});
    ASSERT_TRUE(r.finished) << "no modal dialog waits for a click";
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("stratos: %1: the store is damaged").arg(path))) << qPrintable(r.err);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 500);
    EXPECT_EQ(sha256OfFile(path), before);
}
