// Two users' windows on one team store, in two processes (issue 19): Bob
// edits an event on his timeline, then a document's title in his Library
// table; Alice's open window shows each change, and reloads only the pages
// that show that kind of data. Bob's window is this test executable run
// again with his (disabled) test selected (PgTwoWindows.DISABLED_BobsWindow),
// so both windows are the real MainWindow on the real server, each with its
// own connections and LISTEN session.
#include "event_editor.h"
#include "library/document_table_model.h"
#include "library_store.h"
#include "main_window.h"
#include "pages/lazy_page.h"
#include "pages/library_page.h"
#include "pages/timeline_page.h"
#include "store.h"
#include "store_backends.h"
#include "timeline/event_dialog.h"
#include "timeline/timeline_view.h"
#include "web_test_util.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <iostream>
#include <string>

using namespace stratos;
using namespace stratos::test;

namespace {

const QString kEventTitle = QStringLiteral("Export rule, as Bob now reads it");
const QString kDocumentTitle = QStringLiteral("Briefing retitled by Bob");

QString eventTitleShown(TimelinePage *timeline, const QString &key)
{
    const int i = timeline->view()->model().indexOfKey(key);
    return i < 0 ? QString() : timeline->view()->model().event(i).event.title;
}

// The time Bob's process printed after "what" was saved ("event-saved 1765...").
qint64 waitForBob(QProcess &bob, const char *what, QByteArray *seen)
{
    const QByteArray tag = QByteArray(what) + ' ';
    waitFor([&] {
        *seen += bob.readAllStandardOutput();
        return seen->contains(tag) || bob.state() == QProcess::NotRunning;
    }, 120000);
    *seen += bob.readAllStandardOutput();
    const qsizetype at = seen->indexOf(tag);
    if (at < 0)
        return 0;
    const qsizetype end = seen->indexOf('\n', at);
    return seen->mid(at + tag.size(), end - at - tag.size()).trimmed().toLongLong();
}

struct Loads
{
    int count;
    bool stale;
    bool operator==(const Loads &o) const { return count == o.count && stale == o.stale; }
};

Loads loads(MainWindow &w, const char *page)
{
    LazyPage *p = w.pageSlot(QString::fromLatin1(page));
    return {p->loadCount(), p->isStale()};
}

} // namespace

// Bob's side: only as the process Alice's test starts.
TEST(PgTwoWindows, DISABLED_BobsWindow)
{
    const QString url = qEnvironmentVariable("STRATOS_TEST_BOB_STORE");
    if (url.isEmpty())
        GTEST_SKIP() << "Bob's window runs inside PgTwoWindows.AnEditInOneWindowReloadsOnlyTheAffectedPagesOfTheOther";
    const QString key = qEnvironmentVariable("STRATOS_TEST_BOB_EVENT");
    const qint64 documentId = qEnvironmentVariable("STRATOS_TEST_BOB_DOCUMENT").toLongLong();
    auto store = Store::open(url);
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    MainWindow w(**store);
    w.resize(1400, 900);
    w.move(0, 0);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));

    // The event: selected on his timeline, edited in the dialog, saved.
    ASSERT_TRUE(w.showPage(QStringLiteral("timeline")));
    auto *timeline = static_cast<TimelinePage *>(w.page(QStringLiteral("timeline")));
    ASSERT_TRUE(timeline->view()->selectKey(key));
    bool saved = false;
    auto *poll = new QTimer(&w);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [&] {
        auto *d = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
        if (!d || !d->isVisible())
            return;
        poll->stop();
        d->titleEdit()->selectAll();
        QTest::keyClicks(d->titleEdit(), kEventTitle);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        saved = true;
    });
    poll->start();
    QApplication::setActiveWindow(&w);
    timeline->editSelectedDialog();
    ASSERT_TRUE(saved);
    ASSERT_EQ(EventEditor((*store)->database()).load(key)->event.title, kEventTitle);
    std::cout << "event-saved " << QDateTime::currentMSecsSinceEpoch() << std::endl;

    // Alice looks; then the document's title, typed into his Library table.
    std::string line;
    std::getline(std::cin, line);
    ASSERT_EQ(line, "go");
    ASSERT_TRUE(w.showPage(QStringLiteral("library")));
    auto *library = static_cast<LibraryPage *>(w.page(QStringLiteral("library")));
    QTableView *view = library->documentView();
    QModelIndex cell;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(int(DocumentTableModel::Role::Id)).toLongLong() == documentId)
            cell = view->model()->index(r, DocumentTableModel::Title);
    ASSERT_TRUE(cell.isValid());
    view->scrollTo(cell);
    const QPoint at = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QLineEdit *editor = nullptr;
    ASSERT_TRUE(waitFor([&] { return (editor = view->viewport()->findChild<QLineEdit *>()) != nullptr; }, 5000));
    editor->selectAll();
    QTest::keyClicks(editor, kDocumentTitle);
    QTest::keyClick(editor, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return LibraryStore((*store)->database()).document(documentId)->title == kDocumentTitle; },
                        10000));
    std::cout << "document-saved " << QDateTime::currentMSecsSinceEpoch() << std::endl;
}

