// The document library's store side: metadata edits that survive a changed
// re-import, removal with its passages, search snippets whose match markers
// cannot be forged by document text, and conversations with their messages.
// On SQLite and on a PostgreSQL team store (issue 19).
#include "conversation_store.h"
#include "corpus_loader.h"
#include "library_store.h"
#include "store.h"
#include "store_backends.h"
#include "test_env.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

class LibraryStoreTest : public test::BackendStoreTest
{
protected:
    void SetUp() override
    {
        Store::Options o;
        o.loadSeed = false;
        STRATOS_OPEN_BACKEND_STORE(o);
    }
    qint64 write(const QString &path, const QString &text, const QString &title = QStringLiteral("T"))
    {
        DocumentInput d;
        d.path = path;
        d.title = title;
        d.text = text;
        d.rawBytes = text.toUtf8();
        d.mime = QStringLiteral("text/plain");
        auto w = CorpusLoader(db()).write(d, QStringLiteral("import"));
        EXPECT_TRUE(w.ok());
        return LibraryStore(db()).documentByPath(path)->id;
    }
};


} // namespace

TEST_P(LibraryStoreTest, MetadataEditIsSavedAndMarked)
{
    const qint64 id = write("/docs/a.txt", "Kuiper launched. Starlink grew.");
    LibraryStore lib(db());
    ASSERT_TRUE(lib.updateMeta(id, {"Edited title", "Example News", QDate(2025, 1, 27), "https://example.com/a", {}}).ok());
    const auto row = lib.document(id);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->title, QStringLiteral("Edited title"));
    EXPECT_EQ(row->publisher, QStringLiteral("Example News"));
    EXPECT_EQ(row->publishedOn, QDate(2025, 1, 27));
    EXPECT_EQ(row->url, QStringLiteral("https://example.com/a"));
    EXPECT_TRUE(row->metaEdited);
    EXPECT_EQ(row->passages, 1);
    EXPECT_FALSE(lib.updateMeta(id, {"  ", {}, {}, {}, {}}).ok());
    EXPECT_FALSE(lib.updateMeta(999, {"x", {}, {}, {}, {}}).ok());
}

