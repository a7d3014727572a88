// The real binary's command line: --version, stats, and one-line errors with exit 2.
#include "test_env.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <stratos/version.h>

using namespace stratos::test;

TEST(Cli, VersionPrintsNameAndVersion)
{
    const auto r = runStratos({"--version"});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("stratos %1\n").arg(QStringLiteral(STRATOS_VERSION)));
}

TEST(Cli, StatsOnAFreshStorePrintsOneLinePerTable)
{
    QTemporaryDir dir;
    const auto r = runStratos({"stats", "--db", dir.filePath("fresh.sqlite")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QStringList lines = r.out.trimmed().split(u'\n');
    const QStringList names = {"models", "organizations", "securities", "price_bars", "launches",
                               "payloads", "events", "documents", "passages"};
    ASSERT_EQ(lines.size(), names.size()) << qPrintable(r.out);
    QMap<QString, int> counts;
    static const QRegularExpression re(QStringLiteral("^([a-z_]+): (\\d+)$"));
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = re.match(lines[i]);
        ASSERT_TRUE(m.hasMatch()) << qPrintable(lines[i]);
        EXPECT_EQ(m.captured(1), names[i]);
        counts[m.captured(1)] = m.captured(2).toInt();
    }
    EXPECT_GE(counts["models"], 80);
    EXPECT_GE(counts["securities"], 8);
    EXPECT_GE(counts["events"], 60);
    EXPECT_GE(counts["documents"], 8);
    EXPECT_GT(counts["price_bars"], 10000);
    EXPECT_GT(counts["launches"], 1000);
    EXPECT_GT(counts["payloads"], counts["launches"]);
}

TEST(Cli, GlobalDbOptionWorksBeforeTheCommandAndFromTheEnvironment)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("env.sqlite");
    const auto before = runStratos({"--db", path, "stats"});
    ASSERT_EQ(before.exitCode, 0) << qPrintable(before.err);
    const auto viaEnv = runStratos({"stats"}, 120000, {"STRATOS_DB=" + path});
    ASSERT_EQ(viaEnv.exitCode, 0) << qPrintable(viaEnv.err);
    EXPECT_EQ(before.out, viaEnv.out);
}

TEST(Cli, BadArgumentsGiveOneLineAndExitCode2)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("x.sqlite");
    const QList<QStringList> cases = {{"--bogus"},
                                      {"frobnicate"},
                                      {"stats", "extra", "--db", db},
                                      {"stats", "--nope", "--db", db},
                                      {"--page", "nowhere", "--screenshot", dir.filePath("s.png")},
                                      {"--db"}};
    for (const QStringList &args : cases) {
        const auto r = runStratos(args);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(' '));
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(args.join(' '));
        EXPECT_EQ(r.err.count(u'\n'), 1) << qPrintable(r.err);
        EXPECT_TRUE(r.err.startsWith(QLatin1String("stratos: "))) << qPrintable(r.err);
    }
}

TEST(Cli, NewerStoreIsRefusedWithExitCode1)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("future.sqlite");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = sha256OfFile(db);
    const auto r = runStratos({"stats", "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("newer version of Stratos"))) << qPrintable(r.err);
    EXPECT_EQ(sha256OfFile(db), before);
}
