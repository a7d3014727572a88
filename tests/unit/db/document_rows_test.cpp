// One mapping per table: a document row read through every reader (the
// Library's list, by id, by path, the timeline) is the same Document, and a
// passage found by the Library search and by the Ask retrieval is the same
// PassageHit. Every column holds a value no default could produce, so a
// reader that mapped a column its own way (or not at all) fails here.
#include "ask_context.h"
#include "fulltext.h"
#include "library_store.h"
#include "repository.h"
#include "store.h"
#include "test_env.h"
#include "timeline_data.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

const QString kText = QStringLiteral(
    "Guowang is a Chinese megaconstellation.\n\nFigure 2: Guowang launches per year.\n\n"
    "References: Guowang filings, 2021.");

class DocumentRowsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Store::Options o;
        o.loadSeed = false;
        auto s = Store::open(m_dir.filePath("store.sqlite"), o);
        ASSERT_TRUE(s.ok()) << qPrintable(s.error().toString());
        m_store = std::move(*s);
        exec("INSERT INTO source (key, kind, title) VALUES ('doc:rows', 'document', 'Rows')");
        exec(QStringLiteral(
                 "INSERT INTO document (path, title, publisher, published_on, url, sha256, mime, text, imported_at, "
                 "source_id, origin, authors, meta_source, meta_edited) VALUES ('/docs/rows.pdf', 'Row title', "
                 "'Row publisher', '2024-11-05', 'https://example.org/rows', 'abc123', 'application/pdf', '%1', "
                 "'2025-02-03T04:05:06Z', 1, 'import', 'A. Author; B. Author', 'title: first page', 1)")
                 .arg(QString(kText).replace(u'\'', QLatin1String("''"))));
        m_id = scalar("SELECT id FROM document").toLongLong();
        const QStringList paragraphs = kText.split(QStringLiteral("\n\n"));
        const QStringList kinds = {"body", "caption", "references"};
        int start = 0;
        for (int i = 0; i < paragraphs.size(); ++i) {
            QSqlQuery q(db());
            q.prepare("INSERT INTO passage (document_id, ordinal, start_char, end_char, text, kind) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
            for (const QVariant &v : {QVariant(m_id), QVariant(i), QVariant(start),
                                      QVariant(start + int(paragraphs[i].size())), QVariant(paragraphs[i]),
                                      QVariant(kinds[i])})
                q.addBindValue(v);
            ASSERT_TRUE(q.exec()) << qPrintable(q.lastError().text());
            start += int(paragraphs[i].size()) + 2;
        }
    }
    QSqlDatabase db() const { return m_store->database(); }
    void exec(const QString &sql)
    {
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(sql)) << qPrintable(q.lastError().text());
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_id = 0;
};

void expectTheRow(const Document &d, qint64 id, const char *reader)
{
    SCOPED_TRACE(reader);
    EXPECT_EQ(d.id, id);
    EXPECT_EQ(d.path, QStringLiteral("/docs/rows.pdf"));
    EXPECT_EQ(d.title, QStringLiteral("Row title"));
    EXPECT_EQ(d.publisher, QStringLiteral("Row publisher"));
    EXPECT_EQ(d.publishedOn, QDate(2024, 11, 5));
    EXPECT_EQ(d.url, QStringLiteral("https://example.org/rows"));
    EXPECT_EQ(d.mime, QStringLiteral("application/pdf"));
    EXPECT_EQ(d.sha256, QStringLiteral("abc123"));
    EXPECT_EQ(d.origin, Origin::Import);
    EXPECT_EQ(d.authors, QStringLiteral("A. Author; B. Author"));
    EXPECT_EQ(d.metaSource, QStringLiteral("title: first page"));
    EXPECT_EQ(d.passages, 3);
    EXPECT_EQ(d.chars, kText.size());
    EXPECT_EQ(d.importedAt, QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC));
    EXPECT_TRUE(d.metaEdited);
}

} // namespace

TEST_F(DocumentRowsTest, EveryReaderMapsTheRowAlike)
{
    LibraryStore library(db());
    const QList<Document> all = library.documents();
    ASSERT_EQ(all.size(), 1);
    expectTheRow(all.first(), m_id, "LibraryStore::documents");
    const auto byId = library.document(m_id);
    ASSERT_TRUE(byId);
    expectTheRow(*byId, m_id, "LibraryStore::document");
    const auto byPath = library.documentByPath(QStringLiteral("/docs/rows.pdf"));
    ASSERT_TRUE(byPath);
    expectTheRow(*byPath, m_id, "LibraryStore::documentByPath");

    // The timeline's document lane is built from the same Document.
    const auto events = loadTimelineEvents(Repository(db()), db());
    const auto doc = std::find_if(events.begin(), events.end(), [](const auto &e) { return e.isDocument(); });
    ASSERT_NE(doc, events.end());
    EXPECT_EQ(doc->documentId, m_id);
    EXPECT_EQ(doc->event.title, QStringLiteral("Row title"));
    EXPECT_EQ(doc->event.summary, QStringLiteral("Row publisher"));
    EXPECT_EQ(doc->event.day, QDate(2024, 11, 5));
    EXPECT_EQ(doc->event.url, QStringLiteral("https://example.org/rows"));
}

