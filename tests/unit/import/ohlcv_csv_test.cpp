// Daily price CSVs: every reference file, each layout, and the quirks that
// must become problems rather than silent skips or shifted columns.
#include "import/ohlcv_header.h"
#include "import/price_symbol.h"
#include "import/parse_context.h"
#include "import_test_util.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <iostream>

using namespace stratos::import;
using namespace stratos::import::test;

namespace {

const ParsedBar *barOn(const ParseOutcome &o, QDate day)
{
    for (const ParsedBar &b : o.prices.bars)
        if (b.day == day)
            return &b;
    return nullptr;
}

// The Close value the file itself has for a day, read without the parser.
std::optional<double> closeInRawFile(const QByteArray &bytes, const QByteArray &day)
{
    const QList<QByteArray> lines = linesOf(bytes);
    const QList<QByteArray> header = lines.value(0).split(',');
    const qsizetype close = header.indexOf(QByteArray("Close"));
    for (const QByteArray &line : lines)
        if (line.startsWith(day))
            return line.split(',').value(close).toDouble();
    return std::nullopt;
}

} // namespace

TEST(OhlcvCsv, EveryReferenceFileParsesWithCountsFromTheRawFile)
{
    const QString dir = stratos::test::sharedFile(QStringLiteral("reference/prices"));
    STRATOS_SKIP_WITHOUT(dir);
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.csv")}, QDir::Files);
    ASSERT_GE(files.size(), 12);
    for (const QString &name : files) {
        SCOPED_TRACE(name.toStdString());
        const QByteArray bytes = readAll(QDir(dir).filePath(name));
        // Data lines: non-empty lines that start with a digit (header rows do not).
        int expected = 0;
        for (const QByteArray &line : linesOf(bytes))
            expected += !line.isEmpty() && line[0] >= '0' && line[0] <= '9';
        const ParseOutcome o = parseFile(bytes, name);
        EXPECT_TRUE(o.ok()) << problemsOf(o);
        EXPECT_EQ(o.format, Format::Prices);
        EXPECT_EQ(o.dataLines, expected);
        EXPECT_EQ(o.prices.bars.size(), expected);
        EXPECT_FALSE(o.prices.symbol.isEmpty());
        // The window every file covers: 2024-07-01 .. 2025-03-31.
        EXPECT_NE(barOn(o, QDate(2024, 7, 1)), nullptr);
        EXPECT_NE(barOn(o, QDate(2025, 3, 31)), nullptr);
        EXPECT_EQ(barOn(o, QDate(2025, 1, 9)), nullptr) << "2025-01-09 was a market closure";
    }
}

