// Issue 12, bug 5: stale state on Markets. The event panel and the event study
// must follow the range when it moves, and a series hidden in the legend must
// come back when an overview card opens a chart that names it.
#include "window_driver.h"

#include "charts/chart_panel.h"
#include "charts/chart_view.h"
#include "charts/event_marker_item.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"
#include "pages/event_study_panel.h"
#include "pages/markets_page.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

class MarketsState : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_store = new SeededStore; }
    static void TearDownTestSuite() { delete s_store; }
    void SetUp() override { ASSERT_TRUE(s_store->store()) << qPrintable(s_store->error()); }
    static SeededStore *s_store;
};
SeededStore *MarketsState::s_store = nullptr;

// The From and To boxes, left to right.
QList<QDateEdit *> dateEdits(MarketsPage *page)
{
    QList<QDateEdit *> edits = page->findChildren<QDateEdit *>();
    std::sort(edits.begin(), edits.end(), [](QDateEdit *a, QDateEdit *b) { return a->x() < b->x(); });
    return edits;
}

// Types a date as a user does: double-click the year to select it and type the
// digits (each full section moves on to the next), then press Enter.
void typeDate(QDateEdit *edit, const QString &isoDate)
{
    QTest::qWait(QApplication::doubleClickInterval() + 50); // no triple click with the last one
    QTest::mouseDClick(edit, Qt::LeftButton, {}, QPoint(12, edit->height() / 2));
    QTest::keyClicks(edit, QString(isoDate).remove(u'-'));
    QTest::keyClick(edit, Qt::Key_Return);
}

QDate eventDay(EventStudyPanel *study)
{
    // The picker's entries read "2025-01-27 · title".
    return QDate::fromString(study->eventPicker()->currentText().left(10), Qt::ISODate);
}

} // namespace

TEST_F(MarketsState, EventStudyFollowsTheRange)
{
    MainWindow w(*s_store->store());
    ASSERT_TRUE(showWindow(w));
    ASSERT_TRUE(clickSidebar(w, QStringLiteral("markets")));
    MarketsPage *markets = marketsPage(w);
    EventStudyPanel *study = markets->eventStudy();
    const QList<QDateEdit *> edits = dateEdits(markets);
    ASSERT_EQ(edits.size(), 2);
    ASSERT_EQ(eventDay(study), QDate(2025, 1, 27)) << "the default range opens on the DeepSeek sell-off";

    // After each move of the range: an event inside it, shown in the details, the
    // table and on the chart; or, where the chart marks none the study can offer,
    // nothing of the old one.
    auto checkFollows = [&] {
        const QDate from = edits[0]->date(), to = edits[1]->date();
        SCOPED_TRACE((from.toString(Qt::ISODate) + u'/' + to.toString(Qt::ISODate)).toStdString());
        if (QDate(2025, 1, 27) < from || QDate(2025, 1, 27) > to) {
            EXPECT_NE(eventDay(study), QDate(2025, 1, 27)) << "the event panel stayed on January 2025";
        }
        EventMarkerItem *highlighted = nullptr;
        for (EventMarkerItem *m : markets->charts()->view()->chart()->markerItems())
            if (m->isHighlighted())
                highlighted = m;
        if (study->currentEvent().isEmpty()) {
            EXPECT_GT(from, QDate(2025, 1, 27)) << "older ranges have events the chart marks";
            EXPECT_TRUE(study->details()->toPlainText().isEmpty());
            EXPECT_EQ(study->table()->model()->rowCount(), 0);
            EXPECT_FALSE(highlighted);
            return;
        }
        const QDate day = eventDay(study);
        ASSERT_TRUE(day.isValid());
        EXPECT_GE(day, from);
        EXPECT_LE(day, to);
        EXPECT_TRUE(study->details()->toPlainText().contains(QString::number(day.year())))
            << qPrintable(study->details()->toPlainText());
        ASSERT_TRUE(highlighted);
        EXPECT_EQ(highlighted->marker().key, study->currentEvent());
        EXPECT_TRUE(highlighted->isVisible());
    };

    // The presets, chosen with the keyboard: Down steps through them (Custom, DeepSeek
    // shock, Last 3 months, Last 12 months, Since ChatGPT, All data).
    QComboBox *presets = nullptr;
    for (QComboBox *box : markets->findChildren<QComboBox *>())
        if (box->findText(QStringLiteral("Last 12 months")) == 3)
            presets = box;
    ASSERT_TRUE(presets);
    for (int i = 1; i <= 3; ++i)
        QTest::keyClick(presets, Qt::Key_Down);
    QTest::qWait(400); // the replot is debounced
    ASSERT_GT(edits[1]->date(), QDate(2025, 6, 1)) << "the last 12 months end after mid-2025";
    checkFollows();
    QTest::keyClick(presets, Qt::Key_Down); // since ChatGPT
    QTest::qWait(400);
    checkFollows();
    const QString kept = study->currentEvent();
    ASSERT_FALSE(kept.isEmpty());
    QTest::keyClick(presets, Qt::Key_Down); // all data: the chosen event is still inside, so it stays
    QTest::qWait(400);
    EXPECT_EQ(study->currentEvent(), kept);

    // 2020, typed into the date boxes.
    typeDate(edits[0], QStringLiteral("2020-01-01"));
    typeDate(edits[1], QStringLiteral("2020-12-31"));
    ASSERT_EQ(edits[0]->date(), QDate(2020, 1, 1));
    ASSERT_EQ(edits[1]->date(), QDate(2020, 12, 31));
    QTest::qWait(400);
    checkFollows();
    EXPECT_FALSE(study->currentEvent().isEmpty()) << "2020 has a market event on the chart";
}

TEST_F(MarketsState, CardShowsASeriesHiddenInTheLegend)
{
    MainWindow w(*s_store->store());
    ASSERT_TRUE(showWindow(w));
    ASSERT_TRUE(clickSidebar(w, QStringLiteral("markets")));
    ChartView *view = marketsPage(w)->charts()->view();
    QTest::qWait(300);
    QGraphicsItem *nvda = legendEntry(view, QStringLiteral("NVDA"));
    ASSERT_TRUE(nvda) << "the rebased chart's legend lists NVDA";
    clickChart(view, viewportPoint(view, nvda));
    ASSERT_TRUE(view->chart()->isSeriesHidden(QStringLiteral("NVDA"))) << "a legend click hides the series";

    ASSERT_TRUE(clickSidebar(w, QStringLiteral("overview")));
    ASSERT_TRUE(clickOverviewCard(w, QStringLiteral("nvda_fall")));
    QTest::qWait(400);
    ASSERT_EQ(marketsPage(w)->charts()->currentChart(), QStringLiteral("markets.daily-change"));
    EXPECT_FALSE(view->chart()->isSeriesHidden(QStringLiteral("NVDA"))) << "the card is about NVDA: show it";
    EXPECT_FALSE(view->hiddenSeries().contains(QStringLiteral("NVDA")));
    EXPECT_TRUE(view->exportSpec().findSeries(QStringLiteral("NVDA")));
}
