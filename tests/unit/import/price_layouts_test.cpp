// Price layouts met in the wild (Nasdaq.com, investing.com, Stooq in both
// layouts, Alpha Vantage, the 2026 files), the symbol rule and dates whose
// month/day order only the whole file can tell. Expected values are read from
// the raw files here, without the parser.
#include "import/price_fields.h"
#include "import/price_symbol.h"
#include "import_test_util.h"

#include <QDir>
#include <QFileInfo>

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

// The raw fields of the data lines (non-empty, not the header), quotes and
// '$' removed: the test's own reading of the file.
QList<QList<QByteArray>> rawRows(const QByteArray &bytes)
{
    QByteArray text = bytes;
    text.replace("\r", "");
    QList<QList<QByteArray>> rows;
    bool header = true;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        QList<QByteArray> fields = line.split(',');
        for (QByteArray &f : fields)
            f = f.replace("\"", "").replace("$", "").trimmed();
        rows.append(fields);
    }
    return rows;
}

struct LayoutCase
{
    const char *file;
    QByteArray day;      // the 2025-01-27 key as the file writes it
    int dateColumn, closeColumn;
    QString symbol, symbolFrom, layoutStartsWith;
};

} // namespace

TEST(PriceLayouts, OtherLayoutsImportWithCountsAndCloseFromTheRawFile)
{
    const QString dir = stratos::test::sharedFile(QStringLiteral("reference/prices/other-layouts"));
    STRATOS_SKIP_WITHOUT(dir);
    const LayoutCase cases[] = {
        {"nvda.us.txt", "20250127", 2, 7, "NVDA", "file", "Stooq, <TICKER> layout"},
        {"HistoricalData_NVDA.csv", "01/27/2025", 0, 1, "NVDA", "file name", "Nasdaq.com"},
        {"NVIDIA Stock Price History.csv", "01/27/2025", 0, 1, "NVDA", "option", "investing.com"},
        {"daily_AMZN.csv", "2025-01-27", 0, 4, "AMZN", "file name", "Alpha Vantage"},
    };
    for (const LayoutCase &c : cases) {
        SCOPED_TRACE(c.file);
        const QByteArray bytes = readAll(QDir(dir).filePath(QString::fromUtf8(c.file)));
        ASSERT_FALSE(bytes.isEmpty());
        const QList<QList<QByteArray>> rows = rawRows(bytes);
        std::optional<double> close;
        for (const auto &r : rows)
            if (r.value(c.dateColumn) == c.day)
                close = r.value(c.closeColumn).toDouble();
        ASSERT_TRUE(close.has_value());
        ParseOptions options;
        if (c.symbolFrom == u"option")
            options.symbol = c.symbol;
        const ParseOutcome o = parseFile(bytes, QString::fromUtf8(c.file), options);
        ASSERT_TRUE(o.ok()) << problemsOf(o);
        EXPECT_EQ(o.format, Format::Prices);
        EXPECT_EQ(o.prices.bars.size(), rows.size());
        EXPECT_EQ(o.dataLines, rows.size());
        EXPECT_EQ(o.prices.symbol, c.symbol);
        EXPECT_EQ(o.prices.symbolFrom, c.symbolFrom);
        EXPECT_TRUE(o.layout.startsWith(c.layoutStartsWith)) << o.layout.toStdString();
        const ParsedBar *bar = barOn(o, QDate(2025, 1, 27));
        ASSERT_NE(bar, nullptr);
        EXPECT_DOUBLE_EQ(bar->close, *close);
    }
}

