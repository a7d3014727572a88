// Imports into a real store, SQLite and a PostgreSQL team store (issue 19): reference files with independently computed
// counts, idempotent re-imports, layout upgrades, malformed files that leave the
// store unchanged (SQLite: the file byte for byte), cancel, and undo of a batch.
#include "importer.h"
#include "repository.h"
#include "store.h"
#include "seed_reference.h"
#include "store_backends.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

class ImporterTest : public test::BackendStoreTest
{
protected:
    void SetUp() override
    {
        Store::Options o;
        o.loadSeed = seeded();
        STRATOS_OPEN_BACKEND_STORE(o);
    }
    virtual bool seeded() const { return false; }
    QByteArray fileHash() { return test::storeFingerprint(*m_store); }
    ImportReport importFile(const QString &path, ImportOptions o = {})
    {
        return Importer(db()).importFile(path, o);
    }
    QTemporaryDir m_dir; // the test's own files
};

class SeededImporterTest : public ImporterTest
{
protected:
    bool seeded() const override { return true; }
};

int dataLines(const QString &path, int headerLines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    while (!f.atEnd())
        if (!f.readLine().trimmed().isEmpty())
            ++n;
    return n - headerLines;
}

// Distinct orbital launch tags (codes O* and D*) and their payload count, from the raw TSV.
QPair<int, int> gcatCounts(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QTextStream in(&f);
    QStringList header;
    QSet<QString> tags, objects;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1String("#Launch_Tag"))) {
            header = line.mid(1).split(u'\t');
            continue;
        }
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(u'\t');
        const QString code = f.value(int(header.indexOf("Launch_Code"))).trimmed();
        if (!code.startsWith(u'O') && !code.startsWith(u'D'))
            continue;
        const QString tag = f.value(0).trimmed();
        tags.insert(tag);
        objects.insert(tag + u'|' + f.value(int(header.indexOf("JCAT"))).trimmed());
    }
    return {int(tags.size()), int(objects.size())};
}

} // namespace

TEST_P(ImporterTest, EveryReferencePriceFileImportsWithOneBarPerDataLine)
{
    const QString dir = test::sharedFile("reference/prices");
    STRATOS_SKIP_WITHOUT(dir);
    for (const QString &name : QDir(dir).entryList({"*.csv"}, QDir::Files)) {
        const QString path = QDir(dir).filePath(name);
        const int headers = name.startsWith(QLatin1String("IXIC_2020")) ? 2 : 1;
        ImportOptions o;
        o.parse.symbol = name.startsWith(QLatin1String("IXIC_2005")) ? QStringLiteral("^IXIC-LONG") : QString();
        const ImportReport r = importFile(path, o);
        ASSERT_TRUE(r.ok()) << qPrintable(name) << ": " << qPrintable(r.problems.value(0).toString());
        EXPECT_EQ(r.added, dataLines(path, headers)) << qPrintable(name);
        EXPECT_GT(r.batchId, 0);
    }
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM security").toInt(), 12);
    EXPECT_EQ(scalar(db(), "SELECT adjusted FROM security WHERE symbol = 'BABA'").toInt(), 1) << "Adj Close column";
}

TEST_P(ImporterTest, GcatLogsImportAndTheirOverlapDoesNotDuplicate)
{
    const QString older = test::sharedFile("reference/gcat/launchlog_1957_2024.tsv");
    const QString newer = test::sharedFile("reference/gcat/launchlog_2024_2026.tsv");
    STRATOS_SKIP_WITHOUT(older);
    STRATOS_SKIP_WITHOUT(newer);
    const auto [olderTags, olderObjects] = gcatCounts(older);
    const ImportReport a = importFile(older);
    ASSERT_TRUE(a.ok()) << qPrintable(a.problems.value(0).toString());
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM launch").toInt(), olderTags);
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM payload").toInt(), olderObjects);
    const ImportReport b = importFile(newer);
    ASSERT_TRUE(b.ok()) << qPrintable(b.problems.value(0).toString());
    const auto [newerTags, newerObjects] = gcatCounts(newer);
    EXPECT_GT(b.unchanged + b.updated, 0) << "2024 overlaps";
    EXPECT_LT(scalar(db(), "SELECT count(*) FROM launch").toInt(), olderTags + newerTags);
    // Every tag of either file exactly once.
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM (SELECT tag FROM launch GROUP BY tag HAVING count(*) > 1)").toInt(), 0);
}