TEST_P(LibraryStoreTest, RemoveDropsDocumentPassagesAndIndex)
{
    const qint64 id = write("/docs/b.txt", "Guowang is a Chinese megaconstellation.");
    LibraryStore lib(db());
    ASSERT_EQ(lib.search("Guowang")->size(), 1);
    ASSERT_TRUE(lib.remove(id).ok());
    EXPECT_FALSE(lib.document(id));
    EXPECT_TRUE(lib.search("Guowang")->isEmpty());
    QSqlQuery q(db());
    q.exec("SELECT count(*) FROM passage WHERE document_id = " + QString::number(id));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_P(LibraryStoreTest, SearchMarksMatchesWithControlCharacters)
{
    write("/docs/c.txt", "The [[Nasdaq]] fell <b>3.1%</b> on the day.");
    const auto found = LibraryStore(db()).search("nasdaq");
    ASSERT_TRUE(found) << qPrintable(found.error().message);
    const QList<PassageHit> &hits = found.value();
    ASSERT_EQ(hits.size(), 1);
    const QString s = hits[0].snippet;
    EXPECT_TRUE(s.contains(QString(LibraryStore::kMatchOpen) + "Nasdaq" + QString(LibraryStore::kMatchClose)))
        << qPrintable(s);
    EXPECT_TRUE(s.contains("<b>3.1%</b>")); // text stays text; the UI escapes it
    EXPECT_GE(hits[0].start, 0);
    EXPECT_GT(hits[0].end, hits[0].start);
}

TEST_P(LibraryStoreTest, ConversationsKeepMessagesInOrderAndTheLatestFirst)
{
    ConversationStore c(db());
    auto first = c.create("First question");
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(c.append(*first, {0, "user", "First question", {}, "ok", {}, {}}).ok());
    auto answer = c.append(*first, {0, "assistant", QString(), R"({"sources":[{"n":1}]})", "ok", "builtin", {}});
    ASSERT_TRUE(answer.ok()) << qPrintable(answer.error().message); // an empty answer is still saved
    ASSERT_TRUE(c.update(*answer, "It fell [1].", R"({"sources":[{"n":1}],"cited":[1]})", "stopped").ok());
    auto second = c.create("Second");
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(c.append(*second, {0, "user", "Second", {}, "ok", {}, {}}).ok());
    EXPECT_EQ(c.latest(), *second);
    ASSERT_TRUE(c.append(*first, {0, "user", "Follow-up", {}, "ok", {}, {}}).ok());
    EXPECT_EQ(c.latest(), *first);
    const auto msgs = c.messages(*first);
    ASSERT_EQ(msgs.size(), 3);
    EXPECT_EQ(msgs[1].text, QStringLiteral("It fell [1]."));
    EXPECT_EQ(msgs[1].status, QStringLiteral("stopped"));
    EXPECT_EQ(msgs[1].backend, QStringLiteral("builtin"));
    EXPECT_TRUE(msgs[1].citationsJson.contains("\"cited\""));
    EXPECT_EQ(msgs[2].text, QStringLiteral("Follow-up"));
    EXPECT_EQ(c.conversations().size(), 2);
    ASSERT_TRUE(c.remove(*first).ok());
    EXPECT_TRUE(c.messages(*first).isEmpty());
    EXPECT_EQ(c.latest(), *second);
}

// Two users' windows on one store, as two connections: the second user's
// edit of a document the first has loaded is not overwritten silently.
TEST_P(LibraryStoreTest, AnEditAgainstChangedDetailsIsRefusedWithBothAndKeepMineThenSaves)
{
    const qint64 id = write("/docs/shared.txt", "Kuiper launched. Starlink grew.", QStringLiteral("Original"));
    auto other = m_store->openWorkerConnection(QStringLiteral("library-second-user"));
    ASSERT_TRUE(other.ok()) << qPrintable(other.error().message);
    {
        LibraryStore alice(db());
        LibraryStore bob(QSqlDatabase::database(*other));
        const auto loaded = alice.details(id); // Alice opens the details
        ASSERT_TRUE(loaded);
        EXPECT_EQ(loaded->first.title, QStringLiteral("Original"));

        DocumentEdit bobs = loaded->first;
        bobs.title = QStringLiteral("Bob's title");
        bobs.authors = QStringLiteral("B. Jones");
        auto saved = bob.saveMeta(id, bobs, bob.details(id)->second);
        ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().message);
        ASSERT_FALSE(saved->conflict);
        EXPECT_GT(saved->rowVersion, loaded->second);

        DocumentEdit alices = loaded->first;
        alices.title = QStringLiteral("Alice's title");
        auto refused = alice.saveMeta(id, alices, loaded->second);
        ASSERT_TRUE(refused.ok()) << qPrintable(refused.error().message);
        ASSERT_TRUE(refused->conflict);
        EXPECT_EQ(refused->conflict->mine.title, QStringLiteral("Alice's title"));
        EXPECT_EQ(refused->conflict->theirs.title, QStringLiteral("Bob's title"));
        EXPECT_EQ(refused->conflict->theirs.authors, QStringLiteral("B. Jones"));
        EXPECT_EQ(refused->conflict->theirVersion, saved->rowVersion);
        EXPECT_EQ(alice.document(id)->title, QStringLiteral("Bob's title")); // nothing of Alice's written

        // Alice keeps hers, knowingly: saved against the version she was shown.
        auto kept = alice.saveMeta(id, alices, refused->conflict->theirVersion);
        ASSERT_TRUE(kept.ok());
        EXPECT_FALSE(kept->conflict);
        EXPECT_EQ(bob.document(id)->title, QStringLiteral("Alice's title"));

        // Any other writer moves the version on too (the trigger): Bob's stale save is refused.
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE document SET publisher = 'Wire' WHERE id = %1").arg(id)));
        auto stale = bob.saveMeta(id, bobs, saved->rowVersion);
        ASSERT_TRUE(stale.ok());
        EXPECT_TRUE(stale->conflict);
        EXPECT_EQ(stale->conflict->theirs.publisher, QStringLiteral("Wire"));
    }
    QSqlDatabase::removeDatabase(*other);
}

INSTANTIATE_TEST_SUITE_P(Backends, LibraryStoreTest, test::bothBackends(), test::backendName);
