// Chart data from a seeded store: every chart builds, its CSV has the rows the
// store says it should, and bad ids or series are errors, not empty charts.
// On both stores, SQLite and a PostgreSQL team store (issue 19).
#include "chart_data.h"
#include "chart_row_counts.h"
#include "charts/chart_catalog.h"
#include "charts/chart_csv.h"
#include "repository.h"
#include "store.h"
#include "store_backends.h"
#include "test_env.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

class ChartData : public test::BackendStoreTest
{
protected:
    void SetUp() override { STRATOS_OPEN_BACKEND_STORE({}); }
    static charts::ChartOptions optionsFrom(const QStringList &args)
    {
        charts::ChartOptions o;
        for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
            if (args[i] == QLatin1String("--series"))
                o.series = args[i + 1].split(u',');
            else if (args[i] == QLatin1String("--from"))
                o.from = QDate::fromString(args[i + 1], Qt::ISODate);
            else if (args[i] == QLatin1String("--to"))
                o.to = QDate::fromString(args[i + 1], Qt::ISODate);
        }
        return o;
    }
};

} // namespace

TEST_P(ChartData, EveryChartHasTheRowsTheStoreCounts)
{
    const Repository repo(m_store->database());
    const auto cases = test::chartCases();
    ASSERT_EQ(cases.size(), charts::chartIds().size());
    for (const test::ChartCase &c : cases) {
        auto spec = charts::buildChart(repo, c.id, optionsFrom(c.args));
        ASSERT_TRUE(spec.ok()) << qPrintable(c.id) << ": " << qPrintable(spec.error().toString());
        EXPECT_EQ(spec->id, c.id);
        EXPECT_FALSE(spec->title.isEmpty()) << qPrintable(c.id);
        EXPECT_FALSE(spec->source.isEmpty()) << qPrintable(c.id);
        EXPECT_FALSE(spec->series.isEmpty()) << qPrintable(c.id);
        const int expected = test::countRows(m_store->database(), c.countSql);
        EXPECT_GT(expected, 0) << qPrintable(c.id);
        EXPECT_EQ(charts::csvRowCount(*spec), expected) << qPrintable(c.id);
    }
}

TEST_P(ChartData, UnknownChartOrSeriesIsAnError)
{
    const Repository repo(m_store->database());
    EXPECT_FALSE(charts::buildChart(repo, "models.nope").ok());
    charts::ChartOptions o;
    o.series = {"NVDA", "NOPE"};
    auto r = charts::buildChart(repo, "markets.rebased", o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains("NOPE")) << qPrintable(r.error().message);
    o.series = {};
    o.from = QDate(2025, 2, 1);
    o.to = QDate(2025, 1, 1);
    EXPECT_FALSE(charts::buildChart(repo, "markets.rebased", o).ok());
}

TEST_P(ChartData, SeriesNamesAreMatchedWithoutCase)
{
    const Repository repo(m_store->database());
    charts::ChartOptions o;
    o.series = {"nvda"};
    auto r = charts::buildChart(repo, "markets.rebased", o);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->series.size(), 1);
    EXPECT_EQ(r->series.first().key, QStringLiteral("NVDA"));
}

TEST_P(ChartData, DeepSeekShockIsAMarkerOnNvidiasChart)
{
    const Repository repo(m_store->database());
    charts::ChartOptions o;
    o.series = {"NVDA"};
    o.from = QDate(2025, 1, 1);
    o.to = QDate(2025, 2, 28);
    auto r = charts::buildChart(repo, "markets.daily-change", o);
    ASSERT_TRUE(r.ok());
    const auto it = std::find_if(r->markers.begin(), r->markers.end(),
                                 [](const charts::Marker &m) { return m.key == "deepseek-market-selloff"; });
    ASSERT_NE(it, r->markers.end());
    EXPECT_EQ(charts::xToDay(it->x), QDate(2025, 1, 27));
    // And the bar that day is the −17 % close-to-close fall.
    const charts::Series &s = r->series.first();
    const auto bar = std::find_if(s.points.begin(), s.points.end(),
                                  [&](const QPointF &p) { return charts::xToDay(p.x()) == QDate(2025, 1, 27); });
    ASSERT_NE(bar, s.points.end());
    EXPECT_LT(bar->y(), -16.0);
}

