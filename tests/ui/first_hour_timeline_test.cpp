// Issue 12, polish of the timeline, on the real window: typing a search leaves
// every label where it was, Enter in the search selects the next match, and
// the hollow dots and "+N" marks say what they are when pointed at.
#include "first_hour_util.h"
#include "pages/timeline_page.h"
#include "timeline/timeline_frame.h"
#include "timeline/timeline_view.h"
#include "web_test_util.h"

#include <QHelpEvent>
#include <QLineEdit>
#include <QSet>
#include <QToolTip>

using namespace stratos;
using namespace stratos::test;

namespace {

class FirstHourTimeline : public SeededStoreSuite
{
};

QMap<int, QRectF> labelPlaces(TimelineView *view)
{
    view->flushLayout();
    QMap<int, QRectF> out;
    for (const FrameLabel &l : view->frame().labels)
        out.insert(l.item, l.rect);
    return out;
}

bool matches(const timeline::TimelineEvent &e, const QString &word)
{
    return e.event.title.contains(word, Qt::CaseInsensitive) || e.event.summary.contains(word, Qt::CaseInsensitive);
}

} // namespace

TEST_F(FirstHourTimeline, SearchKeepsLabelsInPlaceAndEnterSelectsTheNextMatch)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    auto *page = static_cast<TimelinePage *>(w->page(QStringLiteral("timeline")));
    TimelineView *view = page->view();
    view->selectIndex(-1);
    const QMap<int, QRectF> before = labelPlaces(view);
    ASSERT_GT(before.size(), 5);

    QLineEdit *search = page->searchEdit();
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, QStringLiteral("deepseek"));
    ASSERT_TRUE(waitFor([&] { return view->model().filter().hasText(); }, 3000));
    ASSERT_GT(view->model().matchCount(), 2);
    EXPECT_EQ(labelPlaces(view), before) << "labels moved between rows while typing a search";

    QTest::keyClick(search, Qt::Key_Return);
    const int first = view->selectedIndex();
    ASSERT_GE(first, 0) << "Enter selected no match";
    EXPECT_TRUE(matches(view->model().event(first), QStringLiteral("deepseek")));
    QTest::keyClick(search, Qt::Key_Return);
    const int second = view->selectedIndex();
    ASSERT_GE(second, 0);
    EXPECT_NE(second, first);
    EXPECT_TRUE(matches(view->model().event(second), QStringLiteral("deepseek")));
    EXPECT_TRUE(search->hasFocus()) << "the user keeps typing in the search";
    // Past the last match, Enter comes back to the first.
    QSet<int> seen{first, second};
    for (int i = 0; i < view->model().matchCount(); ++i) {
        QTest::keyClick(search, Qt::Key_Return);
        seen.insert(view->selectedIndex());
    }
    EXPECT_EQ(seen.size(), view->model().matchCount());
}

TEST_F(FirstHourTimeline, OverflowMarksSayWhatTheyAre)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    auto *page = static_cast<TimelinePage *>(w->page(QStringLiteral("timeline")));
    TimelineView *view = page->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home); // every event: the lanes overflow
    view->flushLayout();
    const FrameBadge *lone = nullptr, *group = nullptr;
    for (const FrameBadge &b : view->frame().badges) {
        if (b.items.size() == 1 && !lone)
            lone = &b;
        if (b.items.size() > 1 && !group)
            group = &b;
    }
    ASSERT_TRUE(lone && group) << "all time should leave both kinds of marks";
    for (const auto &[badge, expected] : {std::pair{lone, QStringLiteral("Hollow dot")}, std::pair{group, QStringLiteral("no room")}}) {
        const QString want = expected; // a structured binding cannot be captured portably
        const QPoint at = badge->rect.center().toPoint();
        QTest::mouseMove(view->viewport(), at);
        // What Qt sends after the pointer rests there.
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &help);
        EXPECT_TRUE(waitFor([&] { return QToolTip::isVisible() && QToolTip::text().contains(want); }, 3000))
            << qPrintable(QToolTip::text());
        QToolTip::hideText();
    }
}

// Keyboard users are never trapped in the timeline: Ctrl+Tab (and
// Ctrl+Shift+Tab) leave it at once, and plain Tab leaves it after the last
// event. Keys go through the window, as a keyboard's would.
TEST_F(FirstHourTimeline, TabMovesTheFocusOutOfTheTimelineView)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    auto *page = static_cast<TimelinePage *>(w->page(QStringLiteral("timeline")));
    TimelineView *view = page->view();
    QWindow *window = w->windowHandle();
    const auto focusTheView = [&] {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(4, view->viewport()->height() - 4));
        return waitFor([&] { return view->hasFocus(); }, 2000);
    };
    ASSERT_TRUE(focusTheView());

    QTest::keyClick(window, Qt::Key_Tab, Qt::ControlModifier);
    QWidget *next = QApplication::focusWidget();
    EXPECT_FALSE(view->hasFocus()) << "Ctrl+Tab kept the focus in the timeline";
    ASSERT_TRUE(next && w->isAncestorOf(next) && next->isVisible());

    ASSERT_TRUE(focusTheView());
    QTest::keyClick(window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget *previous = QApplication::focusWidget();
    EXPECT_FALSE(view->hasFocus()) << "Ctrl+Shift+Tab kept the focus in the timeline";
    ASSERT_TRUE(previous && w->isAncestorOf(previous) && previous->isVisible());
    EXPECT_NE(previous, next) << "backwards went the same way as forwards";

    // Plain Tab visits the events, then leaves after the last one.
    ASSERT_TRUE(focusTheView());
    view->selectIndex(-1);
    const int events = view->model().size();
    ASSERT_GT(events, 10);
    int presses = 0;
    while (view->hasFocus() && presses <= events + 1) {
        QTest::keyClick(window, Qt::Key_Tab);
        ++presses;
    }
    EXPECT_FALSE(view->hasFocus()) << "Tab never left the timeline";
    EXPECT_LE(presses, events + 1);
    EXPECT_GT(presses, 1) << "the first Tab should select an event, not leave";
}
