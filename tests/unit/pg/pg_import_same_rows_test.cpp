// Imports into a team store write the same rows as into SQLite (issue 19):
// PostgreSQL's path differs (new rows by COPY, changed rows staged and
// applied by one UPDATE, undo records by one INSERT ... SELECT, keys checked
// once per statement), so the same files go into a seeded SQLite store and
// its copy on the server (copy-store: same rows, same ids, same next ids) and
// every table's count and checksum must agree after each step, undo included.
// And the keys that migration 0014 checks per statement still hold.
#include "importer.h"
#include "pg_test_server.h"
#include "store.h"
#include "store_copy.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString day(int i) { return QDate(2024, 1, 1).addDays(i).toString(Qt::ISODate); }

// The table checks of a store, times aside (the two imports run seconds
// apart): import_batch is compared without its time of import, claim_run
// (when each document's claims were last checked) is left out.
std::map<std::string, std::string> sums(QSqlDatabase db)
{
    std::map<std::string, std::string> out;
    auto checks = storeChecksums(db);
    EXPECT_TRUE(checks.ok()) << (checks.ok() ? "" : qPrintable(checks.error().message));
    if (!checks.ok())
        return out;
    for (const TableCheck &c : *checks)
        if (c.table != QLatin1String("import_batch") && c.table != QLatin1String("claim_run"))
            out[c.table.toStdString()] = QStringLiteral("%1 %2").arg(c.sourceRows).arg(c.sourceSum).toStdString();
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, file_name, sha256, format, rows_added, rows_updated, rows_unchanged, "
                                      "detail, rows_skipped FROM import_batch ORDER BY id")));
    QStringList batches;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 9; ++i)
            row << q.value(i).toString();
        batches << row.join(u'|');
    }
    out["import_batch"] = batches.join(u'\n').toStdString();
    return out;
}

class PgImportSameRows : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_pg = std::make_unique<PgScratchDatabase>();
        if (m_pg->skipped())
            GTEST_SKIP() << qPrintable(m_pg->error());
        ASSERT_TRUE(m_pg->ok()) << qPrintable(m_pg->error());
        auto lite = Store::open(m_dir.filePath(QStringLiteral("laptop.sqlite"))); // seeded
        ASSERT_TRUE(lite.ok()) << qPrintable(lite.error().toString());
        m_lite = std::move(*lite);
        Store::Options o;
        o.loadSeed = false;
        auto team = Store::open(m_pg->url(), o);
        ASSERT_TRUE(team.ok()) << qPrintable(team.error().toString());
        m_team = std::move(*team);
        auto copied = copyStore(m_lite->database(), m_team->database());
        ASSERT_TRUE(copied.ok()) << qPrintable(copied.error().message);
    }

    // The same file into both stores: the same report, and (when `compare`;
    // a difference would last into the next comparison) the same tables.
    void importBoth(const QString &path, const char *step, bool compare = true)
    {
        const ImportReport a = Importer(m_lite->database()).importFile(path, {});
        const ImportReport b = Importer(m_team->database()).importFile(path, {});
        ASSERT_TRUE(a.ok()) << step << ": " << qPrintable(a.problems.value(0).toString());
        ASSERT_TRUE(b.ok()) << step << ": " << qPrintable(b.problems.value(0).toString());
        EXPECT_EQ(a.summaryLine(), b.summaryLine()) << step;
        m_lastBatch = b.batchId;
        EXPECT_EQ(a.batchId, b.batchId) << step;
        if (compare)
            expectSameTables(step);
        m_reports << a;
    }
    void expectSameTables(const char *step)
    {
        const auto lite = sums(m_lite->database());
        const auto team = sums(m_team->database());
        ASSERT_GT(lite.size(), 10u);
        EXPECT_EQ(lite, team) << step;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PgScratchDatabase> m_pg;
    std::unique_ptr<Store> m_lite;
    std::unique_ptr<Store> m_team;
    QList<ImportReport> m_reports;
    qint64 m_lastBatch = 0;
};

} // namespace

