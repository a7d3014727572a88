// A newer seed updates seed rows and never touches rows the user imported or edited.
#include "fulltext.h"
#include "library_store.h"
#include "repository.h"
#include "seed_loader.h"
#include "store.h"
#include "test_env.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

QString fixture(const QString &name) { return QDir(test::sourceDir()).filePath("tests/data/" + name); }

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

std::unique_ptr<Store> emptyStore(const QTemporaryDir &dir)
{
    Store::Options o;
    o.loadSeed = false;
    auto s = Store::open(dir.filePath("v.sqlite"), o);
    EXPECT_TRUE(s.ok());
    return s.ok() ? std::move(*s) : nullptr;
}

} // namespace

TEST(SeedVersioning, NewerSeedUpdatesSeedRowsButNotUserRows)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    QSqlDatabase db = store->database();
    SeedLoader v1(db, fixture("seed_v1"), fixture("corpus_min"));
    auto r1 = v1.ensureCurrent();
    ASSERT_TRUE(r1.ok()) << qPrintable(r1.error().toString());
    EXPECT_TRUE(r1->applied);
    EXPECT_EQ(SeedLoader::storedVersion(db), 1);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM ai_model").toInt(), 3);

    // The user corrects GPT-4's release day; that row is now theirs.
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec("UPDATE ai_model SET released_on = '2023-03-16', origin = 'user' WHERE name = 'GPT-4'"));

    SeedLoader v2(db, fixture("seed_v2"), fixture("corpus_min"));
    auto r2 = v2.ensureCurrent();
    ASSERT_TRUE(r2.ok()) << qPrintable(r2.error().toString());
    EXPECT_TRUE(r2->applied);
    EXPECT_EQ(SeedLoader::storedVersion(db), 2);
    EXPECT_EQ(scalar(db, "SELECT released_on FROM ai_model WHERE name = 'GPT-4'").toString(), QStringLiteral("2023-03-16"))
        << "user-edited row untouched";
    EXPECT_EQ(scalar(db, "SELECT training_cost_usd FROM ai_model WHERE name = 'GPT-4'").toDouble(), 40586592.58);
    EXPECT_EQ(scalar(db, "SELECT released_on FROM ai_model WHERE name = 'DeepSeek-V3'").toString(), QStringLiteral("2024-12-26"))
        << "seed row updated";
    EXPECT_EQ(scalar(db, "SELECT cost_basis FROM ai_model WHERE name = 'DeepSeek-V3'").toString(), QStringLiteral("reported"));
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM ai_model").toInt(), 4) << "new seed row added";
    EXPECT_EQ(r2->perTable.value("ai_model"), 2) << "one update and one insert; R1 and GPT-4 unchanged";
    // The newer payload catalogue ends one satellite's operations in place.
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM satellite_status WHERE operating = 1").toInt(), 1);
    EXPECT_EQ(scalar(db, "SELECT ended_on FROM satellite_status WHERE jcat = 'S62002'").toString(),
              QStringLiteral("2025-06-01"));
    EXPECT_EQ(scalar(db, "SELECT max(as_of) FROM satellite_status").toString(), QStringLiteral("2025-07-01"));

    // An older seed never runs over a newer store.
    auto again = v1.ensureCurrent();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->applied);
}

TEST(SeedVersioning, BadSeedRollsBackEverything)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    QTemporaryDir bad;
    for (const QString &f : QDir(fixture("seed_v1")).entryList(QDir::Files))
        QFile::copy(fixture("seed_v1/") + f, bad.filePath(f));
    QFile prices(bad.filePath("price_bars.csv"));
    ASSERT_TRUE(prices.open(QIODevice::Append));
    prices.write("NVDA,2025-01-28,1,2,3,not-a-number,,5\n");
    prices.close();
    SeedLoader loader(store->database(), bad.path(), fixture("corpus_min"));
    auto r = loader.ensureCurrent();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().line, 4);
    EXPECT_EQ(r.error().column, 6);
    EXPECT_TRUE(r.error().toString().contains(QLatin1String("price_bars.csv:4:6: expected a number in column 'close', found 'not-a-number'")))
        << qPrintable(r.error().toString());
    EXPECT_EQ(scalar(store->database(), "SELECT count(*) FROM ai_model").toInt(), 0) << "nothing half-loaded";
    EXPECT_EQ(SeedLoader::storedVersion(store->database()), 0);
}

TEST(SeedVersioning, CorpusNotesAreSplitIntoIndexedPassages)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    SeedLoader loader(store->database(), fixture("seed_v1"), fixture("corpus_min"));
    ASSERT_TRUE(loader.ensureCurrent().ok());
    const auto docs = LibraryStore(store->database()).documents();
    ASSERT_EQ(docs.size(), 1);
    EXPECT_EQ(docs[0].title, QStringLiteral("A test note"));
    EXPECT_EQ(docs[0].publishedOn, QDate(2025, 2, 1));
    const auto found = searchPassages(store->database(), fullTextQuery(QStringLiteral("How much market value did Nvidia lose?"), 20));
    ASSERT_TRUE(found) << qPrintable(found.error().message);
    const QList<PassageHit> &hits = found.value();
    ASSERT_FALSE(hits.isEmpty());
    const QString text = scalar(store->database(), "SELECT text FROM document").toString();
    EXPECT_TRUE(text.mid(hits[0].start, hits[0].end - hits[0].start).contains(QLatin1String("$589 billion")));
}