TEST_P(ChartData, TrainingCostPointsCarryModelBasisAndSource)
{
    const Repository repo(m_store->database());
    auto r = charts::buildChart(repo, "models.training-cost");
    ASSERT_TRUE(r.ok());
    const charts::Series *cn = r->findSeries("CN");
    ASSERT_TRUE(cn);
    const qsizetype i = cn->labels.indexOf("DeepSeek-V3");
    ASSERT_GE(i, 0);
    EXPECT_TRUE(cn->tooltips[i].contains("DeepSeek-V3"));
    EXPECT_TRUE(cn->tooltips[i].contains("Training cost"));
    EXPECT_TRUE(cn->tooltips[i].contains("Source:"));
    EXPECT_FALSE(cn->sources[i].isEmpty());
    EXPECT_EQ(r->y.kind, charts::AxisKind::Log);
}

// A price bar links where the price was read (the model's price source), not
// the dataset the model's other figures come from; models and prices are read
// through one mapping of ai_model rows.
TEST_P(ChartData, ApiPriceBarsLinkThePricesOwnSource)
{
    const Repository repo(m_store->database());
    charts::ChartOptions o;
    o.series = QStringList{"DeepSeek-R1", "o1", "GPT-4o", "DeepSeek-V3"};
    auto r = charts::buildChart(repo, "models.api-price", o);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().toString());
    ASSERT_EQ(r->categories.size(), 4);
    for (qsizetype i = 0; i < r->categories.size(); ++i) {
        QSqlQuery q(m_store->database());
        q.prepare("SELECT ps.url, s.url FROM ai_model m JOIN source s ON s.id = m.source_id "
                  "JOIN source ps ON ps.id = m.price_source_id WHERE m.name = ?");
        q.addBindValue(r->categories[i]);
        ASSERT_TRUE(q.exec() && q.next()) << qPrintable(r->categories[i]);
        ASSERT_NE(q.value(0).toString(), q.value(1).toString());
        QStringList linked;
        for (const charts::Series &s : r->series)
            if (i < s.sources.size() && !s.sources[i].isEmpty())
                linked << s.sources[i];
        EXPECT_EQ(linked, QStringList{q.value(0).toString()}) << qPrintable(r->categories[i]);
    }
}

TEST_P(ChartData, SourceLinesSayHowFreshTheDataAre)
{
    const Repository repo(m_store->database());
    // The latest row of each dataset, read here with SQL of the test's own.
    auto latest = [](QSqlDatabase db, const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? QDate::fromString(q.value(0).toString().left(10), Qt::ISODate) : QDate();
    };
    const QLocale english(QLocale::English);
    const struct
    {
        const char *chart;
        QString sql;
    } cases[] = {{"markets.rebased", QStringLiteral("SELECT max(day) FROM price_bar")},
                 {"models.training-cost", QStringLiteral("SELECT max(released_on) FROM ai_model")},
                 {"space.launches-per-year", QStringLiteral("SELECT max(launched_at) FROM launch")}};
    for (const auto &c : cases) {
        auto spec = charts::buildChart(repo, QString::fromLatin1(c.chart), {});
        ASSERT_TRUE(spec.ok()) << c.chart;
        const QDate day = latest(m_store->database(), c.sql);
        ASSERT_TRUE(day.isValid()) << c.chart;
        EXPECT_TRUE(spec->source.contains(QStringLiteral("; data to ") + english.toString(day, QStringLiteral("d MMM yyyy"))))
            << c.chart << ": " << qPrintable(spec->source);
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, ChartData, test::bothBackends(), test::backendName);
