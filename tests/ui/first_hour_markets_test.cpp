// Issue 12, bug 3 and the polish list, on the real window: Markets range presets
// count back from the chosen securities' newest bar, an index whose prices stop
// early says so on the chart and in the event study; menu text, lane names,
// launch times and the licence in About.
#include "charts/chart_palette.h"
#include "charts/chart_panel.h"
#include "charts/chart_view.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"
#include "first_hour_util.h"
#include "pages/event_study_panel.h"
#include "pages/markets_page.h"
#include "pages/timeline_page.h"
#include "repository.h"
#include "web_test_util.h"
#include "widgets/check_list_button.h"

#include <QAbstractAxis>
#include <QComboBox>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QWheelEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>

using namespace stratos;
using namespace stratos::test;

namespace {

class FirstHourMarkets : public SeededStoreSuite
{
};

QString day(QDate d) { return QLocale(QLocale::English).toString(d, QStringLiteral("d MMM yyyy")); }

// STRATOS_TEST_SHOTS=/dir keeps a picture of what the test saw, to look at.
void keepShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRATOS_TEST_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QPair<QDate, QDate> seriesSpan(const charts::ChartSpec &spec, const QString &key)
{
    const charts::Series *s = spec.findSeries(key);
    if (!s || s->points.isEmpty())
        return {};
    return {charts::xToDay(s->points.first().x()), charts::xToDay(s->points.last().x())};
}

bool chartShowsText(ChartView *view, const QString &part)
{
    for (QGraphicsItem *item : view->chart()->scene()->items())
        if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item); t && t->isVisible() && t->text().contains(part))
            return true;
    return false;
}

} // namespace

TEST_F(FirstHourMarkets, RangePresetsCountBackFromTheChosenSecurities)
{
    // The bug needs series that end on different days, as in the first seed:
    // ^GSPC trading on after the others, the ^IXIC benchmark stopping first.
    // The seed's series now all end within a day of each other, so this test
    // cuts them to that shape, in a transaction undone at its end.
    QSqlDatabase db = s_store->database();
    ASSERT_TRUE(db.transaction());
    const auto undo = qScopeGuard([&] { db.rollback(); });
    QSqlQuery cut(db);
    ASSERT_TRUE(cut.exec(QStringLiteral("DELETE FROM price_bar WHERE day > '2025-12-30' AND "
                                        "security_id <> (SELECT id FROM security WHERE symbol = '^GSPC')")));
    ASSERT_TRUE(cut.exec(QStringLiteral("DELETE FROM price_bar WHERE day > '2025-08-29' AND "
                                        "security_id = (SELECT id FROM security WHERE symbol = '^IXIC')")));
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(w->currentPageId(), QStringLiteral("markets"));
    auto *markets = static_cast<MarketsPage *>(w->page(QStringLiteral("markets")));
    const QStringList chosen = markets->securities()->checked();
    ASSERT_TRUE(chosen.contains(QStringLiteral("NVDA"))) << qPrintable(chosen.join(u','));
    QDate end, storeEnd, benchmarkEnd;
    for (const SecuritySummary &s : Repository(s_store->database()).securities()) {
        if (chosen.contains(s.security.symbol))
            end = std::max(end, s.lastDay);
        storeEnd = std::max(storeEnd, s.lastDay);
        if (s.security.symbol == EventStudyPanel::kBenchmark)
            benchmarkEnd = s.lastDay;
    }
    // The bug needs a security that trades on after the chosen ones (^GSPC in the seed).
    ASSERT_LT(end, storeEnd);
    ASSERT_LT(benchmarkEnd, end);
    ChartView *view = markets->charts()->view();
    auto *preset = markets->findChild<QComboBox *>(QStringLiteral("rangePreset"));
    ASSERT_TRUE(preset);
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_Down);
    QTest::keyClick(preset, Qt::Key_Down);
    ASSERT_EQ(preset->currentText(), QStringLiteral("Last 3 months"));
    ASSERT_TRUE(waitFor([&] { return seriesSpan(view->spec(), QStringLiteral("NVDA")).second == end; }, 5000))
        << "NVDA is plotted to " << qPrintable(seriesSpan(view->spec(), QStringLiteral("NVDA")).second.toString(Qt::ISODate));
    for (const QString &symbol : chosen) {
        if (symbol == EventStudyPanel::kBenchmark)
            continue;
        const auto [first, last] = seriesSpan(view->spec(), symbol);
        EXPECT_TRUE(first.isValid()) << qPrintable(symbol) << " has no line in the last 3 months";
        EXPECT_GE(first, end.addMonths(-3));
        EXPECT_LE(first, end.addMonths(-3).addDays(7));
    }
    // The benchmark has nothing in these months: the chart names it and the day its prices end.
    EXPECT_FALSE(view->spec().findSeries(EventStudyPanel::kBenchmark));
    EXPECT_TRUE(view->spec().subtitle.contains(QStringLiteral("%1 (prices end %2)").arg(EventStudyPanel::kBenchmark, day(benchmarkEnd))))
        << qPrintable(view->spec().subtitle);
    keepShot(markets, QStringLiteral("markets-last-3-months"));

    QTest::keyClick(preset, Qt::Key_Down);
    ASSERT_EQ(preset->currentText(), QStringLiteral("Last 12 months"));
    ASSERT_TRUE(waitFor([&] { return seriesSpan(view->spec(), QStringLiteral("NVDA")).first <= end.addYears(-1).addDays(7); }, 5000));
    EXPECT_GE(seriesSpan(view->spec(), QStringLiteral("NVDA")).first, end.addYears(-1));
    EXPECT_EQ(seriesSpan(view->spec(), QStringLiteral("NVDA")).second, end);
    // ^IXIC stops inside this range: its last point says so, on screen.
    EXPECT_EQ(seriesSpan(view->spec(), EventStudyPanel::kBenchmark).second, benchmarkEnd);
    const QString note = QStringLiteral("%1: no prices after %2").arg(EventStudyPanel::kBenchmark, day(benchmarkEnd));
    EXPECT_TRUE(waitFor([&] { return chartShowsText(view, note); }, 3000)) << qPrintable(note);
    // And the event study says why its list of events stops there.
    QLabel *studyNote = markets->eventStudy()->benchmarkEndNote();
    EXPECT_TRUE(studyNote->isVisible());
    EXPECT_TRUE(studyNote->text().contains(day(benchmarkEnd))) << qPrintable(studyNote->text());
    keepShot(markets, QStringLiteral("markets-last-12-months"));
}

