// Claims kept in the store: computed when a document is written, read back
// without recomputation, and recomputed when an import changes the price they
// depend on (and again when that import is undone). On SQLite and on a
// PostgreSQL team store (issue 19).
#include "claim_store.h"
#include "corpus_loader.h"
#include "importer.h"
#include "repository.h"
#include "store.h"
#include "store_backends.h"
#include "timeline_data.h"
#include "test_env.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

class ClaimStoreTest : public test::BackendStoreTest
{
protected:
    void SetUp() override { STRATOS_OPEN_BACKEND_STORE({}); }
    qint64 writeDocument(const QString &text, const QDate &date)
    {
        DocumentInput d;
        d.path = m_dir.filePath(QStringLiteral("note.txt"));
        d.title = QStringLiteral("Note");
        d.publishedOn = date;
        d.text = text;
        d.rawBytes = text.toUtf8();
        d.mime = QStringLiteral("text/plain");
        EXPECT_TRUE(db().transaction());
        auto w = CorpusLoader(db()).write(d, QStringLiteral("import"));
        EXPECT_TRUE(w.ok()) << qPrintable(w.error().toString());
        EXPECT_TRUE(db().commit());
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id FROM document WHERE path = ?"));
        q.addBindValue(d.path);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toLongLong();
    }
    QTemporaryDir m_dir; // the test's own files (documents, a price file)
};

TEST_P(ClaimStoreTest, SeedBriefingNotesAreCheckedWhenTheStoreIsCreated)
{
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM document WHERE id NOT IN (SELECT document_id FROM claim_run)")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM claim c JOIN document d ON d.id = c.document_id "
                                      "WHERE d.path LIKE '%01-deepseek-shock.md' AND c.verdict = 'agrees'")));
    ASSERT_TRUE(q.next());
    EXPECT_GE(q.value(0).toInt(), 5);
}

TEST_P(ClaimStoreTest, StoredClaimsCarryTheStoresFigureRowsAndSource)
{
    const QString text = QStringLiteral("Chip stocks had their worst day in years on Monday. The Nasdaq Composite shed 3.6%.");
    const qint64 id = writeDocument(text, QDate(2025, 1, 28));
    const QList<StoredClaim> claims = ClaimStore(db()).claimsForDocument(id);
    ASSERT_EQ(claims.size(), 1);
    const StoredClaim &c = claims.first();
    EXPECT_EQ(text.mid(c.start, c.end - c.start), QStringLiteral("3.6%"));
    EXPECT_EQ(c.check.verdict, Verdict::Differs);
    EXPECT_EQ(c.check.storeFigure, QStringLiteral("-3.07%"));
    EXPECT_EQ(c.check.rowsSummary, QStringLiteral("^IXIC closes 2025-01-24 and 2025-01-27"));
    ASSERT_EQ(c.check.rows.size(), 2);
    EXPECT_EQ(c.check.rows[0].key, QStringLiteral("^IXIC 2025-01-24"));
    EXPECT_FALSE(c.check.source.isEmpty());
    const ClaimCounts counts = ClaimStore(db()).countsForDocument(id);
    EXPECT_EQ(counts.differs, 1);
    EXPECT_EQ(counts.summary(), QStringLiteral("1 figure checked: 1 differs"));
    // The document's event on the timeline names the figure that differs.
    const auto events = loadTimelineEvents(Repository(db()), db());
    const auto ev = std::find_if(events.begin(), events.end(), [id](const timeline::TimelineEvent &e) { return e.documentId == id; });
    ASSERT_NE(ev, events.end());
    EXPECT_TRUE(ev->event.summary.endsWith(QStringLiteral("Figures that differ from the store: 3.6% (store: -3.07%)")))
        << qPrintable(ev->event.summary);
}

