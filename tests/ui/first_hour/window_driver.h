#pragma once
// Drives the real main window the way a user does: real mouse clicks on the
// sidebar, cards, chart markers and legend entries (QTest events on the widgets
// under the pointer), on a real seeded SQLite store in a temporary folder.

#include "main_window.h"
#include "store.h"

#include <QPoint>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class QGraphicsItem;
class QWidget;

namespace stratos {
class ChartView;
class EventMarkerItem;
class MarketsPage;
} // namespace stratos

namespace stratos::test {

// A seeded store in its own temporary folder, shared by a test suite.
class SeededStore
{
public:
    SeededStore();
    Store *store() const { return m_store.get(); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_error;
};

// Shows `w` at `size`, waits until it is on screen and makes it the active window
// (Xvfb has no window manager to do that).
bool showWindow(MainWindow &w, QSize size = QSize(1440, 900));

// Clicks the page's entry in the sidebar; true when that page is now current.
bool clickSidebar(MainWindow &w, const QString &pageId);
// Clicks the overview card with this key ("nvda_fall"); true when it exists.
bool clickOverviewCard(MainWindow &w, const QString &key);

MarketsPage *marketsPage(MainWindow &w);
// The marker on the chart whose event title contains `title`, or null.
EventMarkerItem *findMarker(ChartView *view, const QString &title);
// Where a user clicks a marker: the diamond at its top, in viewport coordinates.
QPoint markerHandle(ChartView *view, EventMarkerItem *marker);
// A scene item's centre in the chart viewport's coordinates.
QPoint viewportPoint(ChartView *view, const QGraphicsItem *item);
// The legend entry showing `label`, or null.
QGraphicsItem *legendEntry(ChartView *view, const QString &label);
// Clicks at `pos` in the chart's viewport.
void clickChart(ChartView *view, QPoint pos);

} // namespace stratos::test