TEST_F(PgImportSameRows, NewChangedAndUndoneRowsAreTheSameAsOnSqlite)
{
    // A new security, then a newer file of it: days kept, days changed, days
    // where the file leaves the volume blank (the stored value stays), new days.
    QByteArray v1 = "Date,Open,High,Low,Close,Volume\n";
    for (int i = 0; i < 300; ++i)
        v1 += QStringLiteral("%1,%2,%3,%4,%5,%6\n").arg(day(i)).arg(10 + i * 0.25).arg(11 + i * 0.25)
                  .arg(9 + i * 0.25).arg(10.5 + i * 0.25).arg(1000 + i).toUtf8();
    writeFile(m_dir.filePath(QStringLiteral("v1/ZZSR.csv")), v1);
    importBoth(m_dir.filePath(QStringLiteral("v1/ZZSR.csv")), "new security", false);
    EXPECT_EQ(m_reports.last().added, 300);

    QByteArray v2 = "Date,Open,High,Low,Close,Volume\n";
    for (int i = 0; i < 400; ++i) {
        const double shift = (i >= 100 && i < 200) ? 0.125 : 0.0; // a corrected close
        const QString volume = (i >= 200 && i < 250) ? QString() : QString::number(1000 + i);
        const double open = (i >= 200 && i < 250) ? 10 + i * 0.25 + 1 : 10 + i * 0.25;
        v2 += QStringLiteral("%1,%2,%3,%4,%5,%6\n").arg(day(i)).arg(open).arg(11 + i * 0.25).arg(9 + i * 0.25)
                  .arg(10.5 + i * 0.25 + shift).arg(volume).toUtf8();
    }
    writeFile(m_dir.filePath(QStringLiteral("v2/ZZSR.csv")), v2);
    importBoth(m_dir.filePath(QStringLiteral("v2/ZZSR.csv")), "newer file");
    const qint64 newerBatch = m_lastBatch;
    EXPECT_EQ(m_reports.last().added, 100);
    EXPECT_EQ(m_reports.last().updated, 150);
    EXPECT_EQ(m_reports.last().unchanged, 150);

    // Rows the seed wrote, changed by a user's file: their undo keeps the seed's values.
    QSqlQuery q(m_lite->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT s.symbol, p.day, p.open, p.high, p.low, p.close FROM price_bar p "
                                      "JOIN security s ON s.id = p.security_id WHERE s.symbol = (SELECT min(symbol) "
                                      "FROM security WHERE origin = 'seed') ORDER BY p.day DESC LIMIT 40")));
    QString symbol;
    QByteArray seedFile = "Date,Open,High,Low,Close,Volume\n"; // no volume: the seed's stays
    while (q.next()) {
        symbol = q.value(0).toString();
        seedFile += QStringLiteral("%1,%2,%3,%4,%5,\n").arg(q.value(1).toString()).arg(q.value(2).toDouble() * 1.01)
                        .arg(q.value(3).toDouble() * 1.01).arg(q.value(4).toDouble() * 1.01)
                        .arg(q.value(5).toDouble() * 1.01).toUtf8();
    }
    ASSERT_FALSE(symbol.isEmpty());
    writeFile(m_dir.filePath(QStringLiteral("seeded/%1.csv").arg(symbol)), seedFile);
    const QString gcat = sharedFile(QStringLiteral("reference/gcat/launchlog_1957_2024.tsv"));
    importBoth(m_dir.filePath(QStringLiteral("seeded/%1.csv").arg(symbol)), "seed rows changed", gcat.isEmpty());
    EXPECT_EQ(m_reports.last().updated, 40);

    // GCAT's latest launches overlap the seed's: new launches and payloads, changed ones.
    if (!gcat.isEmpty()) {
        QFile f(gcat);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        ASSERT_GT(lines.size(), 3000);
        QByteArray slice = lines[0] + '\n' + lines[1] + '\n';
        for (qsizetype i = lines.size() - 2500; i < lines.size(); ++i)
            if (!lines[i].isEmpty())
                slice += lines[i] + '\n';
        writeFile(m_dir.filePath(QStringLiteral("gcat/launchlog_tail.tsv")), slice);
        importBoth(m_dir.filePath(QStringLiteral("gcat/launchlog_tail.tsv")), "GCAT tail");
        EXPECT_GT(m_reports.last().added, 0);
        EXPECT_GT(m_reports.last().updated, 0);
    }

    // Undo of the newer price file: the first file's values come back on both.
    ASSERT_TRUE(Importer::removeBatch(m_lite->database(), newerBatch).ok());
    const Status undone = Importer::removeBatch(m_team->database(), newerBatch);
    ASSERT_TRUE(undone.ok()) << qPrintable(undone.error().message);
    expectSameTables("undo of the newer file");
}

