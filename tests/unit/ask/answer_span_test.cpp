// The built-in answer's fourth round (docs/retrieval.md): the sentences after a cited
// span that bring what the span lacks, with the citation grown to cover them; model
// names matched as whole names; regulatory headings and joined footers.
#include "ask/citations.h"
#include "ask/extractive_answer.h"
#include "ask/rerank.h"

#include <gtest/gtest.h>

using namespace stratos::ask;

namespace {

// A passage at `passageStart` in its document whose cited span is the first `spanChars`.
RetrievedPassage spanOf(int number, const QString &passageText, int passageStart, int spanChars, double score)
{
    RetrievedPassage p;
    p.number = number;
    p.passageId = number;
    p.documentTitle = QStringLiteral("doc %1").arg(number);
    p.passageText = passageText;
    p.passageStart = passageStart;
    p.start = passageStart;
    p.end = passageStart + spanChars;
    p.text = passageText.left(spanChars);
    p.score = score;
    return p;
}

struct Answered
{
    QString answer;
    AskContext cited;
};

// The answer to `question` from one passage: its cited span, then `after`.
Answered answerFromSpan(const QString &question, const QString &span, const QString &after)
{
    AskContext ctx;
    ctx.question = question;
    ctx.passages << spanOf(1, span + after, 0, int(span.size()), 1.0);
    Answered out;
    out.answer = composeExtractiveAnswer(ctx, &out.cited);
    return out;
}

// Two candidate passages, ids 1 and 2, ranked for `question`.
QList<RetrievedPassage> rankTwo(const QString &question, const QString &first, const QString &second)
{
    CandidatePassage a, b;
    a.passageId = 1;
    a.text = first;
    b.passageId = 2;
    b.text = second;
    return rerankPassages(question, {a, b}, 2);
}

} // namespace

TEST(ExtractiveAnswerSpan, TheSentenceAfterTheSpanThatBringsWhatItLacksIsQuotedAndCited)
{
    const QString span = QStringLiteral("In October 2022 the Commerce Department restricted exports of "
                                        "high-performance chips to Chinese buyers.");
    const QString text = span + QStringLiteral(" Policy is policy, and business is business. "
                                               "NVIDIA then launched the A800, a slower version of the A100 for China. "
                                               "Wang made an analogy about oil pipes.");
    AskContext ctx;
    ctx.question = QStringLiteral("What chip did NVIDIA make for China after the October 2022 restrictions?");
    ctx.passages << spanOf(1, text, 500, int(span.size()), 1.0);
    AskContext cited;
    const QString answer = composeExtractiveAnswer(ctx, &cited);
    EXPECT_TRUE(answer.startsWith(QStringLiteral("In October 2022"))) << answer.toStdString();
    EXPECT_TRUE(answer.contains(QStringLiteral("NVIDIA then launched the A800, a slower version of the A100 for China. [1]")))
        << answer.toStdString();
    // The sentence between says nothing the question asks; the one after the fact neither.
    EXPECT_FALSE(answer.contains(QStringLiteral("Policy"))) << answer.toStdString();
    EXPECT_FALSE(answer.contains(QStringLiteral("analogy"))) << answer.toStdString();
    // The citation covers exactly what is quoted, from the span's start to the fact's end.
    ASSERT_EQ(cited.passages.size(), 1);
    const qsizetype factEnd = text.indexOf(QStringLiteral("for China.")) + 10;
    EXPECT_EQ(cited.passages[0].start, 500);
    EXPECT_EQ(cited.passages[0].end, 500 + factEnd);
    EXPECT_EQ(cited.passages[0].text, text.left(factEnd));
    EXPECT_TRUE(citedNumbers(findCitations(answer, cited), false).isEmpty()) << answer.toStdString();
}

TEST(ExtractiveAnswerSpan, ASentenceAfterTheSpanThatOnlySaysMoreOfTheSameIsLeftOut)
{
    const QString span = QStringLiteral("In this paper we introduce DeepSeek-V2, a model that supports a 128K context length.");
    const Answered a = answerFromSpan(QStringLiteral("What context length does DeepSeek-V2 support?"), span,
                                      QStringLiteral(" In practice DeepSeek-V2 saves 42.5% of training costs against DeepSeek 67B."));
    EXPECT_EQ(a.answer, span + QStringLiteral(" [1]"));
    EXPECT_EQ(a.cited.passages.value(0).end, span.size()) << "the citation is the span as ranked";
}

TEST(ExtractiveAnswerSpan, AVersionNumberIsPartOfTheName)
{
    EXPECT_EQ(nameWords(QStringLiteral("DeepSeek-V2.5 costs $0.14; Qwen2.5-Max, e.g. Kimi k1.5.")),
              (QStringList{"deepseek", "v2.5", "costs", "0.14", "qwen2.5", "max", "e", "g", "kimi", "k1.5"}));
    const QString question = QStringLiteral("What is the API price of DeepSeek-V2?");
    const QList<RetrievedPassage> ranked =
        rankTwo(question, QStringLiteral("DeepSeek-V2.5 has an API price of $0.14 per million input tokens."),
                QStringLiteral("The API of DeepSeek-V2 is offered at a low price."));
    ASSERT_EQ(ranked.size(), 2);
    EXPECT_EQ(ranked[0].passageId, 2) << "DeepSeek-V2.5 is another model, not DeepSeek-V2";
    EXPECT_TRUE(ranked[1].missing.contains(QStringLiteral("v2"))) << ranked[1].missing.join(u',').toStdString();
    // The answer's own matching agrees: another version does not count for the asked name.
    AskContext ctx;
    ctx.question = question;
    ctx.passages = {ranked[1]};
    ctx.passages[0].coverage = 1; // past the "do not say" test: only the sentence matching is under test
    const QString answer = composeExtractiveAnswer(ctx);
    EXPECT_TRUE(answer.contains(QStringLiteral("DeepSeek-V2.5"))) << "the best passage's span is quoted";
    ctx.passages = {ranked[0], ranked[1]};
    ctx.passages[0].coverage = 1;
    EXPECT_FALSE(composeExtractiveAnswer(ctx).contains(QStringLiteral("V2.5")))
        << "a further passage on another model adds nothing: " << composeExtractiveAnswer(ctx).toStdString();
}

