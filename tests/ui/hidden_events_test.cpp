// Hidden curated events come back: the timeline's "Hidden (N)…" button lists
// them, the user ticks one with the keyboard and presses "Show again", and the
// event is on the timeline again, selected; Undo hides it once more.
#include "event_editor.h"
#include "pages/timeline_page.h"
#include "repository.h"
#include "store.h"
#include "timeline/hidden_events_dialog.h"
#include "timeline/timeline_view.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace stratos;

TEST(HiddenEvents, AHiddenEventIsShownAgainFromTheList)
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath("hidden.sqlite"));
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
    std::unique_ptr<Store> store = std::move(*opened);
    Repository repo(store->database());
    TimelinePage page;
    page.resize(1300, 800);
    page.reload(repo);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    EXPECT_FALSE(page.hiddenButton()->isVisible()) << "nothing is hidden yet";

    int stargate = -1;
    for (int i = 0; i < page.view()->model().size() && stargate < 0; ++i)
        if (page.view()->model().event(i).event.title.contains(QLatin1String("Stargate")))
            stargate = i;
    ASSERT_GE(stargate, 0);
    const QString key = page.view()->model().event(stargate).event.key;
    page.view()->selectIndex(stargate);
    ASSERT_TRUE(page.hideSelected());
    ASSERT_LT(page.view()->model().indexOfKey(key), 0);
    ASSERT_TRUE(page.hiddenButton()->isVisible());
    EXPECT_EQ(page.hiddenButton()->text(), QStringLiteral("Hidden (1)…"));

    // The dialog is modal: drive it from the event loop once it is up.
    QStringList listed;
    bool showEnabledBefore = true;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<HiddenEventsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        for (int i = 0; i < dialog->list()->count(); ++i)
            listed << dialog->list()->item(i)->text();
        showEnabledBefore = dialog->showButton()->isEnabled();
        dialog->list()->setFocus();
        dialog->list()->setCurrentRow(0);
        QTest::keyClick(dialog->list(), Qt::Key_Space); // ticks it
        QTest::mouseClick(dialog->showButton(), Qt::LeftButton);
    });
    poll.start();
    QTest::mouseClick(page.hiddenButton(), Qt::LeftButton);
    poll.stop();

    ASSERT_EQ(listed.size(), 1);
    EXPECT_TRUE(listed.first().contains(QLatin1String("Stargate"))) << qPrintable(listed.first());
    EXPECT_FALSE(showEnabledBefore) << "nothing ticked, nothing to show";
    EXPECT_GE(page.view()->model().indexOfKey(key), 0);
    EXPECT_EQ(page.view()->selectedKey(), key);
    EXPECT_TRUE(EventEditor(store->database()).hiddenEvents().isEmpty());
    EXPECT_FALSE(page.hiddenButton()->isVisible());

    page.undoStack()->undo();
    EXPECT_LT(page.view()->model().indexOfKey(key), 0);
    EXPECT_EQ(EventEditor(store->database()).hiddenEvents().size(), 1);
    EXPECT_EQ(page.hiddenButton()->text(), QStringLiteral("Hidden (1)…"));
}
