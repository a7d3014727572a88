// Format detection from content, with the file name only as a tie-breaker.
#include "import_test_util.h"

using namespace stratos::import;
using namespace stratos::import::test;

TEST(FormatDetect, FromContent)
{
    const QString any = QStringLiteral("upload.dat");
    EXPECT_EQ(detectFormat("#Launch_Tag\tLaunch_Date\tPiece\n", any), Format::Gcat);
    EXPECT_EQ(detectFormat("\xEF\xBB\xBF#Launch_Tag\tLaunch_Date\n", any), Format::Gcat);
    EXPECT_EQ(detectFormat("  {\"count\": 3, \"next\": null, \"results\": [", any), Format::Ll2);
    EXPECT_EQ(detectFormat("Model,Domain,Organization,Organization categorization\n", any),
              Format::Epoch);
    EXPECT_EQ(detectFormat("Model,Organization,Publication date,Domain\r\n", any), Format::Epoch);
    EXPECT_EQ(detectFormat("\"Model\",\"Publication date\"\n", any), Format::Epoch);
    EXPECT_EQ(detectFormat("Date,Open,High,Low,Close,Adj Close,Volume\n", any), Format::Prices);
    EXPECT_EQ(detectFormat("Price,Close,High,Low,Open,Volume\nTicker,NVDA", any), Format::Prices);
    EXPECT_EQ(detectFormat("Date,NVDA\n2025-01-27,1\n", any), Format::Prices);
    EXPECT_EQ(detectFormat("\xEF\xBB\xBF"
                           "Date,Close\r\n",
                           any),
              Format::Prices);
}

TEST(FormatDetect, UnknownContentIsNotGuessedFromTheName)
{
    EXPECT_EQ(detectFormat("hello world\n", QStringLiteral("NVDA.csv")), Format::Unknown);
    EXPECT_EQ(detectFormat("Date\n2025-01-27\n", QStringLiteral("NVDA.csv")), Format::Unknown);
    EXPECT_EQ(detectFormat("", QStringLiteral("launchlog.tsv")), Format::Unknown);
    EXPECT_EQ(detectFormat("[1, 2]", QStringLiteral("launches.json")), Format::Unknown);
    EXPECT_EQ(detectFormat("{\"a\": 1}", QStringLiteral("notes.txt")), Format::Unknown);
}

TEST(FormatDetect, NameBreaksTies)
{
    // A JSON object whose "results" lies beyond the head we were given.
    EXPECT_EQ(detectFormat("{\"a\": 1", QStringLiteral("ll2_page.json")), Format::Ll2);
    // Both an Epoch and a price header: the name decides.
    const QByteArray both = "Date,Model,Organization,Close\n";
    EXPECT_EQ(detectFormat(both, QStringLiteral("models.csv")), Format::Epoch);
    EXPECT_EQ(detectFormat(both, QStringLiteral("NVDA.csv")), Format::Prices);
}

TEST(FormatDetect, NamesRoundTrip)
{
    for (Format f : {Format::Epoch, Format::Gcat, Format::Ll2, Format::Prices})
        EXPECT_EQ(formatFromName(formatName(f)), f);
    EXPECT_EQ(formatName(Format::Unknown), QStringLiteral("unknown"));
    EXPECT_EQ(formatFromName(QStringLiteral("auto")), Format::Unknown);
    EXPECT_EQ(formatFromName(QStringLiteral("GCAT")), Format::Gcat);
    EXPECT_FALSE(formatFromName(QStringLiteral("xlsx")).has_value());
}

TEST(FormatDetect, ParseFileUsesTheForcedFormat)
{
    ParseOptions options;
    options.format = Format::Gcat;
    const ParseOutcome o =
        parseFile("Date,Close\n2025-01-27,1\n", QStringLiteral("NVDA.csv"), options);
    EXPECT_EQ(o.format, Format::Gcat);
    ASSERT_EQ(o.problems.size(), 1);
    EXPECT_EQ(
        o.problems[0].message,
        QStringLiteral("expected a GCAT header line starting #Launch_Tag, found 'Date,Close'"));
}
