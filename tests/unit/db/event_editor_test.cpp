// EventEditor: user events in the store, curated ones protected; on SQLite
// and on a PostgreSQL team store (issue 19).
#include "event_editor.h"
#include "repository.h"
#include "store.h"
#include "store_backends.h"
#include "timeline_data.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {
class EventEditorTest : public test::BackendStoreTest
{
};
Store::Options unseeded()
{
    Store::Options o;
    o.loadSeed = false;
    return o;
}
} // namespace

TEST_P(EventEditorTest, AddUpdateRemoveUserEvent)
{
    STRATOS_OPEN_BACKEND_STORE(unseeded());
    const auto *store = &m_store; // (*store)->database(), as with a Result<unique_ptr<Store>>
    EventEditor editor((*store)->database());
    UserEvent e;
    e.event.key = EventEditor::newKey();
    e.event.day = QDate(2025, 3, 1);
    e.event.title = QStringLiteral("  My note  ");
    e.country = QStringLiteral("US,CN");
    ASSERT_TRUE(editor.add(e).ok());
    const Repository repo((*store)->database());
    const QList<Event> events = repo.events();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().title, QStringLiteral("My note"));
    EXPECT_EQ(events.first().lane, QStringLiteral("user"));
    EXPECT_EQ(events.first().origin, Origin::User);
    const auto tl = loadTimelineEvents(repo, (*store)->database());
    ASSERT_EQ(tl.size(), 1);
    EXPECT_EQ(tl.first().countries, (QStringList{"US", "CN"}));

    e.event.title = QStringLiteral("Changed");
    e.event.url = QStringLiteral("https://example.org");
    ASSERT_TRUE(editor.update(e).ok());
    EXPECT_EQ(repo.events().first().url, QStringLiteral("https://example.org"));
    ASSERT_TRUE(editor.remove(e.event.key).ok());
    EXPECT_TRUE(repo.events().isEmpty());
    QSqlQuery q((*store)->database());
    ASSERT_TRUE(q.exec("SELECT count(*) FROM source WHERE kind = 'user'") && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0); // the event's own source went with it
}

TEST_P(EventEditorTest, RejectsEmptyTitlesAndCuratedChanges)
{
    STRATOS_OPEN_BACKEND_STORE({});
    const auto *store = &m_store;
    EventEditor editor((*store)->database());
    UserEvent e;
    e.event.key = EventEditor::newKey();
    e.event.day = QDate(2025, 3, 1);
    EXPECT_FALSE(editor.add(e).ok());
    const QString curated = Repository((*store)->database()).events().first().key;
    EXPECT_FALSE(editor.remove(curated).ok());
    e.event.key = curated;
    e.event.title = QStringLiteral("x");
    EXPECT_FALSE(editor.update(e).ok());
    ASSERT_TRUE(editor.setHidden(curated, true).ok());
    EXPECT_EQ(editor.hiddenEvents().size(), 1);
    ASSERT_TRUE(editor.setHidden(curated, false).ok());
    EXPECT_FALSE(editor.setHidden(QStringLiteral("nope"), true).ok());
}

// EventEditor::load and Repository::events once mapped origin 'import' two
// ways (Seed in one, Import in the other); both now read rows through eventFromRow.
TEST_P(EventEditorTest, ImportedEventLoadsAsImportEverywhere)
{
    STRATOS_OPEN_BACKEND_STORE(unseeded());
    const auto *store = &m_store;
    QSqlDatabase db = (*store)->database();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec("INSERT INTO source(key, kind, title, origin) VALUES ('imp', 'dataset', 'An import', 'import')"))
        << qPrintable(q.lastError().text());
    ASSERT_TRUE(q.exec("INSERT INTO event(key, day, lane, title, source_id, origin) "
                       "SELECT 'imported-1', '2025-02-03', 'market', 'Imported', id, 'import' FROM source WHERE key = 'imp'"))
        << qPrintable(q.lastError().text());
    ASSERT_TRUE(q.exec("INSERT INTO event(key, day, lane, title, source_id, origin, hidden) "
                       "SELECT 'imported-2', '2025-02-04', 'market', 'Hidden import', id, 'import', 1 FROM source WHERE key = 'imp'"))
        << qPrintable(q.lastError().text());

    const EventEditor editor(db);
    auto loaded = editor.load(QStringLiteral("imported-1"));
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error().toString());
    EXPECT_EQ(loaded->event.origin, Origin::Import);
    EXPECT_EQ(loaded->event.day, QDate(2025, 2, 3));

    const QList<Event> events = Repository(db).events();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().origin, Origin::Import);

    const QList<Event> hidden = editor.hiddenEvents();
    ASSERT_EQ(hidden.size(), 1);
    EXPECT_EQ(hidden.first().key, QStringLiteral("imported-2"));
    EXPECT_EQ(hidden.first().origin, Origin::Import);
}

INSTANTIATE_TEST_SUITE_P(Backends, EventEditorTest, test::bothBackends(), test::backendName);