TEST_F(FirstHourMarkets, ViewMenuShowsTheAmpersandOfModelsAndCosts)
{
    auto w = shownWindow(*s_store);
    QAction *models = nullptr;
    for (QAction *top : w->menuBar()->actions())
        if (top->menu())
            for (QAction *a : top->menu()->actions())
                if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+2")))
                    models = a;
    ASSERT_TRUE(models);
    // A single '&' is a mnemonic marker and is not drawn ("Models _costs"); "&&" draws one '&'.
    EXPECT_EQ(models->text(), QStringLiteral("Models && costs"));
}

TEST_F(FirstHourMarkets, LaneFilterNamesLanesAsTheUserSeesThem)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    auto *timeline = static_cast<TimelinePage *>(w->page(QStringLiteral("timeline")));
    CheckListButton *lanes = timeline->laneFilter();
    QListWidget *list = lanes->list();
    int documents = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == QStringLiteral("Documents"))
            documents = i;
    ASSERT_GE(documents, 0);
    list->setCurrentRow(documents);
    QTest::keyClick(list, Qt::Key_Space); // untick Documents
    ASSERT_EQ(list->item(documents)->checkState(), Qt::Unchecked);
    // The face is laid out again once the new text's width is known.
    EXPECT_TRUE(waitFor([&] { return lanes->text().startsWith(QStringLiteral("Lanes: AI models, Markets")); }, 3000))
        << qPrintable(lanes->text());
    EXPECT_FALSE(lanes->text().contains(QStringLiteral("model,"))) << qPrintable(lanes->text());
    QTest::keyClick(list, Qt::Key_Space);
}

TEST_F(FirstHourMarkets, LaunchTimesReadTheSameInEveryRow)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
    static const QRegularExpression format(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d( \\d\\d:\\d\\d)?$"));
    int rows = 0;
    for (QTableView *table : w->page(QStringLiteral("space"))->findChildren<QTableView *>()) {
        const QAbstractItemModel *m = table->model();
        for (int c = 0; c < m->columnCount(); ++c) {
            if (m->headerData(c, Qt::Horizontal).toString() != QStringLiteral("Launched (UTC)"))
                continue;
            for (int r = 0; r < m->rowCount(); ++r, ++rows) {
                const QString text = m->index(r, c).data().toString();
                ASSERT_TRUE(format.match(text).hasMatch()) << "row " << r << ": " << qPrintable(text);
            }
        }
    }
    EXPECT_GT(rows, 100);
}

TEST_F(FirstHourMarkets, AboutShowsTheLicence)
{
    auto w = shownWindow(*s_store);
    QString text;
    bool came = false;
    whenModal([&text](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            text = box->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    }, &came);
    w->showAbout();
    ASSERT_TRUE(came);
    EXPECT_TRUE(text.contains(QStringLiteral("Apache License, Version 2.0"))) << qPrintable(text);
}

