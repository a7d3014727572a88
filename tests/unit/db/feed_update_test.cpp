// Feeds end to end below the GUI: a real store file, a real loopback server
// serving the reference files, the real importer. Check writes nothing; apply
// writes each item as one batch; a second run finds nothing new; a changed
// price history becomes "updated", not duplicated.
#include "feed_store.h"
#include "feed_test_server.h"
#include "feed_update.h"
#include "store.h"
#include "test_env.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace stratos;
using stratos::test::FeedTestServer;
using stratos::test::Route;

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray readShared(const QString &relative)
{
    QFile f(stratos::test::sharedFile(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The META year as Yahoo would answer for period1: the first `count` bars, with
// adjclose of the bars before `adjustBefore` multiplied by `factor` (what a new
// dividend does to an adjusted history).
QByteArray metaChart(const QByteArray &json, int count, int adjustBefore, double factor, qint64 period1)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject chart = root["chart"].toObject();
    QJsonArray results = chart["result"].toArray();
    QJsonObject r = results[0].toObject();
    const QJsonArray ts = r["timestamp"].toArray();
    QJsonObject ind = r["indicators"].toObject();
    QJsonObject quote = ind["quote"].toArray()[0].toObject();
    QJsonArray adj = ind["adjclose"].toArray()[0].toObject()["adjclose"].toArray();
    QJsonArray outTs, outAdj;
    QHash<QString, QJsonArray> outQuote;
    for (int i = 0; i < count; ++i) {
        if (qint64(ts[i].toDouble()) < period1)
            continue;
        outTs.append(ts[i]);
        outAdj.append(i < adjustBefore ? adj[i].toDouble() * factor : adj[i].toDouble());
        for (const char *k : {"open", "high", "low", "close", "volume"})
            outQuote[QString::fromLatin1(k)].append(quote[QLatin1String(k)].toArray()[i]);
    }
    for (auto it = outQuote.begin(); it != outQuote.end(); ++it)
        quote[it.key()] = it.value();
    ind["quote"] = QJsonArray{quote};
    ind["adjclose"] = QJsonArray{QJsonObject{{"adjclose", outAdj}}};
    r["indicators"] = ind;
    r["timestamp"] = outTs;
    results[0] = r;
    chart["result"] = results;
    root["chart"] = chart;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

qint64 period1Of(const QByteArray &target)
{
    const QUrlQuery q(QUrl(QString::fromUtf8(target)));
    return q.queryItemValue(QStringLiteral("period1")).toLongLong();
}

class FeedUpdateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_epoch = readShared(QStringLiteral("reference/epoch/notable_ai_models.csv"));
        m_gcat = readShared(QStringLiteral("reference/gcat/launchlog_2024_2026.tsv"));
        m_meta = readShared(QStringLiteral("reference/yahoo/META_1d_1y.json"));
        if (m_epoch.isEmpty() || m_gcat.isEmpty() || m_meta.isEmpty())
            GTEST_SKIP() << "shared reference data not found (../shared); skipped";
        Store::Options o;
        o.loadSeed = false;
        auto s = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")), o);
        ASSERT_TRUE(s.ok()) << qPrintable(s.error().toString());
        m_store = std::move(*s);
        FeedStore feeds(db());
        const Status set = feeds.setUrl(QStringLiteral("models"), m_server.url(QStringLiteral("/models.csv")).toString());
        ASSERT_TRUE(set.ok()) << set.error().toString().toStdString();
        ASSERT_TRUE(feeds.setUrl(QStringLiteral("launches"), m_server.url(QStringLiteral("/launchlog.tsv")).toString()).ok());
        ASSERT_TRUE(feeds.setUrl(QStringLiteral("prices"),
                                 m_server.url(QStringLiteral("/chart/")).toString() +
                                     QStringLiteral("{symbol}?period1={from}&period2={to}&interval=1d"))
                        .ok());
        ASSERT_TRUE(feeds.track(QStringLiteral("META")).ok());
        serveFile(QStringLiteral("/models.csv"), m_epoch, "text/csv");
        serveFile(QStringLiteral("/launchlog.tsv"), m_gcat, "text/tab-separated-values");
        serveMeta(250, 0, 1.0);
    }
    QSqlDatabase db() const { return m_store->database(); }

    void serveFile(const QString &path, const QByteArray &body, const QByteArray &type)
    {
        Route r;
        r.body = body;
        r.contentType = type;
        r.etag = "\"" + QByteArray::number(qHash(body), 16) + "\"";
        r.lastModified = "Sun, 06 Dec 2026 12:00:00 GMT";
        m_server.setRoute(path, r);
    }
    void serveMeta(int count, int adjustBefore, double factor)
    {
        Route r;
        r.contentType = "application/json";
        const QByteArray json = m_meta;
        r.bodyFor = [json, count, adjustBefore, factor](const QByteArray &target) {
            return metaChart(json, count, adjustBefore, factor, period1Of(target));
        };
        m_server.setRoute(QStringLiteral("/chart/META"), r);
    }
    QList<FeedItem> check(bool allowed = true)
    {
        FeedUpdater updater(db());
        CheckOptions o;
        o.networkAllowed = allowed;
        auto items = updater.check(o);
        EXPECT_TRUE(items.ok());
        return items.ok() ? *items : QList<FeedItem>{};
    }
    static const FeedItem *find(const QList<FeedItem> &items, const QString &label)
    {
        for (const FeedItem &i : items)
            if (i.label() == label)
                return &i;
        return nullptr;
    }
    QByteArray storeHash()
    {
        QSqlQuery(db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return stratos::test::sha256OfFile(m_store->path());
    }

    QTemporaryDir m_dir;
    FeedTestServer m_server;
    std::unique_ptr<Store> m_store;
    QByteArray m_epoch, m_gcat, m_meta;
};

} // namespace

TEST_F(FeedUpdateTest, CheckWritesNothingApplyWritesOneBatchEachSecondRunNotModified)
{
    const QByteArray before = storeHash();
    QList<FeedItem> items = check();
    ASSERT_EQ(items.size(), 3); // models, launches, prices META (ll2 and satellites are off)
    EXPECT_EQ(storeHash(), before);
    for (const FeedItem &i : items)
        ASSERT_EQ(i.state, FeedItem::State::Ready) << i.line().toStdString();
    const FeedItem *models = find(items, QStringLiteral("models"));
    ASSERT_NE(models, nullptr);
    EXPECT_GT(models->report.added, 800);
    EXPECT_FALSE(models->report.previewRows.isEmpty());

    FeedUpdater updater(db());
    ASSERT_TRUE(updater.apply(items));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM import_batch")), 3);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM ai_model")), models->report.added);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM price_bar")), 250);
    const FeedItem *meta = find(items, QStringLiteral("prices META"));
    ASSERT_NE(meta, nullptr);
    EXPECT_EQ(meta->line(), QStringLiteral("prices META: added 250, updated 0, unchanged 0 (to 2025-11-26)"));

    FeedStore feeds(db());
    auto models2 = feeds.feed(QStringLiteral("models"));
    ASSERT_TRUE(models2.ok());
    EXPECT_FALSE(models2->etag.isEmpty());
    EXPECT_TRUE(models2->lastSuccess.isValid());
    EXPECT_FALSE(models2->asOf.isEmpty());

    // Second run: the files did not change, so the server answers 304 and
    // the prices overlap finds every stored day unchanged.
    m_server.clearLog();
    QList<FeedItem> again = check();
    ASSERT_EQ(again.size(), 3);
    EXPECT_EQ(find(again, QStringLiteral("models"))->line(), QStringLiteral("models: not modified"));
    EXPECT_EQ(find(again, QStringLiteral("launches"))->line(), QStringLiteral("launches: not modified"));
    const FeedItem *meta2 = find(again, QStringLiteral("prices META"));
    EXPECT_EQ(meta2->report.added + meta2->report.updated, 0) << meta2->line().toStdString();
    EXPECT_GT(meta2->report.unchanged, 0);
    const auto seen = m_server.requests();
    ASSERT_EQ(seen.size(), 3);
    for (const auto &r : seen) {
        if (r.target.startsWith("/chart/META")) {
            EXPECT_GT(period1Of(r.target), 0) << "a known series asks only for recent days";
        }
    }
    const QByteArray applied = storeHash();
    ASSERT_TRUE(updater.apply(again));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM import_batch")), 3);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM price_bar")), 250);
    Q_UNUSED(applied);
}

