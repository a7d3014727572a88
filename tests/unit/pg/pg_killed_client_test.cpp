// A client killed (SIGKILL) in the middle of a COPY: the server holds all of
// that file or none of it. The client is this test program itself, started
// again in a helper mode (the DISABLED_ test below, which ctest never runs).

#include "pg/pg_copy.h"
#include "pg_test_server.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <cstdio>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::pg;

namespace {

const char kChildApp[] = "stratos-copy-child";

QString childUrl(const QString &url)
{
    QUrl u(url);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("application_name"), QString::fromLatin1(kChildApp));
    u.setQuery(q);
    return u.toString();
}

QString scalar(Connection &c, const QString &sql)
{
    auto rows = c.query(sql);
    return rows.ok() && !rows->isEmpty() ? rows->first().value(0) : QStringLiteral("<error>");
}

// Starts the helper mode; `pause` makes it stop half-way and wait to be killed.
void startChild(QProcess &p, const QString &url, const QString &file, bool pause)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRATOS_PG_CHILD_URL"), childUrl(url));
    env.insert(QStringLiteral("STRATOS_PG_CHILD_FILE"), file);
    env.insert(QStringLiteral("STRATOS_PG_CHILD_PAUSE"), pause ? QStringLiteral("1") : QStringLiteral("0"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--gtest_also_run_disabled_tests"), QStringLiteral("--gtest_filter=PgCopyChild.DISABLED_Run")});
}

} // namespace

// Helper mode: COPY the file named by the environment, saying "HALF" when half
// of it is on the wire and then (with PAUSE) waiting to be killed.
TEST(PgCopyChild, DISABLED_Run)
{
    const QString url = qEnvironmentVariable("STRATOS_PG_CHILD_URL");
    const QString path = qEnvironmentVariable("STRATOS_PG_CHILD_FILE");
    ASSERT_FALSE(url.isEmpty());
    const bool pause = qEnvironmentVariable("STRATOS_PG_CHILD_PAUSE") == QLatin1String("1");
    stratos::test::pgTestServer(); // sets PGPASSFILE
    auto c = Connection::open(url);
    ASSERT_TRUE(c.ok()) << qPrintable(c.error().message);
    const qint64 size = QFileInfo(path).size();
    bool said = false;
    CopyFileOptions opts;
    opts.progress = [&](qint64 sent) {
        if (!said && sent > size / 2) {
            said = true;
            std::printf("HALF\n");
            std::fflush(stdout);
            if (pause)
                QThread::sleep(60);
        }
        return true;
    };
    auto rows = copyFile(**c, path, QStringLiteral("launch"), {QStringLiteral("id"), QStringLiteral("name")}, opts);
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().toString());
}

TEST(PgKilledClient, KilledMidCopyTheServerHoldsNoneOfTheFileAndAFinishedOneHoldsAll)
{
    STRATOS_PG_SCRATCH(scratch);
    auto c = Connection::open(scratch.url());
    ASSERT_TRUE(c.ok());
    ASSERT_TRUE((*c)->exec(QStringLiteral("CREATE TABLE launch (id int PRIMARY KEY, name text)")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("launches.tsv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    const int n = 200000;
    for (int i = 1; i <= n; ++i)
        f.write(QByteArray::number(i) + "\tLaunch " + QByteArray::number(i) + '\n');
    f.close();

    QProcess killed;
    startChild(killed, scratch.url(), path, /*pause=*/true);
    ASSERT_TRUE(killed.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("HALF") && killed.waitForReadyRead(30000))
        out += killed.readAllStandardOutput();
    ASSERT_TRUE(out.contains("HALF")) << out.constData() << killed.readAllStandardError().constData();
    // The server has half the file inside the child's open transaction.
    const QString during = scalar(**c, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = '%1' "
                                                      "AND xact_start IS NOT NULL").arg(QLatin1String(kChildApp)));
    EXPECT_EQ(during, QStringLiteral("1"));
    killed.kill(); // SIGKILL: no chance to roll back itself
    ASSERT_TRUE(killed.waitForFinished(10000));
    // The server notices the closed socket and ends the session.
    QString sessions;
    for (int i = 0; i < 200; ++i) {
        sessions = scalar(**c, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = '%1'")
                                   .arg(QLatin1String(kChildApp)));
        if (sessions == QLatin1String("0"))
            break;
        QThread::msleep(50);
    }
    ASSERT_EQ(sessions, QStringLiteral("0"));
    EXPECT_EQ(scalar(**c, QStringLiteral("SELECT count(*) FROM launch")), QStringLiteral("0"));

    QProcess finished;
    startChild(finished, scratch.url(), path, /*pause=*/false);
    ASSERT_TRUE(finished.waitForFinished(60000));
    EXPECT_EQ(finished.exitCode(), 0) << finished.readAll().constData();
    EXPECT_EQ(scalar(**c, QStringLiteral("SELECT count(*) FROM launch")), QString::number(n));
}