TEST(OhlcvCsv, SpotValuesMatchTheFiles)
{
    const QString nvdaPath =
        stratos::test::sharedFile(QStringLiteral("reference/prices/NVDA_yfinance_adjusted.csv"));
    STRATOS_SKIP_WITHOUT(nvdaPath);
    const QByteArray nvdaBytes = readAll(nvdaPath);
    const ParseOutcome nvda = parseFile(nvdaBytes, QFileInfo(nvdaPath).fileName());
    ASSERT_TRUE(nvda.ok()) << problemsOf(nvda);
    EXPECT_EQ(nvda.prices.symbol, QStringLiteral("NVDA"));
    EXPECT_EQ(nvda.prices.symbolFrom, QStringLiteral("file name"));
    EXPECT_FALSE(nvda.prices.adjusted) << "no Adj Close column and the caller did not say";
    const ParsedBar *bar = barOn(nvda, QDate(2025, 1, 27));
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->close, 118.38121032714844);
    EXPECT_EQ(bar->close, *closeInRawFile(nvdaBytes, "2025-01-27"));
    EXPECT_TRUE(bar->open && bar->high && bar->low && bar->volume);
    EXPECT_FALSE(bar->adjClose);

    const QString babaPath =
        stratos::test::sharedFile(QStringLiteral("reference/prices/BABA_with_timestamps.csv"));
    const ParseOutcome baba = parseFile(readAll(babaPath), QFileInfo(babaPath).fileName());
    ASSERT_TRUE(baba.ok()) << problemsOf(baba);
    EXPECT_TRUE(baba.prices.adjusted) << "the file has an Adj Close column";
    const ParsedBar *b = barOn(baba, QDate(2025, 1, 27)); // "2025-01-27 05:00:00+00:00"
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->adjClose);
    EXPECT_GT(*b->adjClose, 0);

    for (const char *file :
         {"IXIC_2005_2025_with_dividends_columns.csv", "IXIC_2020_2025_yfinance.csv"}) {
        const QString path =
            stratos::test::sharedFile(QStringLiteral("reference/prices/") + QLatin1String(file));
        const ParseOutcome ixic = parseFile(readAll(path), QLatin1String(file));
        ASSERT_TRUE(ixic.ok()) << problemsOf(ixic);
        EXPECT_EQ(ixic.prices.symbol, QStringLiteral("^IXIC")) << file;
        const ParsedBar *x = barOn(ixic, QDate(2025, 1, 27));
        ASSERT_NE(x, nullptr) << file;
        EXPECT_NEAR(x->close, 19341.83, 0.01) << file;
    }
    const QString gspcPath =
        stratos::test::sharedFile(QStringLiteral("reference/prices/GSPC_no_volume.csv"));
    const ParseOutcome gspc = parseFile(readAll(gspcPath), QStringLiteral("GSPC_no_volume.csv"));
    EXPECT_EQ(gspc.prices.symbol, QStringLiteral("^GSPC"));
    ASSERT_NE(barOn(gspc, QDate(2025, 1, 27)), nullptr);
    EXPECT_NEAR(barOn(gspc, QDate(2025, 1, 27))->close, 6012.28, 0.01);
    EXPECT_FALSE(barOn(gspc, QDate(2025, 1, 27))->volume);
}