TEST_P(ImporterTest, EpochFileImportsAndReimportChangesNothing)
{
    const QString epoch = test::sharedFile("reference/epoch/notable_ai_models.csv");
    STRATOS_SKIP_WITHOUT(epoch);
    const ImportReport first = importFile(epoch);
    ASSERT_TRUE(first.ok()) << qPrintable(first.problems.value(0).toString());
    const int models = scalar(db(), "SELECT count(*) FROM ai_model").toInt();
    EXPECT_GT(models, 800);
    EXPECT_EQ(scalar(db(), "SELECT released_on FROM ai_model WHERE name = 'DeepSeek-R1'").toString(), QStringLiteral("2025-01-20"));
    const QByteArray before = fileHash();
    const ImportReport again = importFile(epoch);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, first.added);
    EXPECT_EQ(again.batchId, 0) << "no empty batch is kept";
    EXPECT_EQ(fileHash(), before);
    EXPECT_EQ(Importer::batches(db()).size(), 1);
}

TEST_P(ImporterTest, NewerEpochLayoutUpdatesRatherThanDuplicates)
{
    const QString epoch = test::sharedFile("reference/epoch/notable_ai_models.csv");
    STRATOS_SKIP_WITHOUT(epoch);
    ASSERT_TRUE(importFile(epoch).ok());
    const int models = scalar(db(), "SELECT count(*) FROM ai_model").toInt();
    QFile in(epoch);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    bytes.replace("Country (from Organization)", "Country (of organization)");
    bytes.replace("DeepSeek-R1,Language,DeepSeek,Industry,China", "DeepSeek-R1,Language,DeepSeek,Industry,China");
    // A corrected figure in the newer file: R1's parameter count.
    const QString path = m_dir.filePath("notable_ai_models_newer.csv");
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec("UPDATE ai_model SET parameters = 1 WHERE name = 'DeepSeek-R1'"));
    const ImportReport r = importFile(path);
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).toString());
    EXPECT_EQ(r.added, 0);
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM ai_model").toInt(), models);
    EXPECT_GT(scalar(db(), "SELECT parameters FROM ai_model WHERE name = 'DeepSeek-R1'").toDouble(), 1e11);
}

TEST_P(SeededImporterTest, MalformedFilesAreRejectedAndTheStoreIsUntouched)
{
    const QDir dir(QDir(test::sourceDir()).filePath("tests/data/malformed"));
    const QStringList files = dir.entryList(QDir::Files);
    ASSERT_GE(files.size(), 8);
    const QByteArray before = fileHash();
    const auto countsBefore = Repository(db()).tableCounts();
    for (const QString &name : files) {
        const ImportReport r = importFile(dir.filePath(name));
        EXPECT_FALSE(r.ok()) << qPrintable(name) << " should be rejected";
        ASSERT_FALSE(r.problems.isEmpty()) << qPrintable(name);
        EXPECT_TRUE(r.problems.first().toString().contains(name)) << qPrintable(r.problems.first().toString());
        EXPECT_LE(r.problems.size(), 20);
        EXPECT_EQ(fileHash(), before) << qPrintable(name);
    }
    const auto countsAfter = Repository(db()).tableCounts();
    for (int i = 0; i < countsBefore.size(); ++i)
        EXPECT_EQ(countsAfter[i].count, countsBefore[i].count);
}

