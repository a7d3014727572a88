// `stratos import` / `stratos imports` through the real binary: output lines,
// FILE:LINE:COLUMN errors on stderr, exit codes 0 / 1 / 2, and undo.
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

int statValue(const QString &stats, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1: (\\d+)$").arg(name), QRegularExpression::MultilineOption);
    return re.match(stats).captured(1).toInt();
}

} // namespace

TEST(ImportCli, ImportsReportsCountsAndIsIdempotent)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    const QString csv = writeFile(dir, "ACME.csv",
                                  "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                  "2025-01-24,10,11,9,10.5,10.4,1000\n"
                                  "2025-01-27,10.5,10.6,8,8.2,8.1,5000\n");
    auto r = runStratos({"import", csv, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.startsWith(csv + QStringLiteral(": added 2, updated 0, unchanged 0"))) << qPrintable(r.out);
    r = runStratos({"import", csv, "--db", db});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QLatin1String("added 0, updated 0, unchanged 2"))) << qPrintable(r.out);
    r = runStratos({"imports", "--db", db});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 1) << qPrintable(r.out);
    EXPECT_TRUE(lines[0].contains(QLatin1String("ACME.csv")));
    const QString id = lines[0].section(u'\t', 0, 0);
    const int barsWith = statValue(runStratos({"stats", "--db", db}).out, "price_bars");
    r = runStratos({"imports", "--remove", id, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(statValue(runStratos({"stats", "--db", db}).out, "price_bars"), barsWith - 2);
}

TEST(ImportCli, RejectedFileGivesLocatedErrorsExit1AndChangesNothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    ASSERT_EQ(runStratos({"stats", "--db", db}).exitCode, 0);
    const QByteArray before = sha256OfFile(db);
    const QString bad = writeFile(dir, "NVDA.csv",
                                  "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                  "2025-01-24,10,11,9,10.5,10.4,1000\n"
                                  "2025-01-27,10.5,10.6,8,eight,8.1,5000\n");
    const auto r = runStratos({"import", bad, "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(":3:"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("eight"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("not changed"))) << qPrintable(r.err);
    EXPECT_EQ(sha256OfFile(db), before);
}

TEST(ImportCli, BadUsageExits2)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    for (const QStringList &args : QList<QStringList>{{"import", "--db", db},
                                                      {"import", "x.csv", "--format", "xls", "--db", db},
                                                      {"import", "x.csv", "--adjusted", "maybe", "--db", db},
                                                      {"imports", "--remove", "abc", "--db", db}}) {
        const auto r = runStratos(args);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(' '));
        EXPECT_EQ(r.err.count(u'\n'), 1) << qPrintable(r.err);
    }
}

TEST(ImportCli, ReferenceGcatLogImportsFromTheCommandLine)
{
    const QString gcat = sharedFile("reference/gcat/launchlog_2024_2026.tsv");
    STRATOS_SKIP_WITHOUT(gcat);
    QTemporaryDir dir;
    const auto r = runStratos({"import", gcat, "--db", dir.filePath("s.sqlite")});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QLatin1String("[gcat"))) << qPrintable(r.out);
}