TEST(OhlcvCsv, YahooClassicFillsAdjCloseAndIsAdjusted)
{
    const ParseOutcome o = parseText("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                     "2025-01-27,120.0,121.5,116.7,118.42,118.38,711000000\n",
                                     QStringLiteral("NVDA.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.prices.bars.size(), 1);
    const ParsedBar &b = o.prices.bars[0];
    EXPECT_EQ(b.line, 2);
    EXPECT_EQ(b.day, QDate(2025, 1, 27));
    EXPECT_EQ(*b.open, 120.0);
    EXPECT_EQ(*b.high, 121.5);
    EXPECT_EQ(*b.low, 116.7);
    EXPECT_EQ(b.close, 118.42);
    EXPECT_EQ(*b.adjClose, 118.38);
    EXPECT_EQ(*b.volume, 711000000);
    EXPECT_TRUE(o.prices.adjusted);
}

TEST(OhlcvCsv, YfinanceTwoHeaderRowsNameTheSymbol)
{
    const ParseOutcome o = parseText("Date,Close,High,Low,Open,Volume\n"
                                     ",NVDA,NVDA,NVDA,NVDA,NVDA\n"
                                     "2025-01-27,118.38,128.4,116.7,124.8,818830900\n"
                                     "2025-01-28,128.99,129.0,116.25,121.81,579666400\n",
                                     QStringLiteral("download.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.prices.symbol, QStringLiteral("NVDA"));
    EXPECT_EQ(o.prices.symbolFrom, QStringLiteral("file"));
    EXPECT_EQ(o.dataLines, 2);
    ASSERT_EQ(o.prices.bars.size(), 2);
    EXPECT_EQ(o.prices.bars[0].close, 118.38); // Close is the 2nd column here
    EXPECT_EQ(*o.prices.bars[0].open, 124.8);
    EXPECT_EQ(o.prices.bars[1].line, 4);
    EXPECT_EQ(o.layout, QStringLiteral("yfinance, 2 header rows"));
}

TEST(OhlcvCsv, YfinanceThreeHeaderRows)
{
    const ParseOutcome o = parseText("Price,Close,High,Low,Open,Volume\n"
                                     "Ticker,MSFT,MSFT,MSFT,MSFT,MSFT\n"
                                     "Date,,,,,\n"
                                     "2025-01-27,434.56,435.2,424.3,424.0,34000000\n",
                                     QStringLiteral("whatever_prices.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.prices.symbol, QStringLiteral("MSFT"));
    EXPECT_EQ(o.dataLines, 1);
    ASSERT_EQ(o.prices.bars.size(), 1);
    EXPECT_EQ(o.prices.bars[0].day, QDate(2025, 1, 27));
    EXPECT_EQ(o.prices.bars[0].close, 434.56);
    EXPECT_EQ(o.layout, QStringLiteral("yfinance, 3 header rows"));
}

TEST(OhlcvCsv, RejectsSeveralTickersInOneFile)
{
    const ParseOutcome o =
        parseText("Price,Close,Close\nTicker,AAPL,MSFT\nDate,,\n2025-01-27,1,2\n",
                  QStringLiteral("multi.csv"));
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_TRUE(o.problems[0].message.contains(QStringLiteral("AAPL, MSFT"))) << problemsOf(o);
}

TEST(OhlcvCsv, StooqAndExtraColumnsIgnored)
{
    const ParseOutcome stooq =
        parseText("Date,Open,High,Low,Close,Volume\n2025-01-27,1,3,0.5,2,100\n",
                  QStringLiteral("nvda.us.txt"));
    ASSERT_TRUE(stooq.ok()) << problemsOf(stooq);
    EXPECT_EQ(stooq.prices.symbol, QStringLiteral("NVDA"));
    EXPECT_EQ(stooq.prices.bars[0].close, 2);
    EXPECT_FALSE(stooq.prices.adjusted);

    const ParseOutcome extra = parseText("Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n"
                                         "2005-08-30 00:00:00-04:00,2,3,1,2.5,10,0.0,0.0\n",
                                         QStringLiteral("IXIC_x.csv"));
    ASSERT_TRUE(extra.ok()) << problemsOf(extra);
    EXPECT_EQ(extra.prices.bars[0].day, QDate(2005, 8, 30)) << "the day as written, not UTC";
    EXPECT_EQ(extra.prices.bars[0].close, 2.5);
}

TEST(OhlcvCsv, CloseOnlyFiles)
{
    const ParseOutcome close = parseText("Date,Close\n2025-01-27,118.4\n2025-01-28,128.9\n",
                                         QStringLiteral("AVGO_close.csv"));
    ASSERT_TRUE(close.ok()) << problemsOf(close);
    EXPECT_EQ(close.prices.symbol, QStringLiteral("AVGO"));
    EXPECT_EQ(close.prices.bars.size(), 2);
    EXPECT_FALSE(close.prices.bars[0].open);

    const ParseOutcome named =
        parseText("Date,NVDA\n2025-01-27,118.4\n", QStringLiteral("series.csv"));
    ASSERT_TRUE(named.ok()) << problemsOf(named);
    EXPECT_EQ(named.prices.symbol, QStringLiteral("NVDA"));
    EXPECT_EQ(named.prices.symbolFrom, QStringLiteral("file"));
    EXPECT_EQ(named.prices.bars[0].close, 118.4);
}

TEST(OhlcvCsv, TimestampsWithZoneGiveTheCalendarDayAsWritten)
{
    const ParseOutcome o = parseText("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                     "2025-01-27 05:00:00+00:00,1,2,1,1.5,1.5,348298.0\n"
                                     "2025-01-28T23:30:00-05:00,1,2,1,1.5,1.5,10\n"
                                     "2025-01-29 00:00:00Z,1,2,1,1.5,1.5,10\n",
                                     QStringLiteral("BABA.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.prices.bars.size(), 3);
    EXPECT_EQ(o.prices.bars[0].day, QDate(2025, 1, 27));
    EXPECT_EQ(*o.prices.bars[0].volume, 348298);
    EXPECT_EQ(o.prices.bars[1].day, QDate(2025, 1, 28));
    EXPECT_EQ(o.prices.bars[2].day, QDate(2025, 1, 29));
}

TEST(OhlcvCsv, DateForms)
{
    using stratos::import::detail::parseIsoDay;
    const qint64 jd = QDate(2025, 1, 27).toJulianDay();
    for (const char *ok :
         {"2025-01-27", "2025-01-27 05:00:00+00:00", "2025-01-27T05:00:00Z",
          "2025-01-27 00:00:00-0500", "2025-01-27 05:00", "2025-01-27 05:00:00.123"})
        EXPECT_EQ(parseIsoDay(QByteArrayView(ok)), jd) << ok;
    for (const char *bad : {"", "2025-1-27", "2025-02-30", "27/01/2025", "2025-01-27X",
                            "2025-01-27 5:00", "2025-01-27 05:00:00+", "20250127"})
        EXPECT_EQ(parseIsoDay(QByteArrayView(bad)), -1) << bad;
}

TEST(OhlcvCsv, BomAndCrlf)
{
    const ParseOutcome o = parseText("\xEF\xBB\xBF"
                                     "Date,Close\r\n2025-01-27,1.5\r\n2025-01-28,2.5\r\n",
                                     QStringLiteral("GOOGL.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.prices.bars.size(), 2);
    EXPECT_EQ(o.prices.bars[1].close, 2.5);
    EXPECT_EQ(o.prices.bars[1].line, 3);
}

TEST(OhlcvCsv, QuotedFieldsUseTheGeneralReader)
{
    const ParseOutcome o =
        parseText("\"Date\",\"Close\"\n\"2025-01-27\",\"1.5\"\n", QStringLiteral("TSM.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.prices.bars.size(), 1);
    EXPECT_EQ(o.prices.bars[0].close, 1.5);
}

TEST(OhlcvCsv, RejectsLatin1)
{
    const ParseOutcome o =
        parseText("Date,Cl\xF4ture\n2025-01-27,1.5\n", QStringLiteral("CAC.csv"));
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_TRUE(o.problems[0].message.contains(QStringLiteral("UTF-8")));
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("1:8"));
}

TEST(OhlcvCsv, SymbolRule)
{
    auto symbolFromFileName = [](const QString &name) {
        return stratos::import::detail::symbolFromFileName(name).symbol;
    };
    EXPECT_EQ(symbolFromFileName(QStringLiteral("/data/NVDA_yfinance_adjusted.csv")),
              QStringLiteral("NVDA"));
    EXPECT_EQ(symbolFromFileName(QStringLiteral("IXIC_2005_2025_with_dividends_columns.csv")),
              QStringLiteral("^IXIC"));
    EXPECT_EQ(symbolFromFileName(QStringLiteral("GSPC_no_volume.csv")), QStringLiteral("^GSPC"));
    EXPECT_EQ(symbolFromFileName(QStringLiteral("nvda.us.txt")), QStringLiteral("NVDA"));
    EXPECT_EQ(symbolFromFileName(QStringLiteral("BRK-B.csv")), QStringLiteral("BRK-B"));
    EXPECT_EQ(symbolFromFileName(QStringLiteral("my prices (1).csv")), QString())
        << "lower-case words are never tickers";
    EXPECT_EQ(symbolFromFileName(QStringLiteral("(1).csv")), QString());

    ParseOptions options;
    options.symbol = QStringLiteral("^NDX");
    options.adjusted = true;
    const ParseOutcome o =
        parseText("Date,Close\n2025-01-27,1.5\n", QStringLiteral("NVDA.csv"), options);
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.prices.symbol, QStringLiteral("^NDX"));
    EXPECT_EQ(o.prices.symbolFrom, QStringLiteral("option"));
    EXPECT_TRUE(o.prices.adjusted) << "the caller said so";

    const ParseOutcome none = parseText("Date,Close\n2025-01-27,1.5\n", QStringLiteral("(1).csv"));
    ASSERT_EQ(none.problems.size(), 1);
    EXPECT_TRUE(none.problems[0].message.contains(QStringLiteral("--symbol")));
}

TEST(OhlcvCsv, RejectsHeaderThatDoesNotMatchRows)
{
    const ParseOutcome o = parseText("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                     "2025-01-27,1,2,0.5,1.5,100\n"
                                     "2025-01-28,1,2,0.5,1.5,100\n",
                                     QStringLiteral("NVDA.csv"));
    ASSERT_EQ(o.problems.size(), 1) << problemsOf(o);
    EXPECT_EQ(
        o.problems[0].message,
        QStringLiteral("expected 7 fields per row as the header names (Date,Open,High,Low,"
                       "Close,Adj Close,Volume), found 6: the header does not match the rows"));
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("2:27"));
    EXPECT_TRUE(o.prices.bars.isEmpty()) << "never a silent shift of columns";
    EXPECT_EQ(o.dataLines, 2);
}

TEST(OhlcvCsv, BadValuesAreProblemsNotSkips)
{
    const ParseOutcome o = parseText("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                     "2025-01-27,1,2,0.5,1.5,1.5,100\n"
                                     "2025-01-28,null,null,null,null,null,null\n"
                                     "2025-01-29,1,2,0.5,0,0.1,100\n"
                                     "2025-01-30,1,0.5,2,1.5,1.5,100\n"
                                     "2025-01-27,1,2,0.5,1.5,1.5,100\n"
                                     "2025-01-31,1,2,0.5,abc,1.5,100\n"
                                     "2025-02-03,,,,,,\n",
                                     QStringLiteral("NVDA.csv"));
    EXPECT_EQ(o.prices.bars.size(), 1);
    EXPECT_EQ(o.dataLines, 7);
    QStringList got;
    for (const stratos::Error &e : o.problems)
        got.append(where(e) + u' ' + e.message);
    const QStringList expected = {
        "3:12 expected a non-negative number for Open, found 'null'",
        "3:17 expected a non-negative number for High, found 'null'",
        "3:22 expected a non-negative number for Low, found 'null'",
        "3:27 expected a positive number for Close, found 'null'",
        "3:32 expected a positive number for Adj Close, found 'null'",
        "3:37 expected a non-negative number for Volume, found 'null'",
        "4:20 expected a positive number for Close, found '0'",
        "5:14 expected High at least Low, found High 0.5 below Low 2",
        "6:1 expected each date once, found 2025-01-27 again (first on line 2)",
        "7:20 expected a positive number for Close, found 'abc'",
        "8:12 expected a non-negative number for Open, found an empty field",
        "8:13 expected a non-negative number for High, found an empty field",
        "8:14 expected a non-negative number for Low, found an empty field",
        "8:15 expected a positive number for Close, found an empty field",
        "8:16 expected a positive number for Adj Close, found an empty field",
    };
    EXPECT_EQ(got, expected) << problemsOf(o);
}

// Found by fuzz_prices_yahoo's invariant (tests/data/fuzz-regressions/
// fuzz_prices_yahoo/huge-volume.csv): a Volume past 2^63 became a negative count.
TEST(OhlcvCsv, VolumeTooLargeForSixtyFourBitsIsAProblem)
{
    const ParseOutcome o = parseText("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                     "2025-01-27,1,2,0.5,1.5,1.5,1e30\n"
                                     "2025-01-28,1,2,0.5,1.5,1.5,9223372036854775808\n"
                                     "2025-01-29,1,2,0.5,1.5,1.5,9.2e18\n",
                                     QStringLiteral("NVDA.csv"));
    ASSERT_EQ(o.problems.size(), 2) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("2:28"));
    EXPECT_EQ(o.problems[0].message, QStringLiteral("expected a Volume below 2^63, found '1e30'"));
    EXPECT_EQ(where(o.problems[1]), QStringLiteral("3:28"));
    EXPECT_EQ(o.problems[1].message,
              QStringLiteral("expected a Volume below 2^63, found '9223372036854775808'"));
    ASSERT_EQ(o.prices.bars.size(), 1);
    EXPECT_EQ(o.prices.bars[0].volume, qint64(9200000000000000000));
}

TEST(OhlcvCsv, StopsCollectingAtTwentyButKeepsCounting)
{
    QByteArray text = "Date,Close\n";
    for (int i = 0; i < 100; ++i)
        text += QByteArray::number(2000 + i) + "-01-02,x\n";
    const ParseOutcome o = parseText(text, QStringLiteral("NVDA.csv"));
    EXPECT_EQ(o.problems.size(), ParseOutcome::maxProblems);
    EXPECT_EQ(o.totalProblems, 100);
    EXPECT_EQ(o.dataLines, 100);
}

namespace {

QByteArray generatedPrices(int rows)
{
    QByteArray text = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    text.reserve(qsizetype(rows) * 70);
    QDate day(1900, 1, 1);
    for (int i = 0; i < rows; ++i, day = day.addDays(1)) {
        const double p = 100 + (i % 1000) * 0.25;
        text += day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(p, 'f', 6) + ',' +
                QByteArray::number(p + 1, 'f', 6) + ',' + QByteArray::number(p - 1, 'f', 6) + ',' +
                QByteArray::number(p + 0.5, 'f', 6) + ',' + QByteArray::number(p + 0.4, 'f', 6) +
                ',' + QByteArray::number(1000000 + i) + '\n';
    }
    return text;
}

} // namespace

TEST(OhlcvCsv, HonoursCancelAndReportsProgress)
{
    const QByteArray text = generatedPrices(50000);
    std::atomic_bool cancel = true;
    ParseOptions options;
    options.cancel = &cancel;
    const ParseOutcome before = parseText(text, QStringLiteral("X.csv"), options);
    EXPECT_TRUE(before.cancelled);
    EXPECT_FALSE(before.ok());
    EXPECT_EQ(before.dataLines, 0);

    // Cancelled while running: from the first progress report on.
    cancel = false;
    options.progress = [&](qint64, qint64) { cancel = true; };
    const ParseOutcome during = parseText(text, QStringLiteral("X.csv"), options);
    EXPECT_TRUE(during.cancelled);
    EXPECT_GT(during.dataLines, 0);
    EXPECT_LT(during.dataLines, 50000);

    qint64 last = -1;
    int calls = 0;
    ParseOptions withProgress;
    withProgress.progress = [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, text.size());
        EXPECT_GE(done, last);
        last = done;
        ++calls;
    };
    const ParseOutcome o = parseText(text, QStringLiteral("X.csv"), withProgress);
    EXPECT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_GE(calls, 3);
    EXPECT_EQ(last, text.size());
}

TEST(OhlcvCsv, ParsesAMillionRows)
{
    const QByteArray text = generatedPrices(1000000);
    QElapsedTimer timer;
    timer.start();
    const ParseOutcome o = parseText(text, QStringLiteral("BIG.csv"));
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    EXPECT_EQ(o.prices.bars.size(), 1000000);
    EXPECT_EQ(o.prices.bars.last().day, QDate(1900, 1, 1).addDays(999999));
    std::cout << "[ timing   ] 1,000,000 price rows (" << text.size() / 1000000 << " MB) parsed in "
              << ms << " ms\n";
}