TEST(PgTwoWindows, AnEditInOneWindowReloadsOnlyTheAffectedPagesOfTheOther)
{
    TestStoreLocation where(Backend::Postgres, /*seeded=*/true);
    if (where.skipped())
        GTEST_SKIP() << qPrintable(where.error());
    ASSERT_TRUE(where.ok()) << qPrintable(where.error());
    auto alice = Store::open(where.location());
    ASSERT_TRUE(alice.ok()) << qPrintable(alice.error().toString());
    // A user event of the team's, and one of the briefing notes, for Bob to edit.
    UserEvent e;
    e.event.key = EventEditor::newKey();
    e.event.day = QDate(2025, 6, 2);
    e.event.title = QStringLiteral("Export rule");
    ASSERT_TRUE(EventEditor((*alice)->database()).add(e).ok());
    const QList<Document> docs = LibraryStore((*alice)->database()).documents();
    ASSERT_FALSE(docs.isEmpty());
    const qint64 documentId = docs.first().id;
    QSqlQuery who((*alice)->database());
    ASSERT_TRUE(who.exec(QStringLiteral("SELECT current_user")) && who.next());
    const QString user = who.value(0).toString();

    MainWindow w(**alice);
    w.resize(1400, 900);
    w.move(0, 0);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    // Alice has looked at these pages, then stays on the timeline.
    for (const char *id : {"models", "markets", "library", "timeline"})
        ASSERT_TRUE(w.showPage(QString::fromLatin1(id)));
    auto *timeline = static_cast<TimelinePage *>(w.page(QStringLiteral("timeline")));
    ASSERT_EQ(eventTitleShown(timeline, e.event.key), e.event.title);
    const Loads models = loads(w, "models"), markets = loads(w, "markets"), library = loads(w, "library");
    const Loads onTimeline = loads(w, "timeline");
    ASSERT_EQ(models.count, 1);
    ASSERT_FALSE(markets.stale);

    QProcess bob;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRATOS_TEST_BOB_STORE"), where.location());
    env.insert(QStringLiteral("STRATOS_TEST_BOB_EVENT"), e.event.key);
    env.insert(QStringLiteral("STRATOS_TEST_BOB_DOCUMENT"), QString::number(documentId));
    bob.setProcessEnvironment(env);
    bob.setProcessChannelMode(QProcess::SeparateChannels);
    bob.start(QCoreApplication::applicationFilePath(),
              {QStringLiteral("--gtest_also_run_disabled_tests"), QStringLiteral("--gtest_filter=PgTwoWindows.DISABLED_BobsWindow")});
    ASSERT_TRUE(bob.waitForStarted());
    QByteArray bobSays;
    const qint64 eventSaved = waitForBob(bob, "event-saved", &bobSays);
    ASSERT_GT(eventSaved, 0) << bobSays.constData() << bob.readAllStandardError().constData();

    // Bob's title reaches Alice's timeline, which is on screen.
    ASSERT_TRUE(waitFor([&] { return eventTitleShown(timeline, e.event.key) == kEventTitle; }, 15000))
        << "Alice's timeline did not learn of Bob's edit";
    const qint64 eventLatency = QDateTime::currentMSecsSinceEpoch() - eventSaved;
    EXPECT_EQ(loads(w, "timeline"), (Loads{onTimeline.count + 1, false}));
    // Pages without events kept what they had; the markets page, whose charts
    // mark events, reloads when Alice next opens it, not now.
    EXPECT_EQ(loads(w, "models"), models);
    EXPECT_EQ(loads(w, "library"), library);
    EXPECT_EQ(loads(w, "markets"), (Loads{markets.count, true}));
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("Updated by another user (%1): events").arg(user)))
        << qPrintable(w.statusBar()->currentMessage());
    ASSERT_TRUE(w.showPage(QStringLiteral("markets")));
    EXPECT_EQ(loads(w, "markets"), (Loads{markets.count + 1, false}));

    // The document: Alice is on her Library page when Bob retitles it.
    ASSERT_TRUE(w.showPage(QStringLiteral("library")));
    auto *libraryPage = static_cast<LibraryPage *>(w.page(QStringLiteral("library")));
    EXPECT_EQ(loads(w, "library"), library) << "nothing of the library changed, nothing reloaded";
    const Loads marketsNow = loads(w, "markets"), timelineNow = loads(w, "timeline");
    bob.write("go\n");
    const qint64 documentSaved = waitForBob(bob, "document-saved", &bobSays);
    ASSERT_GT(documentSaved, 0) << bobSays.constData() << bob.readAllStandardError().constData();
    ASSERT_TRUE(waitFor([&] {
        const Document *d = libraryPage->documents()->rowById(documentId);
        return d && d->title == kDocumentTitle;
    }, 15000)) << "Alice's library did not learn of Bob's edit";
    const qint64 documentLatency = QDateTime::currentMSecsSinceEpoch() - documentSaved;
    EXPECT_EQ(loads(w, "library"), (Loads{library.count + 1, false}));
    EXPECT_EQ(loads(w, "models"), models);
    EXPECT_EQ(loads(w, "markets"), marketsNow);
    // The timeline marks documents whose figures differ from the data: stale, not loaded off screen.
    EXPECT_EQ(loads(w, "timeline"), (Loads{timelineNow.count, true}));

    ASSERT_TRUE(bob.state() == QProcess::NotRunning || bob.waitForFinished(60000));
    EXPECT_EQ(bob.exitCode(), 0) << bobSays.constData() << bob.readAllStandardError().constData();
    std::printf("Alice's window showed Bob's event edit %lld ms and his document edit %lld ms after he saved\n",
                qlonglong(eventLatency), qlonglong(documentLatency));
}
