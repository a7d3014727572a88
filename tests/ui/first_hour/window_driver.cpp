#include "window_driver.h"

#include "charts/chart_view.h"
#include "charts/event_marker_item.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"
#include "pages/markets_page.h"
#include "pages/overview_page.h"
#include "widgets/stat_card.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QListWidget>
#include <QTest>

namespace stratos::test {

SeededStore::SeededStore()
{
    auto opened = Store::open(m_dir.filePath(QStringLiteral("first-hour.sqlite")));
    if (opened)
        m_store.reset(opened->release());
    else
        m_error = opened.error().toString();
}

bool showWindow(MainWindow &w, QSize size)
{
    w.resize(size);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    w.activateWindow();
    QApplication::setActiveWindow(&w);
    return QApplication::activeWindow() == &w;
}

bool clickSidebar(MainWindow &w, const QString &pageId)
{
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    const int row = int(MainWindow::pageIds().indexOf(pageId));
    if (!sidebar || row < 0)
        return false;
    const QRect r = sidebar->visualItemRect(sidebar->item(row));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, r.center());
    QTest::qWait(50);
    return w.currentPageId() == pageId;
}

bool clickOverviewCard(MainWindow &w, const QString &key)
{
    auto *overview = static_cast<OverviewPage *>(w.page(QStringLiteral("overview")));
    StatCard *card = overview ? overview->card(key) : nullptr;
    if (!card || !card->isVisible())
        return false;
    QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
    return true;
}

MarketsPage *marketsPage(MainWindow &w)
{
    return static_cast<MarketsPage *>(w.page(QStringLiteral("markets")));
}

EventMarkerItem *findMarker(ChartView *view, const QString &title)
{
    SpecChart *c = view->chart();
    for (EventMarkerItem *m : c ? c->markerItems() : QList<EventMarkerItem *>())
        if (m->marker().label.contains(title))
            return m;
    return nullptr;
}

QPoint markerHandle(ChartView *view, EventMarkerItem *marker)
{
    return view->plot()->mapFromScene(marker->mapToScene(marker->handleCenter()));
}

QPoint viewportPoint(ChartView *view, const QGraphicsItem *item)
{
    return view->plot()->mapFromScene(item->sceneBoundingRect().center());
}

QGraphicsItem *legendEntry(ChartView *view, const QString &label)
{
    SpecChart *c = view->chart();
    if (!c)
        return nullptr;
    // Qt Charts draws each legend entry's label as a text item inside the legend.
    QList<QGraphicsItem *> todo = c->legend()->childItems();
    while (!todo.isEmpty()) {
        QGraphicsItem *item = todo.takeFirst();
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->toPlainText() == label)
            return text;
        todo += item->childItems();
    }
    return nullptr;
}

void clickChart(ChartView *view, QPoint pos)
{
    QTest::mouseClick(view->plot()->viewport(), Qt::LeftButton, {}, pos);
}

} // namespace stratos::test
