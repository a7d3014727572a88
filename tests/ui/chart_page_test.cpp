// The chart pages share one base (ChartPage): a chart that cannot be built is
// shown as such, with the reason, instead of the previous chart staying on
// screen; a chart with nothing chosen says what to choose; a link to another
// page's chart is refused; and each page's choices come back with its state.
#include "charts/chart_panel.h"
#include "charts/chart_view.h"
#include "pages/markets_page.h"
#include "pages/models_page.h"
#include "pages/space_page.h"
#include "repository.h"
#include "store.h"
#include "test_env.h"
#include "widgets/check_list_button.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

class ChartPages : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        auto store = Store::open(s_dir->filePath("chart_pages.sqlite"));
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
        s_store = store->release();
        s_repo = new Repository(s_store->database());
    }
    static void TearDownTestSuite()
    {
        delete s_repo;
        delete s_store;
        delete s_dir;
    }
    static Store *s_store;
    static Repository *s_repo;
    static QTemporaryDir *s_dir;
};
Store *ChartPages::s_store = nullptr;
Repository *ChartPages::s_repo = nullptr;
QTemporaryDir *ChartPages::s_dir = nullptr;

} // namespace

TEST_F(ChartPages, ARangeThatEndsBeforeItStartsShowsWhyNotTheOldChart)
{
    MarketsPage page;
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.reload(*s_repo);
    ASSERT_TRUE(page.showChart(QStringLiteral("markets.rebased?series=NVDA&from=2024-10-01&to=2025-03-31")));
    ASSERT_FALSE(page.charts()->view()->spec().series.isEmpty());
    EXPECT_TRUE(page.chartMessage().isEmpty());

    // The user moves "From" a year on with the keyboard: past "to".
    const QList<QDateEdit *> edits = page.findChildren<QDateEdit *>();
    ASSERT_EQ(edits.size(), 2);
    QDateEdit *from = edits[0]->date() < edits[1]->date() ? edits[0] : edits[1];
    from->setFocus();
    from->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(from, Qt::Key_Up);
    ASSERT_EQ(from->date(), QDate(2025, 10, 1));
    QTRY_VERIFY_WITH_TIMEOUT(!page.chartMessage().isEmpty(), 3000);
    EXPECT_TRUE(page.chartMessage().contains(QLatin1String("the range starts (2025-10-01) after it ends (2025-03-31)")))
        << qPrintable(page.chartMessage());
    EXPECT_TRUE(page.charts()->view()->spec().series.isEmpty()); // the old lines are gone
    EXPECT_EQ(page.charts()->view()->spec().title, page.chartMessage());

    QTest::keyClick(from, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(page.chartMessage().isEmpty(), 3000);
    EXPECT_FALSE(page.charts()->view()->spec().series.isEmpty());
}

TEST_F(ChartPages, NothingChosenSaysWhatToChoose)
{
    ModelsPage page;
    page.reload(*s_repo);
    ASSERT_TRUE(page.showChart(QStringLiteral("models.api-price")));
    EXPECT_TRUE(page.chartMessage().isEmpty());
    QListWidget *list = page.priceModels()->list(); // what the button's popup shows
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(page.priceModels()->checked().isEmpty());
    EXPECT_EQ(page.chartMessage(), QStringLiteral("Choose models to compare"));
    EXPECT_EQ(page.charts()->view()->spec().id, QStringLiteral("models.api-price"));
}

TEST_F(ChartPages, EachPageTakesOnlyItsOwnCharts)
{
    ModelsPage models;
    MarketsPage markets;
    SpacePage space;
    for (Page *p : std::initializer_list<Page *>{&models, &markets, &space})
        p->reload(*s_repo);
    EXPECT_FALSE(models.showChart(QStringLiteral("space.constellations")));
    EXPECT_FALSE(space.showChart(QStringLiteral("markets.rebased")));
    EXPECT_FALSE(markets.showChart(QStringLiteral("models.training-cost")));
    EXPECT_TRUE(space.showChart(QStringLiteral("space.constellations")));
    EXPECT_EQ(space.charts()->currentChart(), QStringLiteral("space.constellations"));
    EXPECT_EQ(space.charts()->view()->spec().id, QStringLiteral("space.constellations"));
}

TEST_F(ChartPages, StateComesBackWithThePagesOwnChoices)
{
    QSettings settings(s_dir->filePath("state.ini"), QSettings::IniFormat);
    {
        SpacePage space;
        space.reload(*s_repo);
        space.logScale()->setChecked(true);
        space.charts()->selectChart(QStringLiteral("space.constellations"));
        space.saveState(settings);
        MarketsPage markets;
        markets.reload(*s_repo);
        ASSERT_TRUE(markets.showChart(QStringLiteral("markets.daily-change?series=TSM&from=2025-01-02&to=2025-02-03")));
        settings.beginGroup(QStringLiteral("markets"));
        markets.saveState(settings);
        settings.endGroup();
    }
    SpacePage space;
    space.reload(*s_repo);
    space.restoreState(settings);
    EXPECT_TRUE(space.logScale()->isChecked());
    EXPECT_EQ(space.charts()->view()->spec().id, QStringLiteral("space.constellations"));
    EXPECT_EQ(space.charts()->view()->spec().y.kind, charts::AxisKind::Log) << "the restored log scale reaches the chart";
    MarketsPage markets;
    markets.reload(*s_repo);
    settings.beginGroup(QStringLiteral("markets"));
    markets.restoreState(settings);
    settings.endGroup();
    EXPECT_EQ(markets.charts()->currentChart(), QStringLiteral("markets.daily-change"));
    EXPECT_EQ(markets.securities()->checked(), QStringList{QStringLiteral("TSM")});
    EXPECT_EQ(markets.charts()->view()->spec().id, QStringLiteral("markets.daily-change"));
}
