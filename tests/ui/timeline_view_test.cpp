// The timeline widget itself, on synthetic events: zoom round trips, the time
// under the cursor, keyboard zoom and pan, badges that expand.
#include "timeline/timeline_view.h"

#include <QApplication>
#include <QTest>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::timeline;

namespace {

QList<TimelineEvent> synthetic(int n, QDate from, int days)
{
    QList<TimelineEvent> out;
    const QList<Lane> lanes = {Lane::Model, Lane::Market, Lane::Space, Lane::Policy};
    for (int i = 0; i < n; ++i) {
        TimelineEvent e;
        e.event.key = QStringLiteral("e%1").arg(i);
        e.event.day = from.addDays(qint64(i) * days / n);
        e.event.title = QStringLiteral("Event number %1 with a title").arg(i);
        e.event.importance = 1 + i % 3;
        e.lane = lanes[i % lanes.size()];
        e.t = dayToTime(e.event.day);
        out.append(e);
    }
    return out;
}

void wheel(TimelineView &view, QPointF at, int notches)
{
    QWheelEvent ev(at, view.viewport()->mapToGlobal(at.toPoint()), QPoint(),
                   QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                   false);
    QApplication::sendEvent(view.viewport(), &ev);
}

class TimelineViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(1100, 600);
        view.setEvents(synthetic(400, QDate(2019, 1, 1), 7 * 365));
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.setVisibleDays(QDate(2022, 1, 1), QDate(2023, 12, 31));
        view.flushLayout();
    }
    TimelineView view;
};

} // namespace

TEST_F(TimelineViewTest, WheelStepsInThenOutReturnToTheSameRangeWithinAPixel)
{
    const double t0 = view.visibleStart(), t1 = view.visibleEnd();
    const double pxPerDay = view.scale().pixelsPerDay();
    const QPointF at(view.scale().x0() + 311, 200);
    const int n = 9;
    for (int i = 0; i < n; ++i)
        wheel(view, at, 1);
    EXPECT_LT(view.visibleEnd() - view.visibleStart(), (t1 - t0) / 5);
    for (int i = 0; i < n; ++i)
        wheel(view, at, -1);
    EXPECT_LT(std::abs(view.visibleStart() - t0) * pxPerDay, 1.0);
    EXPECT_LT(std::abs(view.visibleEnd() - t1) * pxPerDay, 1.0);
}

TEST_F(TimelineViewTest, WheelZoomKeepsTheTimeUnderTheCursor)
{
    for (double x : {view.scale().x0() + 20, view.scale().x0() + 400, view.scale().x0() + 900}) {
        const double before = view.timeAt(x);
        wheel(view, QPointF(x, 300), 1);
        EXPECT_NEAR(view.timeAt(x), before, 1e-6);
        wheel(view, QPointF(x, 300), -2);
        EXPECT_NEAR(view.timeAt(x), before, 1e-6);
    }
}

TEST_F(TimelineViewTest, KeysZoomPanAndFitAll)
{
    view.setFocus();
    const double span = view.visibleEnd() - view.visibleStart();
    QTest::keyClick(&view, Qt::Key_Plus);
    EXPECT_NEAR(view.visibleEnd() - view.visibleStart(), span / TimelineView::kWheelStep, 1e-6);
    QTest::keyClick(&view, Qt::Key_Minus);
    EXPECT_NEAR(view.visibleEnd() - view.visibleStart(), span, 1e-6);
    const double start = view.visibleStart();
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_GT(view.visibleStart(), start);
    QTest::keyClick(&view, Qt::Key_Left);
    EXPECT_NEAR(view.visibleStart(), start, 1e-6);
    QTest::keyClick(&view, Qt::Key_Home);
    EXPECT_LE(view.visibleStart(), view.model().firstTime());
    EXPECT_GE(view.visibleEnd(), view.model().lastTime());
}

TEST_F(TimelineViewTest, DragPansByThePixelsMoved)
{
    const double t = view.timeAt(500);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(500, 500));
    QMouseEvent move(QEvent::MouseMove, QPointF(620, 500),
                     view.viewport()->mapToGlobal(QPointF(620, 500)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(620, 500));
    EXPECT_NEAR(view.timeAt(620), t, 1e-6);
}

TEST_F(TimelineViewTest, DenseEventsClusterAndABadgeClickExpandsThem)
{
    view.fitAll();
    view.flushLayout();
    ASSERT_FALSE(view.frame().badges.isEmpty());
    int biggest = 0;
    for (qsizetype i = 0; i < view.frame().badges.size(); ++i)
        if (view.frame().badges[i].items.size() > view.frame().badges[biggest].items.size())
            biggest = int(i);
    const FrameBadge badge = view.frame().badges[biggest];
    ASSERT_GT(badge.items.size(), 1);
    const double spanBefore = view.visibleEnd() - view.visibleStart();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, badge.rect.center().toPoint());
    view.flushLayout();
    EXPECT_LT(view.visibleEnd() - view.visibleStart(), spanBefore);
    // More of the badge's events have labels now.
    int labelled = 0;
    for (int item : badge.items)
        labelled += view.frame().labelFor(item) != nullptr;
    EXPECT_GT(labelled, 0);
}

TEST_F(TimelineViewTest, ManyWheelEventsAreLaidOutOnce)
{
    const int before = view.layoutCount();
    for (int i = 0; i < 20; ++i)
        wheel(view, QPointF(600, 200), 1);
    EXPECT_EQ(view.layoutCount(), before); // nothing until the event loop turns
    QCoreApplication::processEvents();
    EXPECT_EQ(view.layoutCount(), before + 1);
}
