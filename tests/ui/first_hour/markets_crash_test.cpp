// Issue 12, bug 1: Markets → click the "AI Diffusion rule" marker → Overview →
// click the "Nvidia's largest one-day fall" card killed Stratos (SIGSEGV in
// QGraphicsView::paintEvent): the old chart's marker had shrunk its bounding rect
// without telling the scene's index, which then kept the deleted item. Driven
// here with real mouse clicks on the real main window; ASan names any leftover.
#include "window_driver.h"

#include "charts/chart_view.h"
#include "charts/event_marker_item.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"
#include "pages/event_study_panel.h"
#include "pages/markets_page.h"
#include "charts/chart_panel.h"

#include <QFontMetrics>
#include <QGraphicsScene>
#include <QImage>
#include <QScreen>
#include <QTest>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

class MarketsClicks : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_store = new SeededStore; }
    static void TearDownTestSuite() { delete s_store; }
    void SetUp() override { ASSERT_TRUE(s_store->store()) << qPrintable(s_store->error()); }
    static SeededStore *s_store;
};
SeededStore *MarketsClicks::s_store = nullptr;

} // namespace

TEST_F(MarketsClicks, DiffusionMarkerThenNvidiaCardDoesNotCrash)
{
    MainWindow w(*s_store->store());
    ASSERT_TRUE(showWindow(w));
    ASSERT_TRUE(clickSidebar(w, QStringLiteral("markets")));
    MarketsPage *markets = marketsPage(w);
    ChartView *view = markets->charts()->view();
    QTest::qWait(300); // the first layout places the markers
    EventMarkerItem *diffusion = findMarker(view, QStringLiteral("AI Diffusion rule"));
    ASSERT_TRUE(diffusion) << "the seeded Markets chart shows the AI Diffusion rule";
    ASSERT_TRUE(diffusion->isVisible());
    clickChart(view, markerHandle(view, diffusion));
    EXPECT_TRUE(diffusion->isHighlighted());
    EXPECT_EQ(markets->eventStudy()->currentEvent(), QStringLiteral("ai-diffusion-rule"));
    QTest::qWait(100);

    ASSERT_TRUE(clickSidebar(w, QStringLiteral("overview")));
    ASSERT_TRUE(clickOverviewCard(w, QStringLiteral("nvda_fall")));
    // The card opens Markets on the daily changes; the chart is rebuilt (at once and
    // after the range debounce) and painted: that paint used to crash.
    EXPECT_EQ(w.currentPageId(), QStringLiteral("markets"));
    EXPECT_EQ(markets->charts()->currentChart(), QStringLiteral("markets.daily-change"));
    QTest::qWait(400);
    view->plot()->viewport()->repaint();
    // Everything the scene can find must belong to the chart now shown.
    SpecChart *shown = view->chart();
    for (QGraphicsItem *item : view->plot()->scene()->items(view->plot()->sceneRect()))
        EXPECT_EQ(item->topLevelItem(), static_cast<QGraphicsItem *>(shown));
    // Hovering and clicking over the old marker's place keeps working.
    for (int x = 0; x < view->plot()->viewport()->width(); x += 40)
        QTest::mouseMove(view->plot()->viewport(), QPoint(x, view->plot()->viewport()->height() / 3));
    QTest::qWait(50);
    EXPECT_TRUE(view->spec().findSeries(QStringLiteral("NVDA")));
}

// Issue 12, bug 5: choosing another marker left the previous marker's title box
// drawn under the new one (the part of the screen it covered was never repainted).
TEST_F(MarketsClicks, ChoosingAnotherMarkerErasesTheOldTitle)
{
    MainWindow w(*s_store->store());
    ASSERT_TRUE(showWindow(w));
    ASSERT_TRUE(clickSidebar(w, QStringLiteral("markets")));
    MarketsPage *markets = marketsPage(w);
    ChartView *view = markets->charts()->view();
    QTest::qWait(300);
    EventMarkerItem *first = findMarker(view, QStringLiteral("AI Diffusion rule"));
    ASSERT_TRUE(first);
    clickChart(view, markerHandle(view, first));
    ASSERT_TRUE(first->isHighlighted());
    QTest::qWait(200);
    // The title box of the first marker, in viewport pixels: the top strip of its
    // highlighted bounds beside the line (right of it, or left near the plot's edge).
    const QRect bounds = view->plot()->mapFromScene(first->mapToScene(first->boundingRect())).boundingRect();
    const int lineX = markerHandle(view, first).x();
    const int boxHeight = QFontMetrics(QFont()).height() + 8;
    const QRect oldTitle = bounds.right() - lineX > lineX - bounds.left()
                               ? QRect(QPoint(lineX + 10, bounds.top()), QPoint(bounds.right(), bounds.top() + boxHeight))
                               : QRect(QPoint(bounds.left(), bounds.top()), QPoint(lineX - 10, bounds.top() + boxHeight));
    ASSERT_GT(oldTitle.width(), 60);
    // Another marker, not on the same spot.
    EventMarkerItem *second = nullptr;
    for (EventMarkerItem *m : view->chart()->markerItems())
        if (m != first && m->isVisible() && std::abs(markerHandle(view, m).x() - markerHandle(view, first).x()) > 30)
            second = m;
    ASSERT_TRUE(second) << "a second marker on the chart";
    clickChart(view, markerHandle(view, second));
    ASSERT_TRUE(second->isHighlighted());
    ASSERT_FALSE(first->isHighlighted());
    QTest::mouseMove(w.findChild<QWidget *>(QStringLiteral("sidebar")), QPoint(20, 20)); // no tooltip over the chart
    QTest::qWait(300);
    // The new marker's line and title may cover part of the old box: compare the rest.
    const QRect covered = view->plot()->mapFromScene(second->mapToScene(second->boundingRect()))
                              .boundingRect().adjusted(-3, -3, 3, 3);
    // What the screen shows there must be what a full repaint draws.
    const QRect onWindow(view->plot()->viewport()->mapTo(&w, oldTitle.topLeft()), oldTitle.size());
    const QImage screen = w.screen()->grabWindow(w.winId()).toImage().copy(onWindow);
    const QImage fresh = view->plot()->viewport()->grab(oldTitle).toImage();
    ASSERT_EQ(screen.size(), fresh.size());
    if (const QString dir = qEnvironmentVariable("STRATOS_TEST_SHOT_DIR"); !dir.isEmpty())
        w.screen()->grabWindow(w.winId()).save(dir + QStringLiteral("/markets-second-marker.png"));
    const QImage a = screen.convertToFormat(QImage::Format_RGB32), b = fresh.convertToFormat(QImage::Format_RGB32);
    int compared = 0, differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            if (covered.contains(oldTitle.topLeft() + QPoint(x, y)))
                continue;
            ++compared;
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            differing += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue()) > 60;
        }
    ASSERT_GT(compared, oldTitle.width() * oldTitle.height() / 4) << "the second marker hides most of the first one's title";
    EXPECT_LT(differing, compared / 50) << "the first marker's title is still on screen (" << differing << " of "
                                        << compared << " pixels differ)";
}