TEST_F(FeedUpdateTest, ChangedPastPricesBecomeUpdatedNotDuplicated)
{
    serveMeta(200, 0, 1.0);
    QList<FeedItem> first = check();
    FeedUpdater updater(db());
    ASSERT_TRUE(updater.apply(first, {QStringLiteral("prices")}));
    ASSERT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM price_bar")), 200);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM ai_model")), 0) << "only the kept feed is written";

    // 50 more days, and a dividend that moved every adjusted close before day 240.
    serveMeta(250, 240, 0.99);
    QList<FeedItem> second = check();
    const FeedItem *meta = find(second, QStringLiteral("prices META"));
    ASSERT_NE(meta, nullptr);
    EXPECT_TRUE(meta->wholeHistory);
    EXPECT_EQ(meta->line(), QStringLiteral("prices META: added 50, updated 200, unchanged 0 "
                                           "(to 2025-11-26; past values changed: whole history re-fetched)"));
    ASSERT_TRUE(updater.apply(second, {QStringLiteral("prices META")}));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM price_bar")), 250);
    // The stored close of the first day is the new adjusted close.
    const auto firstAdj = QJsonDocument::fromJson(m_meta)
                              .object()["chart"].toObject()["result"].toArray()[0].toObject()["indicators"]
                              .toObject()["adjclose"].toArray()[0].toObject()["adjclose"].toArray()[0].toDouble();
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT close FROM price_bar ORDER BY day LIMIT 1"));
    ASSERT_TRUE(q.next());
    EXPECT_DOUBLE_EQ(q.value(0).toDouble(), firstAdj * 0.99);

    // The same update again changes nothing.
    const qint64 batches = scalar(db(), QStringLiteral("SELECT count(*) FROM import_batch"));
    QList<FeedItem> third = check();
    const FeedItem *meta3 = find(third, QStringLiteral("prices META"));
    EXPECT_FALSE(meta3->wholeHistory);
    EXPECT_EQ(meta3->report.added + meta3->report.updated, 0) << meta3->line().toStdString();
    ASSERT_TRUE(updater.apply(third, {QStringLiteral("prices")}));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM import_batch")), batches);
}