TEST_P(ClaimStoreTest, AnImportThatChangesAPriceFlipsTheVerdictAndUndoFlipsItBack)
{
    const qint64 id = writeDocument(QStringLiteral("On Monday, Nvidia closed at $125.00."), QDate(2025, 1, 28));
    auto verdict = [&] { return ClaimStore(db()).claimsForDocument(id).value(0).check.verdict; };
    ASSERT_EQ(ClaimStore(db()).claimsForDocument(id).size(), 1);
    EXPECT_EQ(verdict(), Verdict::Unclear); // 118.38 in an adjusted series: more than 1% away
    // A price file that says NVDA closed at 125.00 on 2025-01-27.
    const QString csv = m_dir.filePath(QStringLiteral("NVDA.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Date,Open,High,Low,Close,Adj Close,Volume\n"
            "2025-01-24,146.0,146.5,141.0,142.62,142.62,234657600\n"
            "2025-01-27,124.8,128.4,116.7,125.00,125.00,818830900\n");
    f.close();
    ImportOptions o;
    o.parse.symbol = QStringLiteral("NVDA");
    const ImportReport r = Importer(db()).importFile(csv, o);
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).toString());
    ASSERT_GT(r.batchId, 0);
    EXPECT_EQ(verdict(), Verdict::Agrees);
    ASSERT_TRUE(Importer::removeBatch(db(), r.batchId).ok());
    EXPECT_EQ(verdict(), Verdict::Unclear);
}

// "Satellites operating" is checked against GCAT's payload catalogue as of the
// document's day: launched by then and not ended by then. After the
// catalogue's own date the store cannot know, and says so.
TEST_P(ClaimStoreTest, SatellitesOperatingAreCountedFromThePayloadCatalogue)
{
    const QDate day(2025, 2, 1);
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT max(as_of) FROM satellite_status WHERE constellation = 'Starlink'")) && q.next());
    const QString asOf = q.value(0).toString();
    ASSERT_FALSE(asOf.isEmpty()) << "the seed has no Starlink satellite catalogue";
    ASSERT_GT(QDate::fromString(asOf, Qt::ISODate), day);
    // The count, independently: every satellite launched by then less those not
    // marked operating whose end (if the catalogue gives one) came by then.
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM satellite_status WHERE constellation = 'Starlink' AND launched_on <= ?) - "
                             "(SELECT count(*) FROM satellite_status WHERE constellation = 'Starlink' AND launched_on <= ? "
                             "AND operating = 0 AND (ended_on IS NULL OR ended_on <= ?))"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(day.toString(Qt::ISODate));
    ASSERT_TRUE(q.exec() && q.next());
    const qint64 operating = q.value(0).toLongLong();
    ASSERT_GT(operating, 1000);
    const qint64 rounded = (operating + 50) / 100 * 100;
    const QLocale c = QLocale::c();

    const qint64 agrees = writeDocument(QStringLiteral("Astronomers counted about %1 Starlink satellites still operating.")
                                            .arg(c.toString(rounded)),
                                        day);
    const QList<StoredClaim> a = ClaimStore(db()).claimsForDocument(agrees);
    ASSERT_EQ(a.size(), 1);
    EXPECT_EQ(a.first().check.verdict, Verdict::Agrees) << qPrintable(a.first().check.note);
    EXPECT_EQ(a.first().check.storeFigure, c.toString(operating));
    EXPECT_TRUE(a.first().check.rowsSummary.contains(asOf)) << qPrintable(a.first().check.rowsSummary);
    EXPECT_FALSE(a.first().check.rows.isEmpty());
    EXPECT_FALSE(a.first().check.source.isEmpty());

    const qint64 differs = writeDocument(QStringLiteral("Astronomers counted about %1 Starlink satellites still operating.")
                                             .arg(c.toString(rounded / 2)),
                                         day);
    ASSERT_EQ(ClaimStore(db()).claimsForDocument(differs).size(), 1);
    EXPECT_EQ(ClaimStore(db()).claimsForDocument(differs).first().check.verdict, Verdict::Differs);

    const qint64 later = writeDocument(QStringLiteral("Astronomers counted about %1 Starlink satellites still operating.")
                                           .arg(c.toString(rounded)),
                                       QDate::fromString(asOf, Qt::ISODate).addYears(1));
    ASSERT_EQ(ClaimStore(db()).claimsForDocument(later).size(), 1);
    const ClaimCheck after = ClaimStore(db()).claimsForDocument(later).first().check;
    EXPECT_EQ(after.verdict, Verdict::NoData);
    EXPECT_TRUE(after.note.contains(asOf)) << qPrintable(after.note);
}

INSTANTIATE_TEST_SUITE_P(Backends, ClaimStoreTest, test::bothBackends(), test::backendName);

} // namespace
