// The embedded dataset loads into a fresh store with exact counts and values
// that match the reference files they were built from.
#include "fulltext.h"
#include "repository.h"
#include "seed_loader.h"
#include "store.h"
#include "seed_reference.h"
#include "test_env.h"
#include "util/csv_reader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

// Counts data records of a seed CSV straight from the source tree.
int seedRows(const QString &file)
{
    QFile f(QDir(test::sourceDir()).filePath(QStringLiteral("db/seed/") + file));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    CsvReader r(QString::fromUtf8(f.readAll()));
    CsvRecord rec;
    int n = -1; // header
    while (r.next(rec))
        ++n;
    return n;
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

class SeedLoadTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto store = Store::open(s_dir->filePath("seeded.sqlite"));
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
        s_store = store->release();
    }
    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
    }
    QSqlDatabase db() const { return s_store->database(); }
    static Store *s_store;
    static QTemporaryDir *s_dir;
};
Store *SeedLoadTest::s_store = nullptr;
QTemporaryDir *SeedLoadTest::s_dir = nullptr;

} // namespace

TEST_F(SeedLoadTest, CountsEqualTheSeedFiles)
{
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM ai_model").toInt(), seedRows("models.csv"));
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM organization").toInt(), seedRows("organizations.csv"));
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM security").toInt(), seedRows("securities.csv"));
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM price_bar").toInt(), seedRows("price_bars.csv"));
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM launch").toInt(), seedRows("launches.csv"));
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM payload").toInt(), seedRows("payloads.csv"));
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM event").toInt(), seedRows("events.csv"));
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM satellite_status").toInt(), seedRows("satellite_status.csv"));
    const int notes = int(QDir(QDir(test::sourceDir()).filePath("resources/corpus")).entryList({"*.md"}, QDir::Files).size());
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM document").toInt(), notes);
}

TEST_F(SeedLoadTest, MeetsTheDatasetMinimums)
{
    EXPECT_GE(scalar(db(), "SELECT count(*) FROM ai_model WHERE released_on BETWEEN '2019-01-01' AND '2026-12-31'").toInt(), 80);
    EXPECT_GE(scalar(db(), "SELECT count(*) FROM security").toInt(), 8);
    EXPECT_GE(scalar(db(), "SELECT count(*) FROM event").toInt(), 60);
    EXPECT_GE(scalar(db(), "SELECT count(*) FROM document").toInt(), 8);
    EXPECT_GT(scalar(db(), "SELECT count(*) FROM passage").toInt(), 8);
    for (const char *lane : {"model", "market", "space", "policy"})
        EXPECT_GE(scalar(db(), QStringLiteral("SELECT count(*) FROM event WHERE lane = '%1'").arg(lane)).toInt(), 8) << lane;
    for (const char *name : {"GPT-4", "GPT-4o", "o1", "o3", "DeepSeek-V3", "DeepSeek-R1", "Llama 3.1-405B",
                             "Claude 3.5 Sonnet", "Gemini 1.5 Pro"})
        EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM ai_model WHERE name = '%1'").arg(name)).toInt(), 1) << name;
    for (const char *pattern : {"Qwen2.5%", "Mistral Large%", "Kimi%", "MiniMax%"})
        EXPECT_GE(scalar(db(), QStringLiteral("SELECT count(*) FROM ai_model WHERE name LIKE '%1'").arg(pattern)).toInt(), 1) << pattern;
    for (const char *country : {"US", "CN", "FR"})
        EXPECT_GE(scalar(db(), QStringLiteral("SELECT count(*) FROM ai_model WHERE country = '%1'").arg(country)).toInt(), 1) << country;
}

TEST_F(SeedLoadTest, EveryFactCitesASourceAndEveryEventLinkResolves)
{
    for (const char *table : {"ai_model", "organization", "security", "price_bar", "launch", "payload", "event", "document"})
        EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE source_id NOT IN (SELECT id FROM source)").arg(table)).toInt(), 0) << table;
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM event_link l WHERE "
                           "(l.entity_kind = 'model' AND l.entity_key NOT IN (SELECT name FROM ai_model)) OR "
                           "(l.entity_kind = 'security' AND l.entity_key NOT IN (SELECT symbol FROM security)) OR "
                           "(l.entity_kind = 'organization' AND l.entity_key NOT IN (SELECT name FROM organization)) OR "
                           "(l.entity_kind = 'constellation' AND l.entity_key NOT IN (SELECT DISTINCT constellation FROM payload WHERE constellation IS NOT NULL)) OR "
                           "(l.entity_kind = 'launch' AND l.entity_key NOT IN (SELECT tag FROM launch))").toInt(), 0);
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM ai_model WHERE training_cost_usd IS NOT NULL AND cost_basis IS NULL").toInt(), 0)
        << "a training cost always says whether it is an estimate or a reported figure";
}

TEST_F(SeedLoadTest, SpotValues)
{
    EXPECT_EQ(scalar(db(), "SELECT released_on FROM ai_model WHERE name = 'DeepSeek-R1'").toString(), QStringLiteral("2025-01-20"));
    EXPECT_EQ(scalar(db(), "SELECT o.country FROM ai_model m JOIN organization o ON o.id = m.organization_id WHERE m.name = 'DeepSeek-R1'").toString(), QStringLiteral("CN"));
    EXPECT_EQ(scalar(db(), "SELECT open_weights FROM ai_model WHERE name = 'DeepSeek-R1'").toInt(), 1);
    EXPECT_EQ(scalar(db(), "SELECT adjusted FROM security WHERE symbol = 'NVDA'").toInt(), 1);
    EXPECT_EQ(scalar(db(), "SELECT adjusted FROM security WHERE symbol = '^IXIC'").toInt(), 0);
}