TEST(PgKeyChecks, KeysCheckedPerStatementRefuseMissingParentsAndFollowTheirDeleteRules)
{
    STRATOS_PG_SCRATCH(scratch);
    auto store = Store::open(scratch.url()); // seeded: securities, launches, sources
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    QSqlDatabase db = (*store)->database();
    auto count = [&db](const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QSqlQuery q(db);
    const qint64 bars = count(QStringLiteral("SELECT count(*) FROM price_bar"));

    // A statement of many rows with one unknown security: refused whole, named.
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO price_bar(security_id, day, close, source_id) "
                                       "SELECT (SELECT min(id) FROM security), 'x' || g, 1, (SELECT min(id) FROM source) "
                                       "FROM generate_series(1, 500) g UNION ALL SELECT 987654, 'y', 1, 1")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("violates foreign key constraint \"price_bar_security_id_fkey\"")))
        << qPrintable(q.lastError().text());
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("987654"))) << qPrintable(q.lastError().text());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM price_bar")), bars);
    // An update that points a payload at a launch that does not exist.
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE payload SET launch_id = 987654 WHERE id = (SELECT min(id) FROM payload)")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("payload_launch_id_fkey"))) << qPrintable(q.lastError().text());

    // A source that launches still name cannot go, nor change its id.
    const qint64 gcatSource = count(QStringLiteral("SELECT min(source_id) FROM launch"));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM source WHERE id = %1").arg(gcatSource)));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE source SET id = 987654 WHERE id = %1").arg(gcatSource)));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM source WHERE id = %1").arg(gcatSource)), 1);

    // A launch's payloads go with it (cascade); a batch's rows stay, without it (set null).
    const qint64 launch = count(QStringLiteral("SELECT launch_id FROM payload GROUP BY launch_id ORDER BY count(*) DESC LIMIT 1"));
    ASSERT_GT(count(QStringLiteral("SELECT count(*) FROM payload WHERE launch_id = %1").arg(launch)), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM launch WHERE id = %1").arg(launch))) << qPrintable(q.lastError().text());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM payload WHERE launch_id = %1").arg(launch)), 0);

    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("ZZKC.csv")), "Date,Open,High,Low,Close,Volume\n2024-01-02,1,2,0.5,1.5,10\n"
                                                        "2024-01-03,1.5,2,1,1.75,12\n");
    const ImportReport r = Importer(db).importFile(dir.filePath(QStringLiteral("ZZKC.csv")), {});
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).toString());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM import_batch WHERE id = %1").arg(r.batchId))) << qPrintable(q.lastError().text());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM price_bar p JOIN security s ON s.id = p.security_id "
                                   "WHERE s.symbol = 'ZZKC' AND p.batch_id IS NULL")), 2);
    // A security's bars go with it.
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM security WHERE symbol = 'ZZKC'"))) << qPrintable(q.lastError().text());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM price_bar WHERE security_id NOT IN (SELECT id FROM security)")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM price_bar")), bars);
}