TEST(PriceLayouts, InvestingComVolumeSuffixAndPercentColumn)
{
    const QByteArray text = "\xEF\xBB\xBF\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"\n"
                            "\"01/28/2025\",\"1,128.99\",\"121.81\",\"129.00\",\"116.25\",\"1.2B\",\"8.93%\"\n"
                            "\"01/27/2025\",\"118.42\",\"124.80\",\"128.40\",\"116.70\",\"818.83M\",\"-16.97%\"\n"
                            "\"01/24/2025\",\"142.62\",\"148.37\",\"148.97\",\"141.88\",\"234.66K\",\"-3.12%\"";
    const ParseOutcome o = parseText(text, QStringLiteral("NVDA Stock Price History.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.prices.bars.size(), 3);
    EXPECT_EQ(o.prices.symbol, QStringLiteral("NVDA"));
    EXPECT_EQ(o.prices.bars[0].close, 1128.99);
    EXPECT_EQ(*o.prices.bars[0].volume, 1200000000);
    EXPECT_EQ(*o.prices.bars[1].volume, 818830000);
    EXPECT_EQ(*o.prices.bars[2].volume, 234660);
    EXPECT_EQ(o.prices.bars[2].day, QDate(2025, 1, 24));

    QByteArray badPercent = text;
    badPercent.replace("\"8.93%\"", "\"8.93\"");
    const ParseOutcome bad = parseText(badPercent, QStringLiteral("NVDA.csv"));
    ASSERT_EQ(bad.problems.size(), 1);
    EXPECT_EQ(bad.problems[0].line, 2);
    EXPECT_TRUE(bad.problems[0].message.contains(QStringLiteral("percentage"))) << problemsOf(bad);
}

TEST(PriceLayouts, Prices2026FilesImportWithSymbolsFromTheirNames)
{
    const QString root = stratos::test::sharedFile(QStringLiteral("reference/prices-2026"));
    STRATOS_SKIP_WITHOUT(root);
    int files = 0;
    for (const QString &sub : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(QDir(root).filePath(sub));
        for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
            SCOPED_TRACE((sub + u'/' + name).toStdString());
            ++files;
            const QByteArray bytes = readAll(dir.filePath(name));
            int expected = 0;
            for (const QByteArray &line : linesOf(bytes))
                expected += !line.isEmpty() && line[0] >= '0' && line[0] <= '9';
            const ParseOutcome o = parseFile(bytes, name);
            ASSERT_TRUE(o.ok()) << problemsOf(o);
            EXPECT_EQ(o.prices.bars.size(), expected);
            // The ticker in the name, independently: the token in capitals.
            QString token = QFileInfo(name).completeBaseName().section(u'_', -1);
            if (QStringList{"GSPC", "IXIC", "SPX"}.contains(token))
                token.prepend(u'^');
            EXPECT_EQ(o.prices.symbol, token);
        }
    }
    EXPECT_GE(files, 20);
}

TEST(PriceLayouts, StooqLocalisedHeader)
{
    for (const QByteArray &header :
         {QByteArray("Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie,Wolumen"),
          QByteArray("Data,Otwarcie,Najwyższy,Najniższy,Zamknięcie,Wolumen")}) {
        SCOPED_TRACE(header.toStdString());
        const ParseOutcome o = parseText(header + "\n2025-01-24,148.37,148.97,141.88,142.62,234657600\n"
                                                  "2025-01-27,124.8,128.4,116.7,118.42,818830895\n",
                                         QStringLiteral("nvda_d.csv"),
                                         [] { ParseOptions p; p.symbol = "NVDA"; return p; }());
        ASSERT_TRUE(o.ok()) << problemsOf(o);
        EXPECT_TRUE(o.layout.startsWith(QStringLiteral("Stooq, Polish header"))) << o.layout.toStdString();
        ASSERT_EQ(o.prices.bars.size(), 2);
        EXPECT_EQ(*o.prices.bars[1].open, 124.8);
        EXPECT_EQ(*o.prices.bars[1].high, 128.4);
        EXPECT_EQ(*o.prices.bars[1].low, 116.7);
        EXPECT_EQ(o.prices.bars[1].close, 118.42);
        EXPECT_EQ(*o.prices.bars[1].volume, 818830895);
    }
}

TEST(PriceLayouts, MonthDayOrderIsDecidedFromTheWholeFile)
{
    // The first rows read either way; line 4's 27 settles it for all of them.
    const QByteArray monthFirst = "Date,Close\n01/02/2025,1\n01/03/2025,2\n01/27/2025,3\n";
    const ParseOutcome m = parseText(monthFirst, QStringLiteral("NVDA.csv"));
    ASSERT_TRUE(m.ok()) << problemsOf(m);
    EXPECT_EQ(m.prices.bars[0].day, QDate(2025, 1, 2));
    EXPECT_EQ(m.prices.bars[1].day, QDate(2025, 1, 3));

    const QByteArray dayFirst = "Date,Close\n01/02/2025,1\n01/03/2025,2\n27/01/2025,3\n";
    const ParseOutcome d = parseText(dayFirst, QStringLiteral("NVDA.csv"));
    ASSERT_TRUE(d.ok()) << problemsOf(d);
    EXPECT_EQ(d.prices.bars[0].day, QDate(2025, 2, 1));
    EXPECT_EQ(d.prices.bars[1].day, QDate(2025, 3, 1));
    EXPECT_EQ(d.prices.bars[2].day, QDate(2025, 1, 27));
}

TEST(PriceLayouts, AmbiguousDatesAllTheWayThroughAreRefused)
{
    const QByteArray text = "Date,Close\n01/02/2025,1\n02/03/2025,2\n12/11/2025,3\n";
    const ParseOutcome o = parseText(text, QStringLiteral("NVDA.csv"));
    ASSERT_EQ(o.problems.size(), 1) << problemsOf(o);
    EXPECT_EQ(o.problems[0].line, 2);
    EXPECT_TRUE(o.problems[0].message.contains(QStringLiteral("cannot tell month from day")))
        << problemsOf(o);
    EXPECT_TRUE(o.problems[0].message.contains(QStringLiteral("3 rows"))) << problemsOf(o);

    ParseOptions options;
    options.dateOrder = DateOrder::DayFirst;
    const ParseOutcome told = parseText(text, QStringLiteral("NVDA.csv"), options);
    ASSERT_TRUE(told.ok()) << problemsOf(told);
    EXPECT_EQ(told.prices.bars[2].day, QDate(2025, 11, 12));

    const ParseOutcome both =
        parseText("Date,Close\n13/02/2025,1\n02/14/2025,2\n", QStringLiteral("NVDA.csv"));
    ASSERT_EQ(both.problems.size(), 1);
    EXPECT_TRUE(both.problems[0].message.contains(QStringLiteral("one month/day order")))
        << problemsOf(both);
}

TEST(PriceLayouts, NumbersAsSitesWriteThem)
{
    using namespace stratos::import::detail;
    EXPECT_EQ(parsePriceNumber("$188.15", PriceValue::Money), 188.15);
    EXPECT_EQ(parsePriceNumber("1,234.50", PriceValue::Money), 1234.5);
    EXPECT_EQ(parsePriceNumber("$1,234,567", PriceValue::Money), 1234567);
    EXPECT_EQ(parsePriceNumber("152.79M", PriceValue::Volume), 152790000.0);
    EXPECT_EQ(parsePriceNumber("3.79%", PriceValue::Percent), 3.79);
    EXPECT_EQ(parsePriceNumber("-16.97%", PriceValue::Percent), -16.97);
    for (const char *bad : {"12,34", "1,2345", ",123", "1,234,56", "$", "M", "1.5M", "3.79%"})
        EXPECT_FALSE(parsePriceNumber(bad, PriceValue::Money)) << bad;
    EXPECT_FALSE(parsePriceNumber("1.5Q", PriceValue::Volume));
    EXPECT_FALSE(parsePriceNumber("$5", PriceValue::Volume));
    EXPECT_EQ(parseCompactDay("20250127"), QDate(2025, 1, 27).toJulianDay());
    EXPECT_EQ(parseCompactDay("20250230"), -1);
}

TEST(PriceLayouts, SymbolsAreNeverGuessed)
{
    auto sym = [](const char *name, const QStringList &known = {}) {
        return stratos::import::detail::symbolFromFileName(QString::fromUtf8(name), known).symbol;
    };
    EXPECT_EQ(sym("daily_AMZN.csv"), QStringLiteral("AMZN"));
    EXPECT_EQ(sym("HistoricalData_NVDA.csv"), QStringLiteral("NVDA"));
    EXPECT_EQ(sym("NVDA.csv"), QStringLiteral("NVDA"));
    EXPECT_EQ(sym("nvda.us.txt"), QStringLiteral("NVDA"));
    EXPECT_EQ(sym("^GSPC.csv"), QStringLiteral("^GSPC"));
    EXPECT_EQ(sym("prices_ASML.csv"), QStringLiteral("ASML"));
    EXPECT_EQ(sym("daily.csv"), QString());
    EXPECT_EQ(sym("NVIDIA Stock Price History.csv"), QString()) << "a company name is no ticker";
    EXPECT_EQ(sym("NVDA_AMD.csv"), QString()) << "two tickers: ask";
    EXPECT_EQ(sym("nvda.csv"), QString());
    EXPECT_EQ(sym("nvda.csv", {"NVDA"}), QStringLiteral("NVDA")) << "known to the store";
    EXPECT_EQ(sym("gspc_history.csv", {"^GSPC"}), QStringLiteral("^GSPC"));

    const ParseOutcome refused =
        parseText("Date,Close\n2025-01-27,1.5\n", QStringLiteral("daily.csv"));
    ASSERT_EQ(refused.problems.size(), 1);
    EXPECT_EQ(refused.problems[0].message,
              QStringLiteral("expected a symbol in the file or in its name, found none in "
                             "'daily.csv'; give the symbol (--symbol)"));
    const ParseOutcome two = parseText("Date,Close\n2025-01-27,1.5\n", QStringLiteral("NVDA_AMD.csv"));
    ASSERT_EQ(two.problems.size(), 1);
    EXPECT_TRUE(two.problems[0].message.contains(QStringLiteral("NVDA, AMD"))) << problemsOf(two);

    // The file's own ticker wins; a different --symbol is a conflict, not an override.
    ParseOptions other;
    other.symbol = QStringLiteral("AMD");
    const ParseOutcome conflict = parseText(
        "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n"
        "NVDA.US,D,20250127,000000,124.8,128.4,116.7,118.42,818830895,0\n",
        QStringLiteral("x.txt"), other);
    ASSERT_EQ(conflict.problems.size(), 1);
    EXPECT_TRUE(conflict.problems[0].message.contains(QStringLiteral("NVDA"))) << problemsOf(conflict);
    ParseOptions same;
    same.symbol = QStringLiteral("nvda.us"); // Stooq's own spelling agrees with the file
    const ParseOutcome agreed = parseText(
        "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n"
        "NVDA.US,D,20250127,000000,124.8,128.4,116.7,118.42,818830895,0\n",
        QStringLiteral("x.txt"), same);
    ASSERT_TRUE(agreed.ok()) << problemsOf(agreed);
    EXPECT_EQ(agreed.prices.symbol, QStringLiteral("NVDA"));
}

TEST(PriceLayouts, StooqTickerColumnMustNameOneDailySymbol)
{
    const ParseOutcome o = parseText(
        "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n"
        "NVDA.US,D,20250124,000000,148.37,148.97,141.88,142.62,234657600,0\n"
        "AMD.US,D,20250127,000000,124.8,128.4,116.7,118.42,818830895,0\n"
        "NVDA.US,W,20250128,000000,124.8,128.4,116.7,118.42,818830895,0\n",
        QStringLiteral("nvda.us.txt"));
    ASSERT_EQ(o.problems.size(), 2) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("3:1"));
    EXPECT_EQ(where(o.problems[1]), QStringLiteral("4:9"));
    EXPECT_TRUE(o.problems[1].message.contains(QStringLiteral("<PER> D")));
}

