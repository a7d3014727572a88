// `stratos feeds` and `stratos update` through the real binary against a
// loopback server serving the reference files: the lines a cron job reads,
// exit codes 0 / 1 / 2, a second run that finds nothing new, and the
// whole-process time of a full and of a not-modified run (printed, not asserted).
#include "feed_test_server.h"
#include "seed_reference.h"
#include "test_env.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace stratos::test;

namespace {

QByteArray readShared(const QString &relative)
{
    QFile f(sharedFile(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Route fileRoute(const QByteArray &body, const QByteArray &type)
{
    Route r;
    r.body = body;
    r.contentType = type;
    r.etag = "\"" + QByteArray::number(qHash(body), 16) + "\"";
    r.lastModified = "Sun, 06 Dec 2026 12:00:00 GMT";
    return r;
}

class UpdateCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_epoch = readShared(QStringLiteral("reference/epoch/notable_ai_models_2026-07.csv"));
        m_gcat = readShared(QStringLiteral("reference/gcat/launchlog_2024_2026.tsv"));
        m_meta = readShared(QStringLiteral("reference/yahoo/META_1d_1y.json"));
        if (m_epoch.isEmpty() || m_gcat.isEmpty() || m_meta.isEmpty())
            GTEST_SKIP() << "shared reference data not found (../shared); skipped";
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_server.setRoute(QStringLiteral("/models.csv"), fileRoute(m_epoch, "text/csv"));
        m_server.setRoute(QStringLiteral("/launchlog.tsv"), fileRoute(m_gcat, "text/tab-separated-values"));
        m_server.setRoute(QStringLiteral("/chart/*"), fileRoute(m_meta, "application/json"));
        ASSERT_EQ(run({"feeds", "--set", "models", m_server.url("/models.csv").toString()}).exitCode, 0);
        ASSERT_EQ(run({"feeds", "--set", "launches", m_server.url("/launchlog.tsv").toString()}).exitCode, 0);
        ASSERT_EQ(run({"feeds", "--set", "prices",
                       m_server.url("/chart/").toString() + "{symbol}?period1={from}&period2={to}&interval=1d"})
                      .exitCode,
                  0);
    }
    ProcessResult run(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        return runStratos(args);
    }

    QTemporaryDir m_dir;
    QString m_db;
    FeedTestServer m_server;
    QByteArray m_epoch, m_gcat, m_meta;
};

} // namespace

TEST_F(UpdateCli, FeedsListsOneLinePerFeed)
{
    const auto r = run({"feeds"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QStringList lines = r.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 5) << qPrintable(r.out);
    const QRegularExpression line(QStringLiteral("^[a-z0-9]+\\t\\S+\\t(\\d{4}-\\d{2}-\\d{2}|-)\\t(\\S+|-)\\t(on|off)$"));
    for (const QString &l : lines)
        EXPECT_TRUE(line.match(l).hasMatch()) << qPrintable(l);
    // A fresh store's models are as of the seed's newest release.
    const QString asOf = seedNewestModelDay().toString(Qt::ISODate);
    ASSERT_FALSE(asOf.isEmpty());
    EXPECT_EQ(lines[0], QStringLiteral("models\t%1\t%2\t-\ton").arg(m_server.url("/models.csv").toString(), asOf));
    EXPECT_TRUE(lines[3].startsWith(QLatin1String("ll2\thttps://ll.thespacedevs.com/")));
    EXPECT_TRUE(lines[3].endsWith(QLatin1String("\toff")));

    EXPECT_EQ(run({"feeds", "--off", "models"}).exitCode, 0);
    EXPECT_TRUE(run({"feeds"}).out.startsWith(QStringLiteral("models\t%1\t%2\t-\toff").arg(m_server.url("/models.csv").toString(), asOf)));
    EXPECT_EQ(run({"feeds", "--on", "nosuch"}).exitCode, 1);
    EXPECT_EQ(run({"feeds", "--set", "models"}).exitCode, 2);
    EXPECT_EQ(run({"feeds", "--on", "models", "--off", "launches"}).exitCode, 2);
    EXPECT_EQ(run({"feeds", "--track", "PLTR"}).exitCode, 0);
    EXPECT_TRUE(run({"feeds", "--symbols"}).out.contains(QLatin1String("PLTR\tPLTR\tpltr.us\t-\n")));
}

TEST_F(UpdateCli, FullUpdateThenNothingNew)
{
    ASSERT_EQ(run({"feeds", "--track", "PLTR"}).exitCode, 0);
    QElapsedTimer t;
    t.start();
    const auto first = run({"update"});
    const qint64 fullMs = t.restart();
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.out + first.err);
    std::cout << qPrintable(first.out);
    const QStringList lines = first.out.trimmed().split(u'\n');
    EXPECT_EQ(lines.size(), 2 + 12) << qPrintable(first.out); // models, launches, 11 seeded symbols + PLTR
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^models: added [1-9]\\d*, updated \\d+, unchanged \\d+")).match(lines[0]).hasMatch())
        << qPrintable(lines[0]);
    EXPECT_TRUE(lines[1].startsWith(QLatin1String("launches: added "))) << qPrintable(lines[1]);
    EXPECT_TRUE(first.out.contains(QLatin1String("prices PLTR: added 250, updated 0, unchanged 0 (to 2025-11-26)\n")))
        << qPrintable(first.out);
    EXPECT_GE(m_server.requestCount(), 14); // more when a seeded series is re-fetched whole

    const auto second = run({"update"});
    const qint64 secondMs = t.elapsed();
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.out + second.err);
    EXPECT_TRUE(second.out.startsWith(QLatin1String("models: not modified\nlaunches: not modified\n"))) << qPrintable(second.out);
    EXPECT_TRUE(second.out.contains(QLatin1String("prices PLTR: not modified\n"))) << qPrintable(second.out);
    EXPECT_FALSE(second.out.contains(QRegularExpression(QStringLiteral("added [1-9]|updated [1-9]")))) << qPrintable(second.out);
    const auto history = run({"imports"});
    const int batches = int(history.out.trimmed().split(u'\n').size());
    EXPECT_EQ(run({"update"}).exitCode, 0);
    EXPECT_EQ(int(run({"imports"}).out.trimmed().split(u'\n').size()), batches);
    std::cout << "[ figures  ] stratos update, full (models, launches, 12 symbols) against loopback: " << fullMs
              << " ms; second run (not modified): " << secondMs << " ms" << std::endl;
}

TEST_F(UpdateCli, AFailedFeedExitsOneAndOthersStillApply)
{
    Route down;
    down.status = 503;
    down.reason = "Service Unavailable";
    m_server.setRoute(QStringLiteral("/launchlog.tsv"), down);
    const auto r = run({"update", "launches", "models"});
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("launches: failed: %1: HTTP 503 Service Unavailable\n")
                                   .arg(m_server.url("/launchlog.tsv").toString())))
        << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("models: added "))) << qPrintable(r.out);
    EXPECT_FALSE(r.out.contains(QLatin1String("prices"))) << "only the named feeds run";
    const auto again = run({"update", "models", "--dry-run"});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.out, QStringLiteral("models: not modified\n"));
    EXPECT_EQ(run({"update", "nosuch"}).exitCode, 2);
}
