// The feed HTTP client against a real loopback server (real sockets): status
// codes, conditional requests, redirects, size and time limits, gzip, Cancel,
// the per-host limit, and that nothing is sent while updates are off.
#include "feed_test_server.h"
#include "net/fetcher.h"
#include "test_env.h"

#include <QTimeZone>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <gtest/gtest.h>
#include <stratos/version.h>

using namespace stratos;
using namespace stratos::net;
using stratos::test::FeedTestServer;
using stratos::test::Route;

namespace {

FetchResult fetchOne(const QUrl &url, qint64 maxBytes = 64 << 20, const QByteArray &etag = {},
                     const QByteArray &lastModified = {})
{
    Fetcher fetcher;
    fetcher.setAllowed(true);
    FetchRequest r;
    r.key = QStringLiteral("one");
    r.url = url;
    r.maxBytes = maxBytes;
    r.etag = etag;
    r.lastModified = lastModified;
    const QList<FetchResult> got = fetcher.fetchAll({r});
    return got.value(0);
}

QByteArray readShared(const QString &relative)
{
    QFile f(stratos::test::sharedFile(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Route fileRoute(const QByteArray &body)
{
    Route r;
    r.body = body;
    r.contentType = "text/csv";
    r.etag = "\"v1-" + QByteArray::number(body.size()) + '"';
    r.lastModified = "Mon, 07 Dec 2026 06:00:00 GMT";
    return r;
}

} // namespace

TEST(Fetcher, RealFileThenNotModifiedOnTheSecondRun)
{
    const QByteArray csv = readShared(QStringLiteral("reference/epoch/notable_ai_models.csv"));
    if (csv.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    FeedTestServer server;
    ASSERT_TRUE(server.listening());
    server.setRoute(QStringLiteral("/models.csv"), fileRoute(csv));
    const FetchResult first = fetchOne(server.url(QStringLiteral("/models.csv")));
    ASSERT_EQ(first.state, FetchState::Fetched) << first.error.toStdString();
    EXPECT_EQ(first.httpStatus, 200);
    EXPECT_EQ(first.body, csv);
    EXPECT_EQ(first.etag, "\"v1-" + QByteArray::number(csv.size()) + '"');
    EXPECT_EQ(first.lastModified, "Mon, 07 Dec 2026 06:00:00 GMT");
    const FetchResult second = fetchOne(server.url(QStringLiteral("/models.csv")), 64 << 20, first.etag, first.lastModified);
    EXPECT_EQ(second.state, FetchState::NotModified);
    EXPECT_TRUE(second.body.isEmpty());
    const auto seen = server.requests();
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[0].headers.value("user-agent"), QByteArray("Stratos/" STRATOS_VERSION));
    EXPECT_FALSE(seen[0].headers.contains("if-none-match"));
    EXPECT_EQ(seen[1].headers.value("if-none-match"), first.etag);
    EXPECT_EQ(seen[1].headers.value("if-modified-since"), first.lastModified);
}

TEST(Fetcher, StatusCodesBecomeMessages)
{
    FeedTestServer server;
    Route html;
    html.status = 500;
    html.reason = "Internal Server Error";
    html.contentType = "text/html";
    html.body = "<!DOCTYPE html><html><head><title>Oops</title></head><body>Server error</body></html>";
    server.setRoute(QStringLiteral("/broken"), html);
    Route busy;
    busy.status = 429;
    busy.reason = "Too Many Requests";
    busy.headers = {{"Retry-After", "120"}};
    server.setRoute(QStringLiteral("/busy"), busy);

    const FetchResult missing = fetchOne(server.url(QStringLiteral("/nothing-here.csv")));
    EXPECT_EQ(missing.state, FetchState::Failed);
    EXPECT_EQ(missing.error, QStringLiteral("HTTP 404 Not Found"));
    const FetchResult broken = fetchOne(server.url(QStringLiteral("/broken")));
    EXPECT_EQ(broken.state, FetchState::Failed);
    EXPECT_EQ(broken.error, QStringLiteral("HTTP 500 Internal Server Error"));
    EXPECT_TRUE(broken.body.contains("<title>Oops</title>"));
    const FetchResult limited = fetchOne(server.url(QStringLiteral("/busy")));
    EXPECT_EQ(limited.state, FetchState::Failed);
    ASSERT_TRUE(limited.retryAfterSeconds.has_value());
    EXPECT_EQ(*limited.retryAfterSeconds, 120);
    EXPECT_EQ(limited.error, QStringLiteral("HTTP 429 Too Many Requests (the server asks to wait 120 s)"));
}

TEST(Fetcher, FollowsFiveRedirectsButNotSixOrALoop)
{
    FeedTestServer server;
    server.setRoute(QStringLiteral("/end"), fileRoute("Date,Close\n2026-12-04,1\n"));
    for (int i = 1; i <= 6; ++i) {
        Route hop;
        hop.status = 302;
        hop.reason = "Found";
        hop.headers = {{"Location", i == 1 ? QByteArray("/end") : "/hop" + QByteArray::number(i - 1)}};
        server.setRoute(QStringLiteral("/hop%1").arg(i), hop);
    }
    const FetchResult five = fetchOne(server.url(QStringLiteral("/hop5")));
    ASSERT_EQ(five.state, FetchState::Fetched) << five.error.toStdString();
    EXPECT_EQ(five.finalUrl, server.url(QStringLiteral("/end")));
    EXPECT_EQ(five.body, "Date,Close\n2026-12-04,1\n");
    const FetchResult six = fetchOne(server.url(QStringLiteral("/hop6")));
    EXPECT_EQ(six.state, FetchState::Failed);
    EXPECT_TRUE(six.error.startsWith(QStringLiteral("more than 5 redirects"))) << six.error.toStdString();

    Route a, b;
    a.status = b.status = 301;
    a.reason = b.reason = "Moved Permanently";
    a.headers = {{"Location", "/loop-b"}};
    b.headers = {{"Location", server.url(QStringLiteral("/loop-a")).toEncoded()}};
    server.setRoute(QStringLiteral("/loop-a"), a);
    server.setRoute(QStringLiteral("/loop-b"), b);
    server.clearLog();
    const FetchResult loop = fetchOne(server.url(QStringLiteral("/loop-a")));
    EXPECT_EQ(loop.state, FetchState::Failed);
    EXPECT_TRUE(loop.error.startsWith(QStringLiteral("a redirect loop"))) << loop.error.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
}

TEST(Fetcher, RefusesHttpsToHttpAndPlainHttpToOtherHosts)
{
    EXPECT_TRUE(refusedRedirect(QUrl("https://epoch.ai/a.csv"), QUrl("http://epoch.ai/a.csv")).has_value());
    EXPECT_TRUE(refusedRedirect(QUrl("https://epoch.ai/a.csv"), QUrl("http://127.0.0.1/a.csv")).has_value());
    EXPECT_FALSE(refusedRedirect(QUrl("https://epoch.ai/a.csv"), QUrl("https://www.epoch.ai/a.csv")).has_value());
    EXPECT_FALSE(refusedUrl(QUrl("http://127.0.0.1:8080/x")).has_value());
    EXPECT_FALSE(refusedUrl(QUrl("http://localhost/x")).has_value());
    EXPECT_TRUE(refusedUrl(QUrl("http://planet4589.org/x")).has_value());
    EXPECT_TRUE(refusedUrl(QUrl("ftp://planet4589.org/x")).has_value());

    // End to end: the loopback server sends us to plain http elsewhere; no
    // request leaves for it (there is no network here, so one would fail differently).
    FeedTestServer server;
    Route away;
    away.status = 302;
    away.reason = "Found";
    away.headers = {{"Location", "http://planet4589.org/space/gcat/tsv/derived/launchlog.tsv"}};
    server.setRoute(QStringLiteral("/away"), away);
    const FetchResult r = fetchOne(server.url(QStringLiteral("/away")));
    EXPECT_EQ(r.state, FetchState::Failed);
    EXPECT_EQ(r.error, QStringLiteral("refused plain http to planet4589.org: Stratos fetches from other hosts over https only"));
    const FetchResult direct = fetchOne(QUrl("http://planet4589.org/x.tsv"));
    EXPECT_TRUE(direct.error.startsWith(QStringLiteral("refused plain http")));
}

TEST(Fetcher, BodyCutShortAndBodyOverTheLimit)
{
    FeedTestServer server;
    Route cut = fileRoute(QByteArray(3 * 1024 * 1024 + 400 * 1024, 'x'));
    cut.cutAfter = 1200 * 1024;
    server.setRoute(QStringLiteral("/cut"), cut);
    const FetchResult r = fetchOne(server.url(QStringLiteral("/cut")));
    EXPECT_EQ(r.state, FetchState::Failed);
    EXPECT_EQ(r.error, QStringLiteral("the body ended after 1.2 MB of 3.4 MB"));

    server.setRoute(QStringLiteral("/big"), fileRoute(QByteArray(2 * 1024 * 1024, 'y')));
    const FetchResult big = fetchOne(server.url(QStringLiteral("/big")), 1024 * 1024);
    EXPECT_EQ(big.state, FetchState::Failed);
    EXPECT_EQ(big.error, QStringLiteral("the file is 2.0 MB, over this feed's limit of 1.0 MB"));
    EXPECT_TRUE(big.body.isEmpty());

    // Without a Content-Length to go by (gzip), the limit stops the download itself.
    Route zipped = fileRoute(QByteArray(2 * 1024 * 1024, 'z'));
    zipped.gzip = true;
    server.setRoute(QStringLiteral("/zipped-big"), zipped);
    const FetchResult bomb = fetchOne(server.url(QStringLiteral("/zipped-big")), 1024 * 1024);
    EXPECT_EQ(bomb.state, FetchState::Failed);
    EXPECT_EQ(bomb.error, QStringLiteral("the download passed this feed's limit of 1.0 MB"));
}

TEST(Fetcher, GzipIsAskedForAndDecoded)
{
    const QByteArray tsv = readShared(QStringLiteral("reference/gcat/launchlog_2024_2026.tsv"));
    if (tsv.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    FeedTestServer server;
    Route r = fileRoute(tsv);
    r.gzip = true;
    server.setRoute(QStringLiteral("/launchlog.tsv"), r);
    const FetchResult got = fetchOne(server.url(QStringLiteral("/launchlog.tsv")));
    ASSERT_EQ(got.state, FetchState::Fetched) << got.error.toStdString();
    EXPECT_EQ(got.body.size(), tsv.size());
    EXPECT_EQ(got.body, tsv);
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(server.requests()[0].headers.value("accept-encoding").contains("gzip"));
    EXPECT_LT(FeedTestServer::gzip(tsv).size(), tsv.size() / 3); // it really travelled compressed
}

TEST(Fetcher, CancelStopsADripWithin100Ms)
{
    FeedTestServer server;
    Route drip = fileRoute(QByteArray(1000, 'd'));
    drip.drip = true;
    server.setRoute(QStringLiteral("/drip"), drip);
    Fetcher fetcher;
    fetcher.setAllowed(true);
    QList<FetchResult> results;
    QElapsedTimer sinceCancel;
    qint64 progressBytes = 0;
    QEventLoop loop;
    QObject::connect(&fetcher, &Fetcher::progress, &loop, [&](const QString &, qint64 got, qint64) {
        progressBytes = got;
    });
    QObject::connect(&fetcher, &Fetcher::finished, &loop, [&](const FetchResult &r) { results.append(r); });
    QObject::connect(&fetcher, &Fetcher::allDone, &loop, &QEventLoop::quit);
    FetchRequest req;
    req.key = QStringLiteral("drip");
    req.url = server.url(QStringLiteral("/drip"));
    fetcher.start({req});
    QTimer::singleShot(2500, &loop, [&] {
        sinceCancel.start();
        fetcher.cancel();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // a guard, not the measure
    loop.exec();
    const qint64 ms = sinceCancel.elapsed();
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].state, FetchState::Cancelled);
    EXPECT_GE(progressBytes, 1); // it was really dripping when cancelled
    EXPECT_LT(ms, 100) << "cancel took " << ms << " ms";
}

TEST(Fetcher, AtMostTwoRequestsPerHostAtOnce)
{
    FeedTestServer server;
    Route slow = fileRoute("Date,Close\n2026-12-04,1\n");
    slow.delayMs = 150;
    QList<FetchRequest> requests;
    for (int i = 0; i < 6; ++i) {
        server.setRoute(QStringLiteral("/p%1").arg(i), slow);
        FetchRequest r;
        r.key = QStringLiteral("p%1").arg(i);
        r.url = server.url(QStringLiteral("/p%1").arg(i));
        requests.append(r);
    }
    Fetcher fetcher;
    fetcher.setAllowed(true);
    const QList<FetchResult> got = fetcher.fetchAll(requests);
    ASSERT_EQ(got.size(), 6);
    for (const FetchResult &r : got)
        EXPECT_EQ(r.state, FetchState::Fetched) << r.error.toStdString();
    EXPECT_EQ(server.requestCount(), 6);
    EXPECT_EQ(server.maxConcurrent(), 2);
}

TEST(Fetcher, NothingIsSentWhileUpdatesAreOff)
{
    FeedTestServer server;
    server.setRoute(QStringLiteral("/models.csv"), fileRoute("Model,Organization\nA,B\n"));
    Fetcher fetcher; // not allowed: the default
    FetchRequest r;
    r.key = QStringLiteral("models");
    r.url = server.url(QStringLiteral("/models.csv"));
    const QList<FetchResult> got = fetcher.fetchAll({r, r});
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0].state, FetchState::Failed);
    EXPECT_EQ(got[0].error, QStringLiteral("updates are turned off; nothing was sent"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST(Fetcher, RetryAfterAsAnHttpDate)
{
    const QDateTime now(QDate(2026, 12, 7), QTime(6, 0), QTimeZone::utc());
    EXPECT_EQ(parseRetryAfter("Mon, 07 Dec 2026 06:02:30 GMT", now), 150);
    EXPECT_EQ(parseRetryAfter("45", now), 45);
    EXPECT_FALSE(parseRetryAfter("soon", now).has_value());
}