TEST_F(FeedUpdateTest, AFailedFeedDoesNotBlockTheOthers)
{
    Route page;
    page.contentType = "text/html; charset=utf-8";
    page.body = "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title></head>"
                "<body>Checking your browser</body></html>";
    m_server.setRoute(QStringLiteral("/models.csv"), page);
    Route down;
    down.status = 503;
    down.reason = "Service Unavailable";
    m_server.setRoute(QStringLiteral("/launchlog.tsv"), down);
    QList<FeedItem> items = check();
    const FeedItem *models = find(items, QStringLiteral("models"));
    const FeedItem *launches = find(items, QStringLiteral("launches"));
    ASSERT_TRUE(models && launches);
    EXPECT_EQ(models->line(), QStringLiteral("models: failed: %1: expected a CSV, got an HTML page titled 'Just a moment...'")
                                  .arg(m_server.url(QStringLiteral("/models.csv")).toString()));
    EXPECT_EQ(launches->line(), QStringLiteral("launches: failed: %1: HTTP 503 Service Unavailable")
                                    .arg(m_server.url(QStringLiteral("/launchlog.tsv")).toString()));
    FeedUpdater updater(db());
    EXPECT_FALSE(updater.apply(items));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM price_bar")), 250);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM launch")), 0);
    FeedStore feeds(db());
    auto f = feeds.feed(QStringLiteral("launches"));
    ASSERT_TRUE(f.ok());
    EXPECT_TRUE(f->lastChecked.isValid());
    EXPECT_FALSE(f->lastSuccess.isValid());
    EXPECT_TRUE(f->lastResult.contains(QStringLiteral("HTTP 503")));
}

