// Many users at once on a team store (issue 19): real `stratos import`
// processes on one PostgreSQL store. Different datasets import side by side
// and both land whole; a dataset another user is updating is refused with who
// and since when, and nothing is written or duplicated.

#include "pg/pg_lock.h"
#include "pg_test_server.h"
#include "store_backends.h"
#include "test_env.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

struct Finished
{
    int code = -1;
    QString out, err;
};

// "added 17367, updated 265, unchanged 12607" -> 17367 (or 265 for "updated")
int count(const QString &out, const QString &what)
{
    const QRegularExpression re(what + QStringLiteral(" (\\d+)"));
    const auto m = re.match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int added(const QString &out)
{
    return count(out, QStringLiteral("added"));
}

// Every test: a seeded team store of its own (a copy of the seeded template
// database) and the reference price file all three import.
class PgImportConcurrency : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_prices = sharedFile(QStringLiteral("reference/prices/GSPC_no_volume.csv"));
        STRATOS_SKIP_WITHOUT(m_prices);
        m_where = std::make_unique<TestStoreLocation>(Backend::Postgres, /*seeded=*/true);
        if (m_where->skipped())
            GTEST_SKIP() << qPrintable(m_where->error());
        ASSERT_TRUE(m_where->ok()) << qPrintable(m_where->error());
        m_url = m_where->location();
    }

    void startImport(QProcess &p, const QString &file) const
    {
        p.start(binaryPath(), {QStringLiteral("import"), QStringLiteral("--db"), m_url, file});
    }

    static Finished wait(QProcess &p)
    {
        Finished f;
        if (!p.waitForFinished(300000))
            return f;
        f.code = p.exitCode();
        f.out = QString::fromUtf8(p.readAllStandardOutput());
        f.err = QString::fromUtf8(p.readAllStandardError());
        return f;
    }

    // One `stratos import` of the file, to its end.
    Finished import(const QString &file) const
    {
        QProcess p;
        startImport(p, file);
        return wait(p);
    }

    // The first column of the query's first row, on a connection of its own.
    qlonglong scalar(const QString &sql) const
    {
        auto c = pg::Connection::open(m_url);
        if (!c)
            return -1;
        auto rows = (*c)->query(sql);
        return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
    }

    qlonglong rows(const QString &table) const { return scalar(QStringLiteral("SELECT count(*) FROM ") + table); }

    QString m_prices;
    QString m_url;

private:
    std::unique_ptr<TestStoreLocation> m_where;
};

} // namespace

