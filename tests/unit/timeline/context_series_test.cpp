// Numbers behind the details pane's context chart.
#include "timeline/context_series.h"

#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::timeline;

namespace {

QList<PriceBar> weekdays(QDate from, int n, double start, double step)
{
    QList<PriceBar> bars;
    double close = start;
    for (QDate d = from; bars.size() < n; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        PriceBar b;
        b.day = d;
        b.close = close;
        close += step;
        bars.append(b);
    }
    return bars;
}

} // namespace

TEST(PricePath, TenTradingDaysEachSideOfAWeekendEvent)
{
    const QList<PriceBar> bars = weekdays(QDate(2025, 1, 1), 40, 100, 1);
    // Sunday 26 January: day 0 is Monday the 27th, the base is Friday the 24th.
    const auto p = pricePath(bars, QDate(2025, 1, 26));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->day0, QDate(2025, 1, 27));
    EXPECT_EQ(p->baseDay, QDate(2025, 1, 24));
    EXPECT_EQ(p->changePct.size(), 21);
    EXPECT_DOUBLE_EQ(p->changePct[9].second, 0.0); // the base day itself
    EXPECT_NEAR(p->changePct[10].second, 100.0 * 1 / p->baseClose, 1e-9);
}

TEST(PricePath, NothingBeforeOrAfterMeansNoPath)
{
    const QList<PriceBar> bars = weekdays(QDate(2025, 1, 6), 5, 100, 1);
    EXPECT_FALSE(pricePath(bars, QDate(2025, 1, 6)));
    EXPECT_FALSE(pricePath(bars, QDate(2025, 3, 1)));
    EXPECT_FALSE(pricePath({}, QDate(2025, 3, 1)));
}

TEST(ModelPeers, NearestByDateWithTheMeasure)
{
    QList<AiModel> models;
    auto add = [&](const char *name, QDate d, std::optional<double> cost) {
        AiModel m;
        m.name = QLatin1String(name);
        m.releasedOn = d;
        m.trainingCostUsd = cost;
        models.append(m);
    };
    add("self", QDate(2025, 1, 20), std::nullopt);
    add("near", QDate(2025, 2, 1), 5e6);
    add("far", QDate(2023, 1, 1), 1e8);
    add("nocost", QDate(2025, 1, 21), std::nullopt);
    add("before", QDate(2024, 12, 24), 6e6);
    const QList<AiModel> peers = modelPeers(models, "self", ModelMeasure::TrainingCost, 12, 5);
    QStringList names;
    for (const AiModel &m : peers)
        names << m.name;
    EXPECT_EQ(names, (QStringList{"before", "self", "near"}));
}

TEST(Cumulative, RunningTotalPerDay)
{
    const auto c =
        cumulative({{QDate(2025, 3, 1), 2}, {QDate(2025, 1, 1), 3}, {QDate(2025, 3, 1), 4}});
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c[0].second, 3);
    EXPECT_EQ(c[1].second, 9);
}