TEST_P(SeededImporterTest, CancelMidImportLeavesTheStoreUnchanged)
{
    const QString path = m_dir.filePath("BIG_prices.csv");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QTextStream out(&f);
        out << "Date,Open,High,Low,Close,Volume\n";
        QDate d(1980, 1, 1);
        for (int i = 0; i < 40000; ++i, d = d.addDays(1))
            out << d.toString(Qt::ISODate) << ",10,11,9,10.5," << (1000 + i) << "\n";
    }
    const QByteArray before = fileHash();
    std::atomic_bool cancel{false};
    Importer importer(db());
    bool sawWriting = false;
    importer.setProgress([&](int percent, const QString &stage) {
        if (stage.startsWith(QLatin1String("Writing")) && percent > 60) {
            sawWriting = true;
            cancel = true;
        }
    });
    ImportOptions o;
    o.parse.cancel = &cancel;
    const ImportReport r = importer.importFile(path, o);
    EXPECT_TRUE(sawWriting);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(fileHash(), before);
    EXPECT_EQ(scalar(db(), "SELECT count(*) FROM security WHERE symbol = 'BIG'").toInt(), 0);
}

TEST_P(SeededImporterTest, RemovingABatchRestoresThePreviousState)
{
    const QString nvda = test::seedPriceFile(QStringLiteral("NVDA")); // the seed's own copy
    STRATOS_SKIP_WITHOUT(nvda);
    const auto before = Repository(db()).tableCounts();
    const double closeBefore = scalar(db(), "SELECT close FROM price_bar p JOIN security s ON s.id = p.security_id "
                                            "WHERE s.symbol = 'NVDA' AND day = '2025-01-27'").toDouble();
    QSqlQuery q(db());
    // Make one seed bar differ so the import updates it, then check removal restores it.
    ASSERT_TRUE(q.exec("UPDATE price_bar SET close = 1.5 WHERE day = '2025-01-28' AND "
                       "security_id = (SELECT id FROM security WHERE symbol = 'NVDA')"));
    const ImportReport r = importFile(nvda);
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).toString());
    EXPECT_GT(r.added, 2000) << "the bars before 2019 are not in the seed";
    EXPECT_EQ(r.updated, 1);
    EXPECT_GT(scalar(db(), "SELECT close FROM price_bar WHERE day = '2025-01-28' AND "
                           "security_id = (SELECT id FROM security WHERE symbol = 'NVDA')").toDouble(), 100);
    const Status removed = Importer::removeBatch(db(), r.batchId);
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error().toString());
    const auto after = Repository(db()).tableCounts();
    for (int i = 0; i < before.size(); ++i)
        EXPECT_EQ(after[i].count, before[i].count) << qPrintable(before[i].name);
    EXPECT_DOUBLE_EQ(scalar(db(), "SELECT close FROM price_bar WHERE day = '2025-01-28' AND "
                                  "security_id = (SELECT id FROM security WHERE symbol = 'NVDA')").toDouble(), 1.5);
    EXPECT_DOUBLE_EQ(scalar(db(), "SELECT close FROM price_bar p JOIN security s ON s.id = p.security_id "
                                  "WHERE s.symbol = 'NVDA' AND day = '2025-01-27'").toDouble(), closeBefore);
    EXPECT_EQ(scalar(db(), "SELECT origin FROM price_bar WHERE day = '2025-01-28' AND "
                           "security_id = (SELECT id FROM security WHERE symbol = 'NVDA')").toString(), QStringLiteral("seed"));
    EXPECT_TRUE(Importer::batches(db()).isEmpty());
    EXPECT_FALSE(Importer::removeBatch(db(), r.batchId).ok()) << "already removed";
}

TEST_P(SeededImporterTest, DryRunCountsButWritesNothing)
{
    const QString tsm = test::seedPriceFile(QStringLiteral("TSM")); // the seed's own copy
    STRATOS_SKIP_WITHOUT(tsm);
    const QByteArray before = fileHash();
    ImportOptions o;
    o.dryRun = true;
    const ImportReport r = importFile(tsm, o);
    ASSERT_TRUE(r.ok());
    EXPECT_GT(r.added, 0);
    EXPECT_GT(r.unchanged, 1000) << "the seed already has 2019 onwards";
    EXPECT_FALSE(r.previewRows.isEmpty());
    EXPECT_EQ(fileHash(), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, ImporterTest, test::bothBackends(), test::backendName);
INSTANTIATE_TEST_SUITE_P(Backends, SeededImporterTest, test::bothBackends(), test::backendName);