TEST_F(SeedLoadTest, NvdaCloseOnDeepSeekMondayMatchesTheReferenceFile)
{
    // The file the seed was built from (whichever copy that is), read here.
    const QString ref = test::seedPriceFile(QStringLiteral("NVDA"));
    STRATOS_SKIP_WITHOUT(ref);
    QFile f(ref);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    double expected = 0;
    QTextStream in(&f);
    const QStringList header = in.readLine().toLower().split(u',');
    const int closeCol = int(header.indexOf(QStringLiteral("close")));
    ASSERT_GE(closeCol, 0) << qPrintable(header.join(u','));
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(u',');
        if (fields.value(0).startsWith(QLatin1String("2025-01-27")))
            expected = fields.value(closeCol).toDouble();
    }
    ASSERT_GT(expected, 0);
    EXPECT_DOUBLE_EQ(scalar(db(), "SELECT p.close FROM price_bar p JOIN security s ON s.id = p.security_id "
                                  "WHERE s.symbol = 'NVDA' AND p.day = '2025-01-27'").toDouble(), expected);
}

TEST_F(SeedLoadTest, StarlinkLaunchesPerYearMatchTheGcatLog)
{
    // Independent count from the raw TSV: distinct orbital Launch_Tags of a
    // year that carried at least one Starlink satellite.
    struct Case { const char *file; int year; };
    for (const Case c : {Case{"reference/gcat/launchlog_1957_2024.tsv", 2023},
                         Case{"reference/gcat/launchlog_2024_2026.tsv", 2025}}) {
        const QString ref = test::sharedFile(c.file);
        STRATOS_SKIP_WITHOUT(ref);
        QFile f(ref);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QSet<QString> tags;
        QTextStream in(&f);
        QStringList header;
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.startsWith(QLatin1String("#Launch_Tag"))) {
                header = line.mid(1).split(u'\t');
                continue;
            }
            if (line.startsWith(u'#') || header.isEmpty())
                continue;
            const QStringList fields = line.split(u'\t');
            auto field = [&](const char *name) { return fields.value(int(header.indexOf(QLatin1String(name)))).trimmed(); };
            if (!field("Launch_Code").startsWith(u'O'))
                continue;
            if (!field("Launch_Date").startsWith(QString::number(c.year)))
                continue;
            const QString name = field("Name");
            if (name.startsWith(QLatin1String("Starlink")) && !name.contains(QLatin1String("Simulator")))
                tags.insert(field("Launch_Tag"));
        }
        ASSERT_GT(tags.size(), 10);
        const int stored = scalar(db(), QStringLiteral(
            "SELECT count(DISTINCT l.id) FROM launch l JOIN payload p ON p.launch_id = l.id "
            "WHERE p.constellation = 'Starlink' AND l.launched_at LIKE '%1%'").arg(c.year)).toInt();
        EXPECT_EQ(stored, tags.size()) << c.year;
    }
}

TEST_F(SeedLoadTest, ReapplyingTheSeedChangesNothing)
{
    const auto before = Repository(db()).tableCounts();
    SeedLoader loader(db());
    auto again = loader.ensureCurrent();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->applied) << "same seed version: nothing to do";
    auto forced = loader.apply();
    ASSERT_TRUE(forced.ok()) << qPrintable(forced.error().toString());
    EXPECT_EQ(forced->changedRows, 0) << "re-applying the same seed must not touch a row";
    const auto after = Repository(db()).tableCounts();
    for (int i = 0; i < before.size(); ++i)
        EXPECT_EQ(after[i].count, before[i].count) << qPrintable(before[i].name);
}

TEST_F(SeedLoadTest, PassagesAreSearchable)
{
    const auto hits = searchPassages(db(), fullTextQuery(QStringLiteral("Kuiper satellites"), 20));
    ASSERT_TRUE(hits) << qPrintable(hits.error().message);
    ASSERT_FALSE(hits.value().isEmpty());
    for (const PassageHit &h : hits.value())
        EXPECT_LT(h.start, h.end);
}

TEST_F(SeedLoadTest, StarlinkInServiceMatchesThePayloadCatalogue)
{
    // Independent count from the raw psatcat: rows whose Name or Program starts
    // "Starlink" (not a simulator) with TDate '*' (operating on its update day).
    const QString ref = test::sharedFile("reference/gcat/psatcat_2025-04-07.tsv");
    STRATOS_SKIP_WITHOUT(ref);
    QFile f(ref);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    int operating = 0, launched = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QList<QByteArray> c = raw.trimmed().split('\t');
        if (raw.startsWith('#') || c.size() < 9)
            continue;
        const QByteArray name = c[2].trimmed(), program = c[8].trimmed();
        if ((!name.startsWith("Starlink") && !program.startsWith("Starlink")) ||
            name.toLower().contains("simulator"))
            continue;
        ++launched;
        operating += c[6].trimmed() == "*";
    }
    ASSERT_GT(operating, 7000);
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM satellite_status WHERE constellation = 'Starlink' "
                           "AND operating = 1").toInt(), operating);
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM satellite_status WHERE constellation = 'Starlink'").toInt(),
              launched);
    EXPECT_EQ(scalar(db(), "SELECT max(as_of) FROM satellite_status").toString(), QStringLiteral("2025-04-07"));
}