TEST_F(DocumentRowsTest, LibrarySearchAndAskRetrievalReturnTheSamePassages)
{
    const auto library = LibraryStore(db()).search(QStringLiteral("Guowang"), 10);
    ASSERT_TRUE(library) << qPrintable(library.error().message);
    ASSERT_EQ(library.value().size(), 3); // the Library finds every kind of passage
    const QList<ask::CandidatePassage> ask = passageCandidates(db(), QStringLiteral("Guowang"), 10);
    ASSERT_EQ(ask.size(), 2); // answers come from body text and captions only

    for (const PassageHit &h : library.value()) {
        SCOPED_TRACE(h.kind.toStdString());
        EXPECT_EQ(h.documentId, m_id);
        EXPECT_EQ(h.documentTitle, QStringLiteral("Row title"));
        EXPECT_EQ(h.documentPath, QStringLiteral("/docs/rows.pdf"));
        EXPECT_EQ(kText.mid(h.start, h.end - h.start), h.text); // offsets point at the passage
        EXPECT_LT(h.score, 0);
        EXPECT_TRUE(h.snippet.contains(QString(LibraryStore::kMatchOpen) + "Guowang" + QString(LibraryStore::kMatchClose)));
        const auto same = std::find_if(ask.begin(), ask.end(),
                                       [&](const ask::CandidatePassage &c) { return c.passageId == h.passageId; });
        if (h.kind == QLatin1String("references")) {
            EXPECT_EQ(same, ask.end());
            continue;
        }
        ASSERT_NE(same, ask.end());
        EXPECT_EQ(same->documentId, h.documentId);
        EXPECT_EQ(same->documentTitle, h.documentTitle);
        EXPECT_EQ(same->documentPath, h.documentPath);
        EXPECT_EQ(same->passageStart, h.start);
        EXPECT_EQ(same->text, h.text);
        EXPECT_DOUBLE_EQ(same->bm25, h.score);
        EXPECT_EQ(same->caption, h.kind == QLatin1String("caption"));
    }
}

TEST_F(DocumentRowsTest, APhraseQueryNeedsTheWordsTogether)
{
    FullTextQuery q = fullTextQuery(QStringLiteral("launches Guowang"), 10);
    ASSERT_EQ(q.terms, (QStringList{"launches", "guowang"}));
    const auto ranked = searchPassages(db(), q);
    ASSERT_TRUE(ranked);
    EXPECT_EQ(ranked.value().size(), 3); // any of the words
    q.phraseOnly = true;
    const auto phrase = searchPassages(db(), q);
    ASSERT_TRUE(phrase);
    EXPECT_TRUE(phrase.value().isEmpty()); // never "launches Guowang" in that order
    q.terms = {"guowang", "launches"};
    const auto inOrder = searchPassages(db(), q);
    ASSERT_TRUE(inOrder);
    ASSERT_EQ(inOrder.value().size(), 1);
    EXPECT_EQ(inOrder.value().first().kind, QStringLiteral("caption"));
    EXPECT_TRUE(inOrder.value().first().snippet.isEmpty()); // not asked for
}

TEST_F(DocumentRowsTest, AFailedSearchIsAnErrorNotAnEmptyList)
{
    exec("DROP TABLE passage_fts");
    const auto hits = LibraryStore(db()).search(QStringLiteral("Guowang"));
    ASSERT_FALSE(hits);
    EXPECT_TRUE(hits.error().message.contains(QLatin1String("searching the passages"))) << qPrintable(hits.error().message);
}

// The engine-specific search syntax stays in one file, so a second engine
// replaces that file alone; documents are read through document_rows alone.
TEST(OneMapping, SearchSyntaxAndDocumentColumnsLiveInOneFileEach)
{
    const QString dbDir = QDir(test::sourceDir()).filePath(QStringLiteral("db"));
    ASSERT_TRUE(QFileInfo(dbDir).isDir()) << qPrintable(dbDir);
    const QRegularExpression fts(QStringLiteral(R"(\bMATCH\b|bm25\(|snippet\(|highlight\()"));
    const QRegularExpression docColumns(QStringLiteral(R"(d\.meta_edited|coalesce\(d\.meta_source)"));
    QDirIterator it(dbDir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        ++files;
        const QString name = QFileInfo(path).fileName();
        if (!name.startsWith(QLatin1String("fulltext."))) {
            EXPECT_FALSE(text.contains(fts)) << qPrintable(path) << " uses the FTS5 syntax; fulltext.cpp owns it";
        }
        if (!name.startsWith(QLatin1String("document_rows."))) {
            EXPECT_FALSE(text.contains(docColumns)) << qPrintable(path) << " maps document columns itself";
        }
    }
    EXPECT_GT(files, 20);
}