TEST_F(FeedUpdateTest, UpdatesOffSendNothing)
{
    QList<FeedItem> items = check(false);
    ASSERT_EQ(items.size(), 3);
    for (const FeedItem &i : items) {
        EXPECT_EQ(i.state, FeedItem::State::Failed);
        EXPECT_EQ(i.error, QStringLiteral("updates are turned off; nothing was sent"));
    }
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(FeedUpdateTest, AnAppliedFeedCanBeUndoneFromTheHistory)
{
    QList<FeedItem> items = check();
    FeedUpdater updater(db());
    ASSERT_TRUE(updater.apply(items, {QStringLiteral("models")}));
    const FeedItem *models = find(items, QStringLiteral("models"));
    ASSERT_EQ(models->state, FeedItem::State::Applied);
    ASSERT_GT(models->report.batchId, 0);
    EXPECT_GT(scalar(db(), QStringLiteral("SELECT count(*) FROM ai_model")), 800);
    ASSERT_TRUE(Importer::removeBatch(db(), models->report.batchId).ok());
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM ai_model")), 0);
}

TEST(FeedStoreTest, TrackUntrackAndProviderSpelling)
{
    QTemporaryDir dir;
    Store::Options o;
    o.loadSeed = false;
    auto s = Store::open(dir.filePath(QStringLiteral("s.sqlite")), o);
    ASSERT_TRUE(s.ok());
    FeedStore feeds((*s)->database());
    auto all = feeds.feeds();
    ASSERT_TRUE(all.ok());
    QStringList names;
    for (const auto &f : *all)
        names << f.name + (f.enabled ? "+" : "-");
    EXPECT_EQ(names.join(u' '), QStringLiteral("models+ launches+ prices+ ll2- satellites-"));
    ASSERT_TRUE(feeds.track(QStringLiteral("PLTR")).ok());
    ASSERT_TRUE(feeds.track(QStringLiteral("0700.HK")).ok());
    ASSERT_TRUE(feeds.track(QStringLiteral("^IXIC")).ok());
    ASSERT_TRUE(feeds.mapSymbol(QStringLiteral("0700.HK"), feeds::Kind::Stooq, QStringLiteral("700.hk")).ok());
    auto tracked = feeds.trackedSymbols();
    ASSERT_TRUE(tracked.ok());
    ASSERT_EQ(tracked->size(), 3);
    EXPECT_EQ((*tracked)[0].symbol, QStringLiteral("0700.HK"));
    EXPECT_EQ((*tracked)[0].stooq, QStringLiteral("700.hk"));
    EXPECT_EQ((*tracked)[0].yahoo, QStringLiteral("0700.HK"));
    EXPECT_EQ((*tracked)[1].stooq, QStringLiteral("pltr.us"));
    EXPECT_EQ((*tracked)[2].stooq, QStringLiteral("^ndq"));
    ASSERT_TRUE(feeds.untrack(QStringLiteral("PLTR")).ok());
    EXPECT_EQ(feeds.trackedSymbols()->size(), 2);
    // A Stooq URL switches the prices feed to the Stooq reader.
    ASSERT_TRUE(feeds.setUrl(QStringLiteral("prices"), QStringLiteral("https://stooq.com/q/d/l/?s={symbol}&i=d")).ok());
    EXPECT_EQ(feeds.feed(QStringLiteral("prices"))->kind, feeds::Kind::Stooq);
    EXPECT_FALSE(feeds.setUrl(QStringLiteral("prices"), QStringLiteral("not a url")).ok());
    EXPECT_FALSE(feeds.setEnabled(QStringLiteral("nope"), true).ok());
}

TEST_F(FeedUpdateTest, Ll2FollowsNextPagesIntoOneBatch)
{
    const QByteArray page1 = readShared(QStringLiteral("reference/ll2/ll2_v2.0.0_upcoming_2024-03.json"));
    const QByteArray page2 = readShared(QStringLiteral("reference/ll2/ll2_v2.0.0_upcoming_2025-06.json"));
    if (page1.isEmpty() || page2.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    // The real pages point `next` at the publisher; here page 1 points at page 2
    // on the loopback server, and page 2 ends the chain.
    QJsonObject first = QJsonDocument::fromJson(page1).object();
    first["next"] = m_server.url(QStringLiteral("/ll2/page2")).toString();
    QJsonObject second = QJsonDocument::fromJson(page2).object();
    second["next"] = QJsonValue::Null;
    serveFile(QStringLiteral("/ll2/page1"), QJsonDocument(first).toJson(), "application/json");
    serveFile(QStringLiteral("/ll2/page2"), QJsonDocument(second).toJson(), "application/json");
    FeedStore feeds(db());
    ASSERT_TRUE(feeds.setUrl(QStringLiteral("ll2"), m_server.url(QStringLiteral("/ll2/page1")).toString()).ok());

    // What each page adds on its own, through the importer directly.
    Importer importer(db());
    ImportOptions dry;
    dry.dryRun = true;
    const int alone = importer.importBytes(page1, QStringLiteral("p1.json"), dry).added +
                      importer.importBytes(page2, QStringLiteral("p2.json"), dry).added;
    ASSERT_GT(alone, 10);

    FeedUpdater updater(db());
    CheckOptions o;
    o.names = {QStringLiteral("ll2")};
    o.networkAllowed = true;
    auto items = updater.check(o);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    const FeedItem &ll2 = items->first();
    ASSERT_EQ(ll2.state, FeedItem::State::Ready) << ll2.line().toStdString();
    EXPECT_EQ(ll2.report.added, alone);
    EXPECT_EQ(m_server.requestCount(), 2);
    ASSERT_TRUE(updater.apply(*items));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM import_batch")), 1);
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM launch WHERE tag LIKE 'LL2:%'")), alone);
}

TEST_F(FeedUpdateTest, SatellitesFeedGoesThroughThePsatcatImporter)
{
    const QByteArray psatcat = readShared(QStringLiteral("reference/gcat/psatcat_2025-04-07.tsv"));
    if (psatcat.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    serveFile(QStringLiteral("/psatcat.tsv"), psatcat, "text/tab-separated-values");
    FeedStore feeds(db());
    ASSERT_TRUE(feeds.setUrl(QStringLiteral("satellites"), m_server.url(QStringLiteral("/psatcat.tsv")).toString()).ok());
    ASSERT_TRUE(feeds.setEnabled(QStringLiteral("satellites"), true).ok());
    FeedUpdater updater(db());
    CheckOptions o;
    o.names = {QStringLiteral("satellites")};
    o.networkAllowed = true;
    auto items = updater.check(o);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    const FeedItem &sat = items->first();
    // This real copy has one mistyped date ("2025 Par  4" on line 21723): the
    // importer refuses the file with where and what, and the feed writes nothing.
    ASSERT_EQ(sat.state, FeedItem::State::Failed) << sat.line().toStdString();
    EXPECT_TRUE(sat.error.startsWith(QStringLiteral("feed-satellites.tsv:21723:80: expected an end-of-operations date")))
        << sat.error.toStdString();
    EXPECT_FALSE(updater.apply(*items));
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM import_batch")), 0);
}