TEST_F(FirstHourMarkets, ThePartialLastYearOfLaunchesIsMarked)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
    ASSERT_TRUE(w->openChart(QStringLiteral("space.launches-per-year")));
    auto *space = w->page(QStringLiteral("space"));
    ChartView *view = space->findChild<ChartView *>();
    ASSERT_TRUE(view);
    ASSERT_TRUE(waitFor([&] { return view->spec().id == QLatin1String("space.launches-per-year"); }, 3000));
    const charts::ChartSpec &spec = view->spec();
    ASSERT_FALSE(spec.categories.isEmpty());
    // The seed's launches stop inside their last year: its bar says so where it stands.
    // A short mark the axis never elides, explained in the subtitle.
    EXPECT_TRUE(spec.categories.last().endsWith(u'*')) << qPrintable(spec.categories.last());
    EXPECT_TRUE(spec.subtitle.contains(QStringLiteral("*the %1 bar is partial, launches to ").arg(spec.categories.last().chopped(1))))
        << qPrintable(spec.subtitle);
    EXPECT_TRUE(spec.series.first().tooltips.last().contains(QStringLiteral("Partial year")));
    EXPECT_FALSE(spec.categories.first().contains(u'*'));
}

TEST(FirstHourColours, SeriesShownTogetherCanBeToldApart)
{
    const auto apart = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) > 90;
    };
    for (bool dark : {false, true}) {
        EXPECT_TRUE(apart(seriesColor(QStringLiteral("country:RU"), 0, dark), seriesColor(QStringLiteral("country:Other"), 1, dark)));
        const QStringList constellations = {"Starlink", "Kuiper", "OneWeb", "Guowang", "Qianfan"};
        for (const QString &a : constellations) {
            const QColor ca = seriesColor(QStringLiteral("constellation:") + a, 0, dark);
            // The constellation chart's event markers wear the space lane's colour.
            EXPECT_TRUE(apart(ca, laneColor(QStringLiteral("space"), dark))) << qPrintable(a);
            for (const QString &b : constellations) {
                if (a < b) {
                    EXPECT_TRUE(apart(ca, seriesColor(QStringLiteral("constellation:") + b, 0, dark)))
                        << qPrintable(a) << " / " << qPrintable(b);
                }
            }
        }
    }
}

TEST_F(FirstHourMarkets, AnEmptyChartSaysSoWithoutAMeaninglessAxis)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_3, Qt::ControlModifier);
    auto *markets = static_cast<MarketsPage *>(w->page(QStringLiteral("markets")));
    QListWidget *list = markets->securities()->list();
    const QStringList before = markets->securities()->checked();
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) {
            list->setCurrentRow(i);
            QTest::keyClick(list, Qt::Key_Space);
        }
    ASSERT_TRUE(markets->securities()->checked().isEmpty());
    ChartView *view = markets->charts()->view();
    ASSERT_TRUE(waitFor([&] { return view->spec().series.isEmpty(); }, 3000));
    EXPECT_TRUE(chartShowsText(view, QStringLiteral("No data for this selection")));
    for (QAbstractAxis *axis : view->chart()->axes())
        EXPECT_FALSE(axis->isVisible()) << "an empty chart still draws an axis";
    keepShot(view, QStringLiteral("markets-empty"));
    markets->securities()->setChecked(before);
}

TEST_F(FirstHourMarkets, AZoomedChartsSubtitleAndExportNameTheDaysShown)
{
    auto w = shownWindow(*s_store);
    ASSERT_TRUE(w->openChart(QStringLiteral("markets.rebased?series=NVDA,TSM&from=2024-12-02&to=2025-02-28")));
    auto *markets = static_cast<MarketsPage *>(w->page(QStringLiteral("markets")));
    ChartView *view = markets->charts()->view();
    ASSERT_TRUE(waitFor([&] { return view->spec().subtitle.contains(QStringLiteral("2 Dec 2024 – 28 Feb 2025")); }, 3000))
        << qPrintable(view->spec().subtitle);
    QApplication::processEvents();
    // Two notches of the wheel in the middle of the plot, as a user zooms in.
    QWidget *plot = view->plot()->viewport();
    const QPoint at = view->plot()->mapFromScene(view->chart()->plotArea().center());
    for (int i = 0; i < 2; ++i) {
        QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot, &wheel);
    }
    ASSERT_TRUE(view->chart()->isZoomedIn());
    const auto [lo, hi] = view->chart()->xRange();
    const QString shown = QStringLiteral("%1 – %2").arg(day(charts::xToDay(lo)), day(charts::xToDay(hi)));
    bool onScreen = false;
    for (QGraphicsItem *item : view->chart()->scene()->items())
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item); t && t->toPlainText().contains(shown))
            onScreen = true;
    EXPECT_TRUE(onScreen) << "the subtitle on screen does not say " << qPrintable(shown);
    // Exports are made from what is on screen.
    EXPECT_TRUE(view->chart()->visibleSpec().subtitle.contains(shown)) << qPrintable(view->chart()->visibleSpec().subtitle);
    EXPECT_FALSE(view->chart()->visibleSpec().subtitle.contains(QStringLiteral("2 Dec 2024")));
}