TEST_F(PgImportConcurrency, TwoProcessesImportingDifferentDatasetsAtOnceBothLandWhole)
{
    const QString launches = sharedFile(QStringLiteral("reference/gcat/launchlog_1957_2024.tsv"));
    STRATOS_SKIP_WITHOUT(launches);
    const qlonglong batchesBefore = rows(QStringLiteral("import_batch"));

    QProcess a, b;
    startImport(a, launches);
    startImport(b, m_prices);
    const Finished fa = wait(a), fb = wait(b);
    ASSERT_EQ(fa.code, 0) << qPrintable(fa.err);
    ASSERT_EQ(fb.code, 0) << qPrintable(fb.err);
    EXPECT_GT(added(fa.out), 0) << qPrintable(fa.out);
    EXPECT_GT(added(fb.out), 0) << qPrintable(fb.out);
    EXPECT_EQ(rows(QStringLiteral("import_batch")), batchesBefore + 2);
    // Whole: each batch holds every row its process reported adding or
    // changing (launches and payloads for GCAT, bars for prices), and an undo
    // record for each changed one.
    const QString gcat = QStringLiteral("(SELECT max(id) FROM import_batch WHERE format = 'gcat')");
    const QString bars = QStringLiteral("(SELECT max(id) FROM import_batch WHERE format = 'prices')");
    EXPECT_EQ(scalar(QStringLiteral("SELECT (SELECT count(*) FROM launch WHERE batch_id = %1) + "
                                    "(SELECT count(*) FROM payload WHERE batch_id = %1)").arg(gcat)),
              added(fa.out) + count(fa.out, QStringLiteral("updated")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_undo WHERE batch_id = %1").arg(gcat)),
              count(fa.out, QStringLiteral("updated")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM price_bar WHERE batch_id = %1").arg(bars)),
              added(fb.out) + count(fb.out, QStringLiteral("updated")));
}

TEST_F(PgImportConcurrency, ADatasetAnotherUserIsUpdatingIsRefusedWithWhoAndWhenAndNothingWritten)
{
    const qlonglong barsBefore = rows(QStringLiteral("price_bar"));

    // Alice's Stratos is updating prices.
    QUrl aliceUrl(m_url);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("application_name"), QStringLiteral("stratos (alice)"));
    aliceUrl.setQuery(q);
    auto alice = pg::Connection::open(aliceUrl.toString());
    ASSERT_TRUE(alice.ok()) << qPrintable(alice.error().message);
    pg::DatasetLock lock(**alice, pg::Dataset::Prices);
    auto held = lock.tryAcquire(QStringLiteral("alice-laptop"));
    ASSERT_TRUE(held.ok() && held->acquired);

    const Finished fb = import(m_prices);
    EXPECT_NE(fb.code, 0);
    EXPECT_TRUE(fb.err.contains(QRegularExpression(QStringLiteral("Prices: updated by another user at \\d\\d:\\d\\d "
                                                                  "\\(stratos_admin on alice-laptop, stratos \\(alice\\)"))))
        << qPrintable(fb.err);
    EXPECT_TRUE(fb.err.contains(QStringLiteral("the store was not changed"))) << qPrintable(fb.err);
    EXPECT_EQ(rows(QStringLiteral("price_bar")), barsBefore);

    // Alice finishes; Bob's retry goes through, and a third run of the same
    // file adds nothing (no duplicate rows, no empty batch).
    ASSERT_TRUE(lock.release());
    const Finished fr = import(m_prices);
    ASSERT_EQ(fr.code, 0) << qPrintable(fr.err);
    const int landed = added(fr.out);
    EXPECT_GT(landed, 0);
    const Finished fa = import(m_prices);
    ASSERT_EQ(fa.code, 0) << qPrintable(fa.err);
    EXPECT_EQ(added(fa.out), 0) << qPrintable(fa.out);
    EXPECT_EQ(rows(QStringLiteral("price_bar")), barsBefore + landed);
}

TEST_F(PgImportConcurrency, TwoProcessesImportingTheSameFileAtOnceLandItOnce)
{
    const qlonglong barsBefore = rows(QStringLiteral("price_bar"));
    const qlonglong batchesBefore = rows(QStringLiteral("import_batch"));
    QProcess a, b;
    startImport(a, m_prices);
    startImport(b, m_prices);
    const Finished fa = wait(a), fb = wait(b);
    // One lands; the other is either refused (they overlapped: the usual case)
    // or, had it started after the first committed, finds every row unchanged.
    const bool aLanded = fa.code == 0 && added(fa.out) > 0;
    const bool bLanded = fb.code == 0 && added(fb.out) > 0;
    ASSERT_NE(aLanded, bLanded) << "exactly one adds rows\nA: " << qPrintable(fa.out + fa.err) << "\nB: "
                                << qPrintable(fb.out + fb.err);
    const Finished &other = aLanded ? fb : fa;
    const bool refused = other.code != 0 && other.err.contains(QStringLiteral("updated by another user at"));
    const bool unchanged = other.code == 0 && added(other.out) == 0;
    EXPECT_TRUE(refused || unchanged) << qPrintable(other.out + other.err);
    std::printf("the second import was %s\n", refused ? "refused (overlapped)" : "a no-op (ran after)");
    EXPECT_EQ(rows(QStringLiteral("import_batch")), batchesBefore + 1);
    EXPECT_EQ(rows(QStringLiteral("price_bar")), barsBefore + added((aLanded ? fa : fb).out));
}
