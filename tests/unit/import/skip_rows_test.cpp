// Blank draft records are left out with a note; with skipBadRows the good rows
// are kept and each bad one is listed with its line, column and reason; a file
// whose header is wrong is refused either way.
#include "import_test_util.h"

using namespace stratos::import;
using namespace stratos::import::test;

namespace {

ParseOptions skipping()
{
    ParseOptions o;
    o.skipBadRows = true;
    return o;
}

// Epoch's draft rows: no model name, only "Unverified" and a timestamp.
const QByteArray kEpochWithDrafts =
    "Model,Organization,Publication date,Parameters,Confidence,Last modified\n" // 1
    "GPT-4,OpenAI,2023-03-15,,Likely,2025-01-02T10:00:00Z\n"                     // 2
    ",,,,Unverified,2025-01-03T11:00:00Z\n"                                       // 3
    "DeepSeek-V3,DeepSeek,2024-12-26,6.71e+11,Confident,2025-01-04T00:00:00Z\n"  // 4
    ",,,,Unverified,2025-01-05T12:00:00Z\n"                                       // 5
    ",,,,,\n"                                                                    // 6
    "Qwen2.5-Max,Alibaba,2025-01-28,,Speculative,2025-02-01T00:00:00Z\n";        // 7

const QByteArray kEpochWithBadRows =
    "Model,Organization,Publication date,Parameters\n" // 1
    "GPT-4,OpenAI,2023-03-15,\n"                       // 2
    "Broken,Lab,NVIDIA H100 SXM5,\n"                   // 3
    "DeepSeek-V3,DeepSeek,2024-12-26,6.71e+11\n"       // 4
    "Extra,Lab,2024-01-01,1,2,3\n"                     // 5
    "Llama 3,Meta,2024-04-18,lots\n"                   // 6
    "Qwen2.5-Max,Alibaba,2025-01-28,\n";               // 7

} // namespace

TEST(SkipRows, EpochBlankDraftRowsAreSkippedWithANote)
{
    const ParseOutcome o = parseText(kEpochWithDrafts, QStringLiteral("epoch_all.csv"));
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.models.size(), 3);
    EXPECT_EQ(o.skippedBlank, 3);
    EXPECT_EQ(o.skippedBad, 0);
    EXPECT_EQ(o.dataLines, 3) << "drafts are not data";
    EXPECT_EQ(o.blankNote(), QStringLiteral("skipped 3 blank rows: lines 3, 5, 6"));
    ASSERT_EQ(o.skipped.size(), 3);
    EXPECT_TRUE(o.skipped[0].blank);
    EXPECT_TRUE(o.skipped[0].reason.contains(QStringLiteral("Confidence, Last modified")))
        << o.skipped[0].reason.toStdString();

    // A row without a name but with real content is no draft: it is a problem.
    QByteArray named = kEpochWithDrafts;
    named.replace(",,,,Unverified,2025-01-03T11:00:00Z", ",OpenAI,,,Unverified,2025-01-03");
    const ParseOutcome bad = parseText(named, QStringLiteral("epoch_all.csv"));
    ASSERT_EQ(bad.problems.size(), 1) << problemsOf(bad);
    EXPECT_EQ(where(bad.problems[0]), QStringLiteral("3:1"));
}

TEST(SkipRows, EpochBadRowsRefuseTheFileByDefault)
{
    const ParseOutcome o = parseText(kEpochWithBadRows, QStringLiteral("epoch.csv"));
    ASSERT_FALSE(o.ok());
    ASSERT_EQ(o.problems.size(), 3) << problemsOf(o);
    EXPECT_EQ(where(o.problems[0]), QStringLiteral("3:12"));
    EXPECT_EQ(where(o.problems[1]), QStringLiteral("5:24"));
    EXPECT_EQ(where(o.problems[2]), QStringLiteral("6:25"));
}

