// What a user's edit tells the other windows (db/store_change): a saved event
// or document announces its kind, the server's user and this process on the
// store's change channel, when it commits; an edit that writes nothing (a
// conflict) announces nothing.

#include "event_editor.h"
#include "library_store.h"
#include "pg/pg_listener.h"
#include "store_backends.h"
#include "store_change.h"

#include <QSignalSpy>
#include <QTest>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

// The changes heard within a short while (a notification from the same
// machine arrives in milliseconds; waiting is only for the one expected).
QList<StoreChange> heard(QSignalSpy &spy, int expected)
{
    while (spy.count() < expected && spy.wait(5000)) {
    }
    QTest::qWait(100); // and nothing more behind it
    QList<StoreChange> out;
    for (const QList<QVariant> &signal : spy) {
        const auto c = parseStoreChange(signal.at(1).toString());
        EXPECT_TRUE(c) << qPrintable(signal.at(1).toString());
        if (c)
            out << *c;
    }
    spy.clear();
    return out;
}

} // namespace

TEST(PgStoreChange, AnEditAnnouncesItsKindUserAndProcessOnCommitAndAConflictNothing)
{
    TestStoreLocation where(Backend::Postgres, /*seeded=*/true);
    if (where.skipped())
        GTEST_SKIP() << qPrintable(where.error());
    ASSERT_TRUE(where.ok()) << qPrintable(where.error());
    auto store = Store::open(where.location());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    QSqlDatabase db = (*store)->database();
    QSqlQuery who(db);
    ASSERT_TRUE(who.exec(QStringLiteral("SELECT current_user")) && who.next());
    const QString user = who.value(0).toString();

    pg::Listener listener(where.location(), {changeChannel()});
    QSignalSpy spy(&listener, &pg::Listener::notified);
    ASSERT_TRUE(listener.start());

    EventEditor editor(db);
    UserEvent e;
    e.event.key = EventEditor::newKey();
    e.event.day = QDate(2025, 3, 4);
    e.event.title = QStringLiteral("Launch window");
    ASSERT_TRUE(editor.add(e).ok());
    QList<StoreChange> changes = heard(spy, 1);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].kinds, ChangeKinds(ChangeKind::Events));
    EXPECT_EQ(changes[0].user, user);
    EXPECT_EQ(changes[0].origin, thisProcessOrigin());
    EXPECT_EQ(changes[0].detail, e.event.key);

    // Saved against a version that moved on: nothing written, nothing said.
    e = *editor.load(e.event.key);
    UserEvent stale = e;
    e.event.title = QStringLiteral("Launch window (moved)");
    auto first = editor.save(e);
    ASSERT_TRUE(first.ok() && !first->conflict);
    EXPECT_EQ(heard(spy, 1).size(), 1);
    stale.event.title = QStringLiteral("Launch window (mine)");
    auto second = editor.save(stale);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(second->conflict);
    EXPECT_TRUE(heard(spy, 0).isEmpty());

    // A document's details: the documents kind.
    LibraryStore library(db);
    const QList<Document> docs = library.documents();
    ASSERT_FALSE(docs.isEmpty());
    ASSERT_TRUE(library.updateMeta(docs.first().id, DocumentEdit{QStringLiteral("Retitled"), {}, {}, {}, {}}).ok());
    changes = heard(spy, 1);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].kinds, ChangeKinds(ChangeKind::Documents));
    EXPECT_EQ(changes[0].detail, QString::number(docs.first().id));
}

TEST(StoreChange, APayloadFromANewerStratosOrAnotherProgramIsReadSafely)
{
    const auto known = parseStoreChange(QStringLiteral(R"({"kind":"prices","user":"ana","origin":"h:1","detail":"7"})"));
    ASSERT_TRUE(known);
    EXPECT_EQ(known->kinds, ChangeKinds(ChangeKind::Prices));
    EXPECT_FALSE(known->unknownKind);
    const auto newer = parseStoreChange(QStringLiteral(R"({"kind":"forecasts","user":"ana"})"));
    ASSERT_TRUE(newer);
    EXPECT_TRUE(newer->unknownKind);
    EXPECT_FALSE(parseStoreChange(QStringLiteral("batch 42")));
    EXPECT_FALSE(parseStoreChange(QStringLiteral(R"({"user":"ana"})")));
    EXPECT_EQ(changeKindNames(ChangeKind::Prices | ChangeKind::Events), QStringLiteral("events, prices"));
}