TEST(PriceLayouts, AlphaVantageBlankLinesAndDoubleCarriageReturns)
{
    const ParseOutcome o =
        parseText("timestamp,open,high,low,close,volume\r\r\n2025-01-28,1,2,1,1.5,10\r\r\n\r\r\n"
                  "2025-01-27,1,2,1,1.25,10\r\r\n",
                  QStringLiteral("daily_AMZN.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.prices.bars.size(), 2);
    EXPECT_EQ(o.prices.bars[1].close, 1.25);
    EXPECT_EQ(o.skippedBlank, 0) << "blank lines are no records";
}

// Found by fuzz_prices_nasdaq / fuzz_prices_investing: a refused file whose
// numeric dates were never given a month/day order kept bars without a day.
TEST(PriceLayouts, RefusedFileKeepsNoBarWithoutADay)
{
    const auto noDaylessBar = [](const ParseOutcome &o) {
        for (const ParsedBar &b : o.prices.bars)
            if (!b.day.isValid())
                return false;
        return true;
    };
    // Every date reads either way: the whole file is refused, nothing is kept.
    const ParseOutcome ambiguous =
        parseText("Date,Close\n01/02/2025,1\n02/03/2025,2\n", QStringLiteral("NVDA.csv"));
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_TRUE(ambiguous.prices.bars.isEmpty());

    // A bad row with skipBadRows refuses the file before the order is decided.
    ParseOptions skip;
    skip.skipBadRows = true;
    const ParseOutcome withBadRow = parseText(
        "Date,Close/Last,Volume,Open,High,Low\n02/14/2025,$10.50,1000,$10.00,$11.00,$9.52103/\n"
        "02/12/2025,$9.75,900,$10.00,$10.10,$9.50\n",
        QStringLiteral("HistoricalData_NVDA.csv"), skip);
    EXPECT_TRUE(noDaylessBar(withBadRow)) << problemsOf(withBadRow);

    // The fuzzers' own inputs.
    const QDir dir(stratos::test::sourceDir() + QStringLiteral("/tests/data/fuzz-regressions"));
    for (const char *path : {"fuzz_prices_nasdaq/undecided-day-after-bad-row.csv",
                             "fuzz_prices_investing/undecided-day-in-refused-file.csv"}) {
        QFile f(dir.filePath(QLatin1String(path)));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path;
        const bool nasdaq = QByteArray(path).startsWith("fuzz_prices_nasdaq");
        const ParseOutcome o =
            parseText(f.readAll(),
                      nasdaq ? QStringLiteral("HistoricalData_NVDA.csv")
                             : QStringLiteral("NVDA Stock Price History.csv"),
                      nasdaq ? skip : ParseOptions{});
        EXPECT_FALSE(o.ok()) << path;
        EXPECT_TRUE(noDaylessBar(o)) << path << "\n" << problemsOf(o);
    }
}
