// A team member whose role may only read (docs/team-store.md, the reader
// role): the store opens read-only and the window says for whom; an event
// edit and a document's details are refused up front with the same words as
// an import ("read-only for user ...: ask its owner for write access"), never
// the server's "permission denied", and write nothing. A reader opening a
// store its owner has not set up or seeded yet is told that, not a raw error.
#include "event_editor.h"
#include "library_store.h"
#include "main_window.h"
#include "pages/timeline_page.h"
#include "pg_test_server.h"
#include "store.h"
#include "store_backends.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

struct Role // dropped after the test's databases (their grants name it)
{
    QString name;
    ~Role()
    {
        if (!name.isEmpty())
            pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }
};

QString as(const QString &url, const QString &role)
{
    QUrl u(url);
    u.setUserName(role);
    return u.toString();
}

Store::Options reader()
{
    Store::Options o;
    o.password = QStringLiteral("reader-pw");
    return o;
}

void grantRead(QSqlDatabase db, const QString &role)
{
    QSqlQuery q(db);
    for (const QString &sql : {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role),
                               QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role)})
        ASSERT_TRUE(q.exec(sql)) << qPrintable(q.lastError().text());
}

void expectRefusedForReader(const QString &message, const QString &doing, const QString &role)
{
    EXPECT_TRUE(message.startsWith(QStringLiteral("cannot %1: this team store is read-only for user %2: ask its "
                                                  "owner for write access")
                                       .arg(doing, role)))
        << qPrintable(message);
    EXPECT_TRUE(message.endsWith(QStringLiteral("Nothing was written"))) << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("permission denied"))) << qPrintable(message);
}

} // namespace

TEST(PgReader, EditsByAReaderAreRefusedUpFrontAndTheWindowSaysWhoseRightsTheseAre)
{
    Role role; // outlives the database that names it in its grants
    TestStoreLocation where(Backend::Postgres, /*seeded=*/true);
    if (where.skipped())
        GTEST_SKIP() << qPrintable(where.error());
    ASSERT_TRUE(where.ok()) << qPrintable(where.error());
    role.name = QStringLiteral("rd_") + QUrl(where.location()).path().mid(3, 8);
    ASSERT_EQ(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(role.name)), QString());
    auto owner = Store::open(where.location());
    ASSERT_TRUE(owner.ok()) << qPrintable(owner.error().toString());
    UserEvent e;
    e.event.key = EventEditor::newKey();
    e.event.day = QDate(2025, 6, 2);
    e.event.title = QStringLiteral("Export rule");
    ASSERT_TRUE(EventEditor((*owner)->database()).add(e).ok());
    grantRead((*owner)->database(), role.name);
    const qint64 documentId = LibraryStore((*owner)->database()).documents().first().id;
    const QString documentTitle = LibraryStore((*owner)->database()).document(documentId)->title;

    auto store = Store::open(as(where.location(), role.name), reader());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    EXPECT_TRUE((*store)->readOnly());
    EXPECT_EQ((*store)->readOnlyUser(), role.name);

    EventEditor editor((*store)->database());
    UserEvent mine = *editor.load(e.event.key);
    mine.event.title = QStringLiteral("Export rule (reader)");
    auto saved = editor.save(mine);
    ASSERT_FALSE(saved.ok());
    expectRefusedForReader(saved.error().message, QStringLiteral("save the event"), role.name);
    const Status hidden = editor.setHidden(e.event.key, true);
    ASSERT_FALSE(hidden.ok());
    expectRefusedForReader(hidden.error().message, QStringLiteral("hide the event"), role.name);
    auto details = LibraryStore((*store)->database())
                       .saveMeta(documentId, DocumentEdit{QStringLiteral("Reader's title"), {}, {}, {}, {}}, 0);
    ASSERT_FALSE(details.ok());
    expectRefusedForReader(details.error().message, QStringLiteral("save the document's details"), role.name);
    EXPECT_EQ(EventEditor((*owner)->database()).load(e.event.key)->event.title, QStringLiteral("Export rule"));
    EXPECT_TRUE(EventEditor((*owner)->database()).hiddenEvents().isEmpty());
    EXPECT_EQ(LibraryStore((*owner)->database()).document(documentId)->title, documentTitle);

    // The window: the status bar says whose rights these are; nothing offers a change.
    MainWindow w(**store);
    w.resize(1200, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *label = w.statusBar()->findChild<QLabel *>(QStringLiteral("storeLabel"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("Read-only for user %1 · Team store: ").arg(role.name)))
        << qPrintable(label->text());
    EXPECT_TRUE(w.windowTitle().endsWith(QStringLiteral("(read-only for user %1)").arg(role.name)))
        << qPrintable(w.windowTitle());
    EXPECT_FALSE(w.findChild<QAction *>(QStringLiteral("updateAction"))->isEnabled());
    ASSERT_TRUE(w.showPage(QStringLiteral("timeline")));
    auto *timeline = static_cast<TimelinePage *>(w.page(QStringLiteral("timeline")));
    QToolButton *add = nullptr;
    for (QToolButton *b : timeline->findChildren<QToolButton *>())
        if (b->text() == QStringLiteral("Add event…"))
            add = b;
    ASSERT_TRUE(add);
    EXPECT_FALSE(add->isEnabled());
}

TEST(PgReader, AReaderOpeningAStoreNotSetUpOrNotSeededYetIsToldToAskTheOwner)
{
    Role role;
    STRATOS_PG_SCRATCH(scratch);
    role.name = QStringLiteral("rn_") + scratch.name().mid(2, 8);
    ASSERT_EQ(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(role.name)), QString());
    const QString url = as(scratch.url(), role.name);
    auto empty = Store::open(url, reader());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message,
              QStringLiteral("the team store %1 is not set up yet, and user %2 may not create its tables: its owner "
                             "must open it once with Stratos first (docs/team-store.md, \"Setting up the server\"). "
                             "Nothing was written")
                  .arg(Store::displayNameOf(url), role.name))
        << qPrintable(empty.error().message);

    // Set up without the built-in dataset (the owner's first open was cut short).
    {
        Store::Options o;
        o.loadSeed = false;
        auto owner = Store::open(scratch.url(), o);
        ASSERT_TRUE(owner.ok()) << qPrintable(owner.error().toString());
        grantRead((*owner)->database(), role.name);
    }
    auto unseeded = Store::open(url, reader());
    ASSERT_FALSE(unseeded.ok());
    const QString message = unseeded.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("does not hold this Stratos's built-in dataset yet, and user %1 may "
                                                "only read it: ask its owner to open it once with this Stratos")
                                     .arg(role.name)))
        << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("permission denied"))) << qPrintable(message);
}
