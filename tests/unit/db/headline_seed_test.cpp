// The overview's headline comparisons are seed data (headlines.csv into the
// `headline` table): read back as written, a bad row refused with its file,
// line and column and nothing written, and a row the user changed kept when a
// newer seed arrives.
#include "headlines.h"
#include "seed_loader.h"
#include "store.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

// A copy of a fixture seed with a headlines.csv of our own.
QString seedWithHeadlines(const QTemporaryDir &dir, const QString &fixture, const QByteArray &headlines)
{
    const QString root = dir.filePath(fixture);
    QDir().mkpath(root);
    const QDir from(QDir(test::sourceDir()).filePath("tests/data/" + fixture));
    for (const QString &f : from.entryList(QDir::Files))
        QFile::copy(from.filePath(f), root + '/' + f);
    QFile out(root + "/headlines.csv");
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(headlines);
    return root;
}

std::unique_ptr<Store> emptyStore(const QTemporaryDir &dir)
{
    Store::Options o;
    o.loadSeed = false;
    auto s = Store::open(dir.filePath("h.sqlite"), o);
    EXPECT_TRUE(s.ok());
    return s.ok() ? std::move(*s) : nullptr;
}

int count(QSqlDatabase db, const char *sql)
{
    QSqlQuery q(db);
    return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
}

const QByteArray kGood = "card,first,second,event_key,others\n"
                         "training_cost,DeepSeek-V3,GPT-4,,\n"
                         "api_price,DeepSeek-R1,GPT-4,,\n"
                         "market_day,NVDA,NVDA,r1,\n"
                         "constellations,Starlink,Kuiper,,Guowang; Qianfan\n";

} // namespace

TEST(HeadlineSeed, ReadBackAsTheSeedWroteThem)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    auto r = SeedLoader(store->database(), seedWithHeadlines(dir, "seed_v1", kGood), QDir(test::sourceDir()).filePath("tests/data/corpus_min")).apply();
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
    const Headlines h = readHeadlines(store->database());
    ASSERT_TRUE(h.trainingCost && h.apiPrice && h.marketDay && h.constellations);
    EXPECT_EQ(h.trainingCost->first, QStringLiteral("DeepSeek-V3"));
    EXPECT_EQ(h.trainingCost->second, QStringLiteral("GPT-4"));
    EXPECT_EQ(h.apiPrice->first, QStringLiteral("DeepSeek-R1"));
    EXPECT_EQ(h.marketDay->eventKey, QStringLiteral("r1"));
    EXPECT_EQ(h.constellations->others, (QStringList{"Guowang", "Qianfan"}));
    EXPECT_TRUE(h.marketDay->others.isEmpty());
}

TEST(HeadlineSeed, ABadRowNamesItsPlaceAndWritesNothing)
{
    struct Case
    {
        QByteArray row;
        QString message;
    };
    const QList<Case> cases = {
        {"training_cost,DeepSeek-V3,GPT-5,,\n", "headlines.csv:2:3: expected a model in the store, found 'GPT-5'"},
        {"market_day,NVDA,AAPL,r1,\n", "headlines.csv:2:3: expected a security in the store, found 'AAPL'"},
        {"market_day,NVDA,NVDA,no-such-event,\n",
         "headlines.csv:2:4: expected an event key from events.csv, found 'no-such-event'"},
        {"headline_of_the_day,a,b,,\n", "headlines.csv:2:1: expected one of"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.row.toStdString());
        QTemporaryDir dir;
        auto store = emptyStore(dir);
        ASSERT_TRUE(store);
        const QString root = seedWithHeadlines(dir, "seed_v1", "card,first,second,event_key,others\n" + c.row);
        auto r = SeedLoader(store->database(), root, QDir(test::sourceDir()).filePath("tests/data/corpus_min")).apply();
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().toString().contains(c.message)) << qPrintable(r.error().toString());
        EXPECT_EQ(count(store->database(), "SELECT count(*) FROM headline"), 0);
        EXPECT_EQ(count(store->database(), "SELECT count(*) FROM ai_model"), 0); // the whole seed rolled back
    }
}

TEST(HeadlineSeed, ANewerSeedKeepsTheUsersChoice)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    QSqlDatabase db = store->database();
    const QString corpus = QDir(test::sourceDir()).filePath("tests/data/corpus_min");
    ASSERT_TRUE(SeedLoader(db, seedWithHeadlines(dir, "seed_v1", kGood), corpus).apply().ok());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec("UPDATE headline SET first = 'DeepSeek-R1', origin = 'user' WHERE card = 'training_cost'"));

    const QByteArray v2 = "card,first,second,event_key,others\n"
                          "training_cost,DeepSeek-V3,o1,,\n"
                          "api_price,DeepSeek-R1,o1,,\n"
                          "market_day,NVDA,NVDA,r1,\n"
                          "constellations,Starlink,OneWeb,,\n";
    auto r = SeedLoader(db, seedWithHeadlines(dir, "seed_v2", v2), corpus).ensureCurrent();
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
    ASSERT_TRUE(r->applied);
    const Headlines h = readHeadlines(db);
    EXPECT_EQ(h.trainingCost->first, QStringLiteral("DeepSeek-R1")); // the user's
    EXPECT_EQ(h.trainingCost->second, QStringLiteral("GPT-4"));
    EXPECT_EQ(h.apiPrice->second, QStringLiteral("o1"));             // the seed's, updated
    EXPECT_EQ(h.constellations->second, QStringLiteral("OneWeb"));
    EXPECT_TRUE(h.constellations->others.isEmpty());
}

TEST(HeadlineSeed, TheShippedSeedNamesRowsItHas)
{
    QTemporaryDir dir;
    auto s = Store::open(dir.filePath("seeded.sqlite"));
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().toString());
    const Headlines h = readHeadlines((*s)->database());
    ASSERT_TRUE(h.trainingCost && h.apiPrice && h.marketDay && h.constellations);
    EXPECT_EQ(count((*s)->database(), "SELECT count(*) FROM headline WHERE origin = 'seed'"), 4);
}
