// Crash safety of `stratos update` (issue 13), after the import kill test: the
// real binary updates a seeded store from a loopback server (models, launches
// and a 60,000-day price series) and is killed with SIGKILL at random moments.
// After every kill the store opens, passes integrity_check, and each feed is
// all-or-nothing: its rows and its import batch are either both there in full
// or both absent.
#include "feed_test_server.h"
#include "store.h"
#include "test_env.h"

#include <QTimeZone>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <iostream>

using namespace stratos;
using namespace stratos::test;

namespace {

constexpr int kBars = 60000;
constexpr int kRuns = 12;

// A Yahoo v8 chart response of kBars consecutive days from 1850 on.
QByteArray bigChart()
{
    QByteArray ts, close;
    const qint64 start = QDateTime(QDate(1850, 1, 1), QTime(15, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < kBars; ++i) {
        ts += (i ? "," : "") + QByteArray::number(start + qint64(i) * 86400);
        close += (i ? "," : "") + QByteArray::number(100.0 + (i % 997) / 10.0, 'f', 2);
    }
    return "{\"chart\":{\"result\":[{\"meta\":{\"symbol\":\"ZZKILL\",\"exchangeTimezoneName\":\"America/New_York\","
           "\"gmtoffset\":-18000,\"dataGranularity\":\"1d\"},\"timestamp\":[" + ts +
           "],\"indicators\":{\"quote\":[{\"close\":[" + close + "]}],\"adjclose\":[{\"adjclose\":[" + close +
           "]}]}}],\"error\":null}}";
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

struct FeedState
{
    QString error;
    qint64 models = 0, modelBatches = 0, launches = 0, launchBatches = 0, bars = 0, barBatches = 0;
};

FeedState inspect(const QString &path)
{
    FeedState s;
    auto opened = Store::open(path);
    if (!opened.ok()) {
        s.error = opened.error().toString();
        return s;
    }
    QSqlDatabase db = (*opened)->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != u"ok") {
        s.error = QStringLiteral("integrity_check failed");
        return s;
    }
    s.models = scalar(db, QStringLiteral("SELECT count(*) FROM ai_model"));
    s.modelBatches = scalar(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE file_name = 'feed-models.csv'"));
    s.launches = scalar(db, QStringLiteral("SELECT count(*) FROM launch")) * 1000000 +
                 scalar(db, QStringLiteral("SELECT count(*) FROM payload"));
    s.launchBatches = scalar(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE file_name = 'feed-launches.tsv'"));
    s.bars = scalar(db, QStringLiteral("SELECT count(*) FROM price_bar p JOIN security s ON s.id = p.security_id "
                                       "WHERE s.symbol = 'ZZKILL'"));
    s.barBatches = scalar(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE file_name = 'feed-prices-ZZKILL.json'"));
    return s;
}

bool copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        return false;
    return !QFileInfo::exists(from + QStringLiteral("-wal")) ||
           QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
}

QByteArray readShared(const QString &relative)
{
    QFile f(sharedFile(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(UpdateKill, EachFeedIsAllOrNothing)
{
#ifdef Q_OS_WIN
    GTEST_SKIP() << "QProcess::kill() is not SIGKILL on Windows; the crash test is Unix-only";
#else
    const QByteArray epoch = readShared(QStringLiteral("reference/epoch/notable_ai_models_2026-07.csv"));
    const QByteArray gcat = readShared(QStringLiteral("reference/gcat/launchlog_1957_2024.tsv"));
    if (epoch.isEmpty() || gcat.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    FeedTestServer server;
    Route models, launches, prices;
    models.body = epoch;
    launches.body = gcat;
    prices.body = bigChart();
    prices.contentType = "application/json";
    server.setRoute(QStringLiteral("/models.csv"), models);
    server.setRoute(QStringLiteral("/launchlog.tsv"), launches);
    server.setRoute(QStringLiteral("/chart/ZZKILL"), prices);

    QTemporaryDir dir;
    const QString seeded = dir.filePath(QStringLiteral("seeded.sqlite"));
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--db") << seeded;
        return runStratos(args).exitCode;
    };
    ASSERT_EQ(cli({"feeds", "--set", "models", server.url("/models.csv").toString()}), 0);
    ASSERT_EQ(cli({"feeds", "--set", "launches", server.url("/launchlog.tsv").toString()}), 0);
    ASSERT_EQ(cli({"feeds", "--set", "prices", server.url("/chart/").toString() + "{symbol}?period1={from}"}), 0);
    for (const char *s : {"AMZN", "ASML", "AVGO", "BABA", "GOOGL", "META", "MSFT", "NVDA", "TSM", "^GSPC", "^IXIC"})
        ASSERT_EQ(cli({"feeds", "--untrack", s}), 0);
    ASSERT_EQ(cli({"feeds", "--track", "ZZKILL"}), 0);
    const FeedState before = inspect(seeded);
    ASSERT_TRUE(before.error.isEmpty()) << qPrintable(before.error);

    const QString db = dir.filePath(QStringLiteral("run.sqlite"));
    ASSERT_TRUE(copyStore(seeded, db));
    QElapsedTimer clock;
    clock.start();
    const ProcessResult full = runStratos({"update", "--db", db});
    const qint64 durationMs = clock.elapsed();
    ASSERT_EQ(full.exitCode, 0) << qPrintable(full.out + full.err);
    const FeedState after = inspect(db);
    ASSERT_EQ(after.bars, kBars);
    ASSERT_EQ(after.barBatches, 1);
    ASSERT_EQ(after.modelBatches, 1);
    ASSERT_EQ(after.launchBatches, 1);
    ASSERT_NE(after.models, before.models);
    ASSERT_NE(after.launches, before.launches);
    std::cout << "[ update-kill ] a complete update takes " << durationMs << " ms" << std::endl;

    const quint32 seed = qEnvironmentVariableIsSet("STRATOS_KILL_SEED") ? quint32(qEnvironmentVariableIntValue("STRATOS_KILL_SEED"))
                                                                         : QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    std::cout << "[ update-kill ] seed " << seed << std::endl;
    int killed = 0, partlyApplied = 0;
    // The timed run above may be slower than later ones (cold caches, a busy
    // machine then): each run that finishes before its kill shortens the
    // delays, and runs go on (up to 3x) until kRuns kills have landed.
    double scale = 1.0;
    for (int run = 0; run < 3 * kRuns && killed < kRuns; ++run) {
        // Spread over the whole run, leaning towards its second half (Apply).
        const double u = rng.generateDouble();
        const int delayMs = int((0.3 + 0.7 * u) * scale * double(durationMs));
        ASSERT_TRUE(copyStore(seeded, db));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("STRATOS_DB"));
        p.setProcessEnvironment(env);
        p.start(binaryPath(), {QStringLiteral("update"), QStringLiteral("--db"), db});
        ASSERT_TRUE(p.waitForStarted(10000));
        if (!p.waitForFinished(delayMs)) {
            p.kill();
            ASSERT_TRUE(p.waitForFinished(10000));
            ++killed;
        } else {
            scale *= 0.8;
        }
        const FeedState s = inspect(db);
        ASSERT_TRUE(s.error.isEmpty()) << "run " << run << ": " << qPrintable(s.error);
        const bool m = s.modelBatches == 1, l = s.launchBatches == 1, b = s.barBatches == 1;
        EXPECT_EQ(s.models, m ? after.models : before.models) << "run " << run;
        EXPECT_EQ(s.launches, l ? after.launches : before.launches) << "run " << run;
        EXPECT_EQ(s.bars, b ? kBars : 0) << "run " << run;
        partlyApplied += (m || l || b) && !(m && l && b) ? 1 : 0;
        std::cout << "[ update-kill ] run " << run << ": kill at " << delayMs << " ms; models " << (m ? "in" : "out")
                  << ", launches " << (l ? "in" : "out") << ", prices " << (b ? "in" : "out") << std::endl;
    }
    EXPECT_GE(killed, kRuns / 2) << "most kills should land while the update runs";
    std::cout << "[ update-kill ] " << killed << " killed mid-run, " << partlyApplied
              << " with some feeds applied and others not" << std::endl;
#endif
}