TEST(SkipRows, EpochSkipBadRowsKeepsTheGoodOnesAndListsTheBad)
{
    const ParseOutcome o = parseText(kEpochWithBadRows, QStringLiteral("epoch.csv"), skipping());
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.models.size(), 3);
    EXPECT_EQ(o.models[2].name, QStringLiteral("Qwen2.5-Max"));
    ASSERT_EQ(o.skippedBad, 3);
    ASSERT_EQ(o.skipped.size(), 3);
    EXPECT_EQ(o.skipped[0].line, 3);
    EXPECT_EQ(o.skipped[0].column, 12);
    EXPECT_TRUE(o.skipped[0].reason.contains(QStringLiteral("'NVIDIA H100 SXM5'")));
    EXPECT_EQ(o.skipped[1].line, 5);
    EXPECT_EQ(o.skipped[1].reason,
              QStringLiteral("expected 4 fields as named in the header, found 6"));
    EXPECT_EQ(o.skipped[2].line, 6);
    EXPECT_EQ(o.skipped[2].column, 25);
}

TEST(SkipRows, WrongHeaderIsRefusedWhateverTheOption)
{
    // Seven names over six fields on every row: no row is good.
    const QByteArray text = "Date,Open,High,Low,Close,Adj Close,Volume\n"
                            "2025-01-27,1,2,0.5,1.5,100\n"
                            "2025-01-28,1,2,0.5,1.5,100\n";
    for (const bool skip : {false, true}) {
        SCOPED_TRACE(skip);
        ParseOptions options;
        options.skipBadRows = skip;
        const ParseOutcome o = parseText(text, QStringLiteral("NVDA.csv"), options);
        ASSERT_FALSE(o.ok());
        EXPECT_EQ(o.problems[0].line, 2) << problemsOf(o);
        EXPECT_TRUE(o.prices.bars.isEmpty() || !o.ok());
    }
    const QByteArray epoch = "Model,Organization,Publication date\nA,B\nC,D\n";
    const ParseOutcome e = parseText(epoch, QStringLiteral("models.csv"), skipping());
    ASSERT_EQ(e.problems.size(), 1) << problemsOf(e);
    EXPECT_TRUE(e.problems[0].message.contains(QStringLiteral("expected at least one good row")))
        << problemsOf(e);
}

TEST(SkipRows, PriceRowsSkippedWithLineColumnAndReason)
{
    const QByteArray text = "Date,Open,High,Low,Close,Volume\n" // 1
                            "2025-01-24,1,2,0.5,1.5,100\n"     // 2
                            "2025-01-27,1,2,0.5,-3,100\n"      // 3
                            ",,,,,\n"                          // 4
                            "2025-01-28,1,0.1,0.5,1.5,100\n"   // 5
                            "2025-01-24,1,2,0.5,1.5,100\n"     // 6
                            "2025-01-29,1,2,0.5,1.5,100\n";    // 7
    const ParseOutcome strict = parseText(text, QStringLiteral("NVDA.csv"));
    EXPECT_EQ(strict.problems.size(), 3) << problemsOf(strict);

    const ParseOutcome o = parseText(text, QStringLiteral("NVDA.csv"), skipping());
    ASSERT_TRUE(o.ok()) << problemsOf(o);
    ASSERT_EQ(o.prices.bars.size(), 2);
    EXPECT_EQ(o.prices.bars[1].day, QDate(2025, 1, 29));
    EXPECT_EQ(o.skippedBad, 3);
    EXPECT_EQ(o.skippedBlank, 1);
    ASSERT_EQ(o.skipped.size(), 4);
    const QList<std::pair<int, int>> expected = {{3, 20}, {4, 1}, {5, 14}, {6, 1}};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(o.skipped[i].line, expected[i].first) << i;
        EXPECT_EQ(o.skipped[i].column, expected[i].second) << i;
    }
    EXPECT_TRUE(o.skipped[3].reason.contains(QStringLiteral("first on line 2")));
    EXPECT_EQ(o.blankNote(), QStringLiteral("skipped 1 blank row: line 4"));
}
