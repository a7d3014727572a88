// The Yahoo Finance v8 chart parser on the real responses in
// ../shared/reference/yahoo. Counts and values are read back from the same
// JSON by the test's own walk over it (QJsonDocument), and a few spot values
// were checked with Python's zoneinfo, a separate time-zone implementation.
#include "import/yahoo_chart.h"
#include "import_test_util.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace stratos;
using namespace stratos::import;
using namespace stratos::import::test;

namespace {

// What the test itself reads from a response, without the parser.
struct Expected
{
    int timestamps = 0;
    int withClose = 0;
    QList<double> closes; // non-null closes, in order
    QList<QDate> days;    // their exchange-local days
    int splits = 0;
    int dividends = 0;
};

Expected walk(const QByteArray &json)
{
    Expected e;
    const QJsonObject r = QJsonDocument::fromJson(json).object()["chart"].toObject()["result"].toArray()[0].toObject();
    const QTimeZone zone(r["meta"].toObject()["exchangeTimezoneName"].toString().toUtf8());
    const QJsonArray ts = r["timestamp"].toArray();
    const QJsonArray close = r["indicators"].toObject()["quote"].toArray()[0].toObject()["close"].toArray();
    e.timestamps = int(ts.size());
    for (qsizetype i = 0; i < ts.size(); ++i) {
        if (close[i].isNull())
            continue;
        ++e.withClose;
        e.closes.append(close[i].toDouble());
        e.days.append(QDateTime::fromSecsSinceEpoch(qint64(ts[i].toDouble()), zone).date());
    }
    e.splits = int(r["events"].toObject()["splits"].toObject().size());
    e.dividends = int(r["events"].toObject()["dividends"].toObject().size());
    return e;
}

QByteArray yahooFile(const QString &name)
{
    const QString path = stratos::test::sharedFile(QStringLiteral("reference/yahoo/") + name);
    return path.isEmpty() ? QByteArray() : readAll(path);
}

} // namespace

TEST(YahooChart, ParsesEveryReferenceResponse)
{
    const QString dir = stratos::test::sharedFile(QStringLiteral("reference/yahoo"));
    STRATOS_SKIP_WITHOUT(dir);
    const QStringList files = QDir(dir).entryList({"*.json"}, QDir::Files);
    ASSERT_GE(files.size(), 3);
    for (const QString &f : files) {
        SCOPED_TRACE(f.toStdString());
        const QByteArray json = readAll(dir + u'/' + f);
        const Expected e = walk(json);
        auto chart = parseYahooChart(json, f);
        ASSERT_TRUE(chart.ok()) << chart.error().toString().toStdString();
        ASSERT_EQ(chart->bars.size(), e.withClose);
        EXPECT_EQ(chart->barsWithoutClose, e.timestamps - e.withClose);
        for (int i = 0; i < e.withClose; ++i) {
            EXPECT_EQ(chart->bars[i].day, e.days[i]) << i;
            EXPECT_DOUBLE_EQ(chart->bars[i].close, e.closes[i]) << i;
        }
        int splits = 0, dividends = 0;
        for (const auto &ev : chart->events)
            (ev.kind == ParsedPriceEvent::Kind::Split ? splits : dividends) += 1;
        EXPECT_EQ(splits, e.splits);
        EXPECT_EQ(dividends, e.dividends);
    }
}

