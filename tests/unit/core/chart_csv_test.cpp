// The CSV behind a chart: a header, then exactly one row per plotted point.
#include "charts/chart_csv.h"

#include <gtest/gtest.h>

using namespace stratos::charts;

TEST(ChartCsv, XySeriesWriteOneRowPerPointWithDatesAndUnits)
{
    ChartSpec spec;
    spec.x = {AxisKind::Date, "Date", {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value, "Price index", "first close = 100", ValueFormat::Index, {}, {}};
    Series s;
    s.key = s.name = "NVDA";
    s.points = {{dayToX(QDate(2025, 1, 24)), 100}, {dayToX(QDate(2025, 1, 27)), 83.03}};
    spec.series = {s};
    const QStringList lines = chartToCsv(spec).trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("series,Date,Price index (first close = 100)"));
    EXPECT_EQ(lines[2], QStringLiteral("NVDA,2025-01-27,83.03"));
    EXPECT_EQ(csvRowCount(spec), 2);
}

TEST(ChartCsv, RowsOutsideTheXRangeAreNotPlottedSoNotWritten)
{
    ChartSpec spec;
    spec.x = {AxisKind::Value, "x", {}, ValueFormat::Number, 1.5, 3.0};
    Series s;
    s.name = "a";
    s.points = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
    spec.series = {s};
    EXPECT_EQ(csvRowCount(spec), 2);
}

TEST(ChartCsv, StackedZerosAreLeftOutAndFieldsAreQuoted)
{
    ChartSpec spec;
    spec.x = {AxisKind::Category, "Model", {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value, "Output price", "USD per 1M tokens", ValueFormat::UsdPrice, {}, {}};
    spec.categories = {"o1", "DeepSeek-R1"};
    Series us("US", "US", SeriesKind::StackedBar, "country:US");
    us.values = {60, 0};
    us.sources = {"https://a, b", ""};
    Series cn("CN", "CN", SeriesKind::StackedBar, "country:CN");
    cn.values = {0, 2.19};
    cn.sources = {"", "say \"hi\""};
    spec.series = {us, cn};
    const QStringList lines = chartToCsv(spec).trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("series,Model,Output price (USD per 1M tokens),source"));
    EXPECT_EQ(lines[1], QStringLiteral("US,o1,60,\"https://a, b\""));
    EXPECT_EQ(lines[2], QStringLiteral("CN,DeepSeek-R1,2.19,\"say \"\"hi\"\"\""));
}

TEST(ChartSpecFormat, NumbersReadLikeAJournalistWritesThem)
{
    EXPECT_EQ(formatValue(5.39e6, ValueFormat::Usd), QStringLiteral("$5.4 M"));
    EXPECT_EQ(formatTick(1e7, ValueFormat::Usd), QStringLiteral("$10 M"));
    EXPECT_EQ(formatTick(1e25, ValueFormat::Flop), QStringLiteral("1e25"));
    EXPECT_EQ(formatValue(-16.97, ValueFormat::Percent), QStringLiteral("\u221216.97 %"));
    EXPECT_EQ(formatTick(12500, ValueFormat::Count), QStringLiteral("12,500"));
    EXPECT_EQ(xToDay(dayToX(QDate(2025, 1, 27))), QDate(2025, 1, 27));
}
