// Two windows on one store edit the same event (row versions, issue 19): the
// second save meets the first one's change, the conflict dialog shows both
// versions, and what the user chooses is what the store keeps; nothing is
// overwritten without the user seeing it.
#include "event_editor.h"
#include "pages/timeline_page.h"
#include "repository.h"
#include "store.h"
#include "timeline/event_conflict_dialog.h"
#include "timeline/event_dialog.h"
#include "timeline/timeline_view.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

// Runs `act` on the next modal dialog of type T once it is up.
template <typename T>
void whenModal(std::function<void(T *)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, act] {
        if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget()); d && d->isVisible()) {
            poll->stop();
            poll->deleteLater();
            act(d);
        }
    });
    poll->start();
}

void clickSave(EventDialog *d)
{
    d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

struct Window
{
    std::unique_ptr<Store> store;
    std::unique_ptr<Repository> repo;
    std::unique_ptr<TimelinePage> page;
};

class EventConflictTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (Window *w : {&alice, &bob}) {
            Store::Options o;
            o.loadSeed = false;
            auto s = Store::open(dir.filePath("team.sqlite"), o);
            ASSERT_TRUE(s.ok()) << qPrintable(s.error().toString());
            w->store = std::move(*s);
        }
        UserEvent e;
        e.event.key = key;
        e.event.day = QDate(2025, 6, 2);
        e.event.title = QStringLiteral("Chip export rule");
        ASSERT_TRUE(EventEditor(alice.store->database()).add(e).ok());
        int x = 0;
        for (Window *w : {&alice, &bob}) {
            w->repo = std::make_unique<Repository>(w->store->database());
            w->page = std::make_unique<TimelinePage>();
            w->page->resize(900, 600);
            w->page->move(x, 0);
            x += 950;
            w->page->reload(*w->repo);
            w->page->show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(w->page.get()));
            w->page->view()->selectKey(key);
        }
    }

    // Alice opens the event; while her dialog is open Bob changes the summary
    // in his window; then Alice saves a new title and answers the conflict.
    void editBothThenChoose(bool keepMine, QStringList *shown)
    {
        whenModal<EventDialog>([this, keepMine, shown](EventDialog *aliceDialog) {
            aliceDialog->titleEdit()->setText(QStringLiteral("Chip export rule (final)"));
            whenModal<EventDialog>([](EventDialog *bobDialog) {
                bobDialog->summaryEdit()->setPlainText(QStringLiteral("Bob: covers HBM too"));
                clickSave(bobDialog);
            });
            QApplication::setActiveWindow(bob.page.get());
            bob.page->editSelectedDialog();
            whenModal<EventConflictDialog>([keepMine, shown](EventConflictDialog *conflict) {
                QTableWidget *t = conflict->table();
                for (int r = 0; r < t->rowCount(); ++r)
                    *shown << QStringLiteral("%1|%2|%3|%4")
                                  .arg(t->verticalHeaderItem(r)->text(), t->item(r, 0)->text(), t->item(r, 1)->text(),
                                       t->item(r, 0)->font().bold() ? QStringLiteral("bold") : QStringLiteral("plain"));
                QTest::mouseClick(keepMine ? conflict->keepMineButton() : conflict->keepTheirsButton(), Qt::LeftButton);
            });
            clickSave(aliceDialog);
        });
        QApplication::setActiveWindow(alice.page.get());
        alice.page->editSelectedDialog();
    }

    QTemporaryDir dir;
    const QString key = EventEditor::newKey();
    Window alice, bob;
};

} // namespace

TEST_F(EventConflictTest, BothVersionsAreShownAndKeepMineSavesMineKnowingly)
{
    QStringList shown;
    editBothThenChoose(/*keepMine=*/true, &shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("Title|Chip export rule (final)|Chip export rule|bold"))) << qPrintable(shown.join('\n'));
    EXPECT_TRUE(shown.contains(QStringLiteral("Summary||Bob: covers HBM too|bold"))) << qPrintable(shown.join('\n'));
    EXPECT_TRUE(shown.contains(QStringLiteral("Date|2025-06-02|2025-06-02|plain"))) << qPrintable(shown.join('\n'));
    EventEditor check(bob.store->database());
    auto stored = check.load(key);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->event.title, QStringLiteral("Chip export rule (final)"));
    EXPECT_TRUE(stored->event.summary.isEmpty());
    EXPECT_EQ(stored->rowVersion, 3);
    // Bob's version is not gone: undo in Alice's window brings it back.
    alice.page->undoStack()->undo();
    stored = check.load(key);
    EXPECT_EQ(stored->event.summary, QStringLiteral("Bob: covers HBM too"));
    EXPECT_EQ(stored->event.title, QStringLiteral("Chip export rule"));
}

TEST_F(EventConflictTest, KeepTheirsLeavesTheOtherUsersVersionAndShowsIt)
{
    QStringList shown;
    editBothThenChoose(/*keepMine=*/false, &shown);
    EXPECT_FALSE(shown.isEmpty()) << "the conflict dialog was shown";
    auto stored = EventEditor(alice.store->database()).load(key);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->event.title, QStringLiteral("Chip export rule"));
    EXPECT_EQ(stored->event.summary, QStringLiteral("Bob: covers HBM too"));
    EXPECT_EQ(stored->rowVersion, 2);
    EXPECT_EQ(alice.page->undoStack()->count(), 0) << "nothing of Alice's was saved";
    const int i = alice.page->view()->model().indexOfKey(key);
    ASSERT_GE(i, 0);
    EXPECT_EQ(alice.page->view()->model().event(i).event.summary, QStringLiteral("Bob: covers HBM too"))
        << "Alice's window now shows Bob's version";
}
