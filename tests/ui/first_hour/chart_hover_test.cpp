// Issue 12, bug 4: hover details on data points with a real pointer. The mouse
// is moved over a training-cost dot, a price line and a Space bar in the real
// main window (QTest::mouseMove over the chart's viewport); the tooltip must show
// that point's details and stay while the pointer rests there.
#include "window_driver.h"

#include "charts/chart_panel.h"
#include "charts/chart_view.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"
#include "pages/markets_page.h"
#include "pages/models_page.h"
#include "pages/space_page.h"

#include <QBarCategoryAxis>
#include <QTest>
#include <QToolTip>
#include <cmath>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::charts;
using namespace stratos::test;

namespace {

class ChartHover : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_store = new SeededStore; }
    static void TearDownTestSuite() { delete s_store; }
    void SetUp() override { ASSERT_TRUE(s_store->store()) << qPrintable(s_store->error()); }
    static SeededStore *s_store;
};
SeededStore *ChartHover::s_store = nullptr;

ChartView *openChart(MainWindow &w, const QString &pageId, ChartPanel *panel, const QString &chartId)
{
    if (!clickSidebar(w, pageId) || !panel->selectChart(chartId))
        return nullptr;
    QTest::qWait(300);
    return panel->view();
}

// A point in data units where it is drawn, in the chart viewport's coordinates.
QPoint onScreen(ChartView *view, double x, double y)
{
    SpecChart *c = view->chart();
    const double axisY = c->spec().y.kind == AxisKind::Log ? std::log10(y) : y;
    return view->plot()->mapFromScene(c->mapToScene(c->toPixel({x, axisY})));
}

// Moves the real pointer there (from elsewhere, so the view sees a move) and
// returns the tooltip shown once it has rested for longer than the tooltip delay.
QString hoverAt(ChartView *view, QPoint at)
{
    QWidget *viewport = view->plot()->viewport();
    QTest::mouseMove(viewport, QPoint(2, 2));
    QTest::qWait(100);
    QTest::mouseMove(viewport, at);
    if (!QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000))
        return QString();
    QTest::qWait(1200); // the view's own tooltip event comes after a pause: the text must survive it
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

TEST_F(ChartHover, TrainingCostDotShowsTheModel)
{
    MainWindow w(*s_store->store());
    ASSERT_TRUE(showWindow(w));
    auto *models = static_cast<ModelsPage *>(w.page(QStringLiteral("models")));
    ChartView *view = openChart(w, QStringLiteral("models"), models->charts(), QStringLiteral("models.training-cost"));
    ASSERT_TRUE(view);
    const ChartSpec &spec = view->chart()->spec();
    // DeepSeek-V3's dot, wherever the data put it.
    const Series *found = nullptr;
    qsizetype index = -1;
    for (const Series &s : spec.series)
        for (qsizetype i = 0; i < s.tooltips.size(); ++i)
            if (s.tooltips[i].startsWith(QLatin1String("DeepSeek-V3")))
                found = &s, index = i;
    ASSERT_TRUE(found) << "the seeded training-cost chart has DeepSeek-V3";
    const QPointF p = found->points[index];
    const QString text = hoverAt(view, onScreen(view, p.x(), p.y()));
    EXPECT_TRUE(text.startsWith(QLatin1String("DeepSeek-V3"))) << qPrintable(text);
    // Away from every dot: no tooltip.
    const QRectF plot = view->chart()->plotArea();
    QTest::mouseMove(view->plot()->viewport(),
                     view->plot()->mapFromScene(view->chart()->mapToScene(plot.topLeft() + QPointF(3, 3))));
    EXPECT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000)) << qPrintable(QToolTip::text());
}

TEST_F(ChartHover, PriceLineShowsTheDayAndClose)
{
    MainWindow w(*s_store->store());
    ASSERT_TRUE(showWindow(w));
    MarketsPage *markets = marketsPage(w);
    ChartView *view = openChart(w, QStringLiteral("markets"), markets->charts(), QStringLiteral("markets.rebased"));
    ASSERT_TRUE(view);
    const Series *nvda = view->chart()->spec().findSeries(QStringLiteral("NVDA"));
    ASSERT_TRUE(nvda && nvda->points.size() > 20);
    const qsizetype i = nvda->points.size() * 2 / 3;
    const QPointF p = nvda->points[i];
    const QString text = hoverAt(view, onScreen(view, p.x(), p.y()) + QPoint(0, 2)); // just off the line's centre
    // The nearest day (a neighbour may share the pixel column).
    QStringList accepted;
    for (qsizetype k = i - 1; k <= i + 1; ++k)
        accepted << nvda->tooltips.value(k);
    EXPECT_TRUE(text.startsWith(QLatin1String("NVDA"))) << qPrintable(text);
    EXPECT_TRUE(accepted.contains(text)) << qPrintable(text) << " not among " << qPrintable(accepted.join(" | "));
}

TEST_F(ChartHover, SpaceBarShowsItsYearAndCount)
{
    MainWindow w(*s_store->store());
    ASSERT_TRUE(showWindow(w));
    auto *space = static_cast<SpacePage *>(w.page(QStringLiteral("space")));
    ChartView *view = openChart(w, QStringLiteral("space"), space->charts(), QStringLiteral("space.launches-per-year"));
    ASSERT_TRUE(view);
    SpecChart *c = view->chart();
    const ChartSpec &spec = c->spec();
    ASSERT_TRUE(spec.isCategorical());
    ASSERT_FALSE(spec.horizontal);
    // The middle of the first series' segment in the 2024 bar.
    const int cat = int(spec.categories.indexOf(QStringLiteral("2024")));
    ASSERT_GE(cat, 0);
    const Series &s = spec.series.first();
    ASSERT_GT(s.values.value(cat), 0);
    // Qt Charts knows where it drew the bar: category index and value to chart coordinates.
    ASSERT_FALSE(c->series().isEmpty());
    const QPointF middle = c->mapToPosition(QPointF(cat, s.values[cat] / 2), c->series().first());
    ASSERT_TRUE(c->plotArea().contains(middle));
    const QString text = hoverAt(view, view->plot()->mapFromScene(c->mapToScene(middle)));
    const QString expected = s.tooltips.value(cat).isEmpty()
                                 ? QStringLiteral("%1 · 2024\n%2").arg(s.name, formatValue(s.values[cat], spec.y.format))
                                 : s.tooltips[cat];
    EXPECT_EQ(text, expected);
    EXPECT_TRUE(text.contains(QLatin1String("2024"))) << qPrintable(text);
}