TEST(YahooChart, MetaYearHasDividendsAndAdjustedCloses)
{
    const QByteArray json = yahooFile(QStringLiteral("META_1d_1y.json"));
    if (json.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    auto chart = parseYahooChart(json, QStringLiteral("META_1d_1y.json"));
    ASSERT_TRUE(chart.ok());
    EXPECT_EQ(chart->symbol, QStringLiteral("META"));
    EXPECT_EQ(chart->timeZone, QStringLiteral("America/New_York"));
    ASSERT_EQ(chart->bars.size(), 250);
    EXPECT_EQ(chart->bars.first().day, QDate(2024, 11, 27));
    EXPECT_DOUBLE_EQ(chart->bars.first().close, 569.2000122070312);
    EXPECT_DOUBLE_EQ(*chart->bars.first().adjClose, 567.4158935546875);
    EXPECT_EQ(chart->bars.last().day, QDate(2025, 11, 26));
    EXPECT_EQ(*chart->bars.last().volume, 15186100);
    ASSERT_EQ(chart->events.size(), 4);
    EXPECT_EQ(chart->events[0].day, QDate(2024, 12, 16));
    EXPECT_DOUBLE_EQ(chart->events[0].amount, 0.5);
    EXPECT_EQ(chart->events[3].day, QDate(2025, 9, 22));
}

TEST(YahooChart, AdjustedBasisScalesOpenHighLowWithTheClose)
{
    const QByteArray json = yahooFile(QStringLiteral("META_1d_1y.json"));
    if (json.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    ParseOptions adjusted;
    adjusted.format = Format::Prices;
    adjusted.adjusted = true;
    const ParseOutcome a = parseFile(json, QStringLiteral("META.json"), adjusted);
    ASSERT_TRUE(a.ok()) << problemsOf(a);
    ParseOptions raw = adjusted;
    raw.adjusted = false;
    const ParseOutcome r = parseFile(json, QStringLiteral("META.json"), raw);
    ASSERT_TRUE(r.ok()) << problemsOf(r);
    ASSERT_EQ(a.prices.bars.size(), 250);
    ASSERT_EQ(r.prices.bars.size(), 250);
    EXPECT_TRUE(a.prices.adjusted);
    EXPECT_FALSE(r.prices.adjusted);
    const ParsedBar &ab = a.prices.bars.first(), &rb = r.prices.bars.first();
    EXPECT_DOUBLE_EQ(ab.close, 567.4158935546875);
    EXPECT_FALSE(ab.adjClose.has_value());
    EXPECT_DOUBLE_EQ(rb.close, 569.2000122070312);
    EXPECT_NEAR(*ab.open / *rb.open, ab.close / rb.close, 1e-12);
    EXPECT_NEAR(*ab.high / *rb.high, ab.close / rb.close, 1e-12);
    // After the last dividend nothing is adjusted any more.
    EXPECT_DOUBLE_EQ(a.prices.bars.last().close, r.prices.bars.last().close);
}

TEST(YahooChart, SplitUsesItsExDateNotTheBarKey)
{
    const QByteArray json = yahooFile(QStringLiteral("AAPL_1mo_split.json"));
    if (json.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    auto chart = parseYahooChart(json, QStringLiteral("AAPL_1mo_split.json"));
    ASSERT_TRUE(chart.ok());
    ASSERT_EQ(chart->events.size(), 1);
    EXPECT_EQ(chart->events[0].kind, ParsedPriceEvent::Kind::Split);
    EXPECT_EQ(chart->events[0].day, QDate(2020, 8, 31));
    EXPECT_DOUBLE_EQ(chart->events[0].numerator / chart->events[0].denominator, 4.0);
    EXPECT_EQ(chart->granularity, QStringLiteral("1mo"));
    // Monthly bars at midnight New York time stay on the first of the month.
    EXPECT_EQ(chart->bars.first().day, QDate(2019, 11, 1));
    // As a price file, monthly bars are refused rather than stored as days.
    const ParseOutcome o = parseFile(json, QStringLiteral("AAPL.json"));
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_TRUE(o.problems[0].message.contains(QStringLiteral("expected daily bars"))) << problemsOf(o);
}

TEST(YahooChart, NullCloseDayIsLeftOutAndSaid)
{
    const QByteArray json = yahooFile(QStringLiteral("GS2C.DE_1d_5d_null.json"));
    if (json.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    const ParseOutcome o = parseFile(json, QStringLiteral("GS2C.DE.json"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.format, Format::Prices);
    EXPECT_EQ(o.prices.symbol, QStringLiteral("GS2C.DE"));
    ASSERT_EQ(o.prices.bars.size(), 4);
    EXPECT_EQ(o.prices.bars.last().day, QDate(2026, 5, 26));
    EXPECT_TRUE(o.layout.contains(QStringLiteral("Europe/Berlin")));
    EXPECT_TRUE(o.layout.contains(QStringLiteral("1 days without a close left out")));
}

TEST(YahooChart, ErrorObjectBecomesTheMessage)
{
    const QByteArray json = R"({"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}})";
    const ParseOutcome o = parseFile(json, QStringLiteral("ZZZZ.json"));
    EXPECT_EQ(o.format, Format::Prices);
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(o.problems[0].message,
              QStringLiteral("Yahoo Finance sent an error instead of prices: Not Found: No data found, symbol may be delisted"));
}

TEST(YahooChart, RejectsQuoteArrayShorterThanTimestamps)
{
    const QByteArray json = R"({"chart":{"result":[{"meta":{"symbol":"X","gmtoffset":-18000,"dataGranularity":"1d"},
        "timestamp":[1732717800,1732890600],"indicators":{"quote":[{"close":[1.5]}]}}],"error":null}})";
    const ParseOutcome o = parseFile(json, QStringLiteral("X.json"));
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(o.problems[0].message, QStringLiteral("expected 2 values in close (one per timestamp), found 1"));
    EXPECT_TRUE(o.prices.bars.isEmpty());
}

TEST(YahooChart, GmtOffsetAloneStillPlacesTheDay)
{
    // 2024-11-27 00:30 UTC is still 26 November in New York (UTC-5).
    const QByteArray json = R"({"chart":{"result":[{"meta":{"symbol":"X","gmtoffset":-18000,"dataGranularity":"1d"},
        "timestamp":[1732667400],"indicators":{"quote":[{"close":[10.0]}]}}],"error":null}})";
    auto chart = parseYahooChart(json, QStringLiteral("X.json"));
    ASSERT_TRUE(chart.ok()) << chart.error().toString().toStdString();
    ASSERT_EQ(chart->bars.size(), 1);
    EXPECT_EQ(chart->bars[0].day, QDate(2024, 11, 26));
    EXPECT_EQ(chart->timeZone, QStringLiteral("UTC-05:00"));
}

TEST(YahooChart, BadJsonSaysWhere)
{
    const QByteArray json = "{\"chart\":\n {\"result\": [1,}";
    ParseOptions options;
    options.format = Format::Prices;
    const ParseOutcome o = parseFile(json, QStringLiteral("X.json"), options);
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(o.problems[0].line, 2);
    EXPECT_TRUE(o.problems[0].message.startsWith(QStringLiteral("expected JSON")));
}