TEST(ExtractiveAnswerSpan, TheSentenceAfterTheSpanThatGivesTheAskedFigureIsQuoted)
{
    const QString span = QStringLiteral("In 2022 SpaceX kept launching Starlink satellites at a rising rate.");
    const QString after = QStringLiteral(" That year SpaceX launched 1,722 Starlink satellites.");
    const Answered a = answerFromSpan(QStringLiteral("How many Starlink satellites did SpaceX launch in 2022?"), span, after);
    EXPECT_TRUE(a.answer.endsWith(QStringLiteral("That year SpaceX launched 1,722 Starlink satellites. [1]")))
        << a.answer.toStdString();
    EXPECT_EQ(a.cited.passages.value(0).end, span.size() + after.size());
    // Asked for something else, the same sentence says nothing new.
    EXPECT_EQ(answerFromSpan(QStringLiteral("Why did SpaceX launch Starlink satellites in 2022?"), span, after).answer,
              span + QStringLiteral(" [1]"));
}

TEST(ExtractiveAnswerSpan, AHyphenatedNameIsMatchedAsAWhole)
{
    EXPECT_EQ(nameCompounds(QStringLiteral("DeepSeek-R1-Zero and DeepSeek V3 - both")),
              (QList<QStringList>{{"deepseek", "r1", "zero"}, {"and"}, {"deepseek"}, {"v3"}, {"both"}}));
    const QString question = QStringLiteral("What is the API price of DeepSeek-V2?");
    const QList<RetrievedPassage> ranked =
        rankTwo(question, QStringLiteral("DeepSeek-R1 is priced at $0.55 per million input tokens through its API."),
                QStringLiteral("DeepSeek-V2-Lite and DeepSeek-V2 were trained on 8.1T tokens."));
    ASSERT_EQ(ranked.size(), 2);
    const RetrievedPassage &r1 = ranked[0].passageId == 1 ? ranked[0] : ranked[1];
    const RetrievedPassage &v2 = ranked[0].passageId == 2 ? ranked[0] : ranked[1];
    // "DeepSeek" of DeepSeek-R1 is not the DeepSeek of DeepSeek-V2; DeepSeek-V2-Lite goes on from it.
    EXPECT_TRUE(r1.missing.contains(QStringLiteral("deepseek"))) << r1.missing.join(u',').toStdString();
    EXPECT_FALSE(v2.missing.contains(QStringLiteral("deepseek"))) << v2.missing.join(u',').toStdString();
    EXPECT_FALSE(v2.missing.contains(QStringLiteral("v2")));
}

TEST(ExtractiveAnswerSpan, NoPassageNamingTheAskedModelMeansTheDocumentsDoNotSay)
{
    AskContext ctx;
    ctx.question = QStringLiteral("What is the API price of DeepSeek-V2?");
    RetrievedPassage r1 = spanOf(1, QStringLiteral("DeepSeek-R1 is priced at $0.55 per million input tokens."), 0, 56, 1.0);
    r1.coverage = 0.8;
    r1.missing = {QStringLiteral("v2")};
    ctx.passages << r1;
    const QString answer = composeExtractiveAnswer(ctx);
    EXPECT_TRUE(declinesToAnswer(answer)) << answer.toStdString();
    EXPECT_TRUE(answer.contains(QStringLiteral("\u201CDeepSeek-V2\u201D"))) << answer.toStdString();
    // A passage that has the name answers.
    RetrievedPassage v2 = spanOf(2, QStringLiteral("DeepSeek-V2 costs $0.14 per million input tokens."), 100, 50, 0.9);
    v2.coverage = 1;
    ctx.passages << v2;
    EXPECT_FALSE(declinesToAnswer(composeExtractiveAnswer(ctx))) << composeExtractiveAnswer(ctx).toStdString();
}

TEST(ExtractiveAnswerSpan, AFurtherSentenceNeedsTwoQuestionWordsThatAreNotShortCommonWords)
{
    AskContext ctx;
    ctx.question = QStringLiteral("What share of US electricity do data centers use?");
    const QString best = QStringLiteral("Data centers account for about 2 percent of total US electricity usage.");
    const QString other = QStringLiteral("TSMC's US-listed shares fell about 13.3%.");
    ctx.passages << spanOf(1, best, 0, int(best.size()), 1.0) << spanOf(2, other, 500, int(other.size()), 0.9);
    EXPECT_EQ(composeExtractiveAnswer(ctx), best + QStringLiteral(" [1]"));
}
