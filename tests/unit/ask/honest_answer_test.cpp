// What the passage is about counts (its heading, its document's title), headings are
// never cited, and the built-in answer says the documents do not say when the best
// passage speaks to too little of the question (issue 16).
#include "ask/extractive_answer.h"
#include "ask/rerank.h"

#include <gtest/gtest.h>

using namespace stratos::ask;

namespace {

CandidatePassage candidate(qint64 id, const QString &title, const QString &text)
{
    CandidatePassage c;
    c.documentId = id;
    c.passageId = id;
    c.documentTitle = title;
    c.text = text;
    c.bm25 = -2;
    return c;
}

RetrievedPassage measured(int number, const QString &text, double coverage, const QStringList &missing)
{
    RetrievedPassage p;
    p.number = number;
    p.text = text;
    p.passageText = text;
    p.end = int(text.size());
    p.score = 1;
    p.coverage = coverage;
    p.missing = missing;
    return p;
}

} // namespace

TEST(Rerank, TheHeadingAndTheDocumentTitleSpeakForThePassageButAreNotCited)
{
    const QString question = QStringLiteral("What does Kimi k1.5 score on MathVista?");
    const CandidatePassage report = candidate(1, QStringLiteral("Kimi k1.5: Scaling Reinforcement Learning"),
                                              QStringLiteral("4.2 Vision Results\n\nThe model scores 74.9 on MathVista, "
                                                             "ahead of the models it was compared with."));
    const CandidatePassage survey = candidate(2, QStringLiteral("A survey of benchmarks"),
                                              QStringLiteral("MathVista is a benchmark of visual mathematics on which "
                                                             "models report a score."));
    const QList<RetrievedPassage> r = rerankPassages(question, {survey, report}, 2);
    ASSERT_EQ(r.size(), 2);
    EXPECT_EQ(r[0].passageId, 1) << "the report's title names Kimi k1.5; the survey does not";
    EXPECT_TRUE(r[0].text.startsWith(QStringLiteral("The model scores 74.9"))) << r[0].text.toStdString();
    // Kimi and k1.5 only in the title (half strength), score and MathVista cited.
    EXPECT_GT(r[0].coverage, 0.5); // above ExtractiveOptions::minCoverage
    EXPECT_LT(r[0].coverage, 1.0);
    EXPECT_TRUE(r[0].missing.isEmpty()) << r[0].missing.join(u',').toStdString();
    EXPECT_LT(r[1].coverage, r[0].coverage);
    EXPECT_TRUE(r[1].missing.contains(QStringLiteral("kimi"))) << r[1].missing.join(u',').toStdString();
}

TEST(ExtractiveAnswer, SaysTheDocumentsDoNotSayAndShowsWhatWasNearest)
{
    AskContext ctx;
    ctx.question = QStringLiteral("How many GPUs did OpenAI use to train its Dota 2 bots?");
    ctx.passages << measured(1, QStringLiteral("2019), and OpenAI Dota Five (Berner et al."), 0.44,
                             {QStringLiteral("bots"), QStringLiteral("use"), QStringLiteral("gpus")})
                 << measured(2, QStringLiteral("The final training run used 2.788 million H800 GPU-hours."), 0.35,
                             {QStringLiteral("bots"), QStringLiteral("dota"), QStringLiteral("openai")});
    const QString answer = composeExtractiveAnswer(ctx);
    // The first passage has nothing but a cut fragment: the nearest sentence is the next one's.
    EXPECT_EQ(answer, QStringLiteral("The documents do not say. The nearest passage does not mention \u201Cbots\u201D, "
                                     "\u201CDota\u201D or \u201COpenAI\u201D: The final training run used 2.788 million "
                                     "H800 GPU-hours. [2]"));
    EXPECT_TRUE(declinesToAnswer(answer));

    // The same passages, measured as speaking to most of the question, answer it.
    ctx.passages[0].coverage = ctx.passages[1].coverage = 0.8;
    const QString answered = composeExtractiveAnswer(ctx);
    EXPECT_FALSE(declinesToAnswer(answered)) << answered.toStdString();
    EXPECT_TRUE(answered.contains(QStringLiteral("2.788 million"))) << answered.toStdString();
}

TEST(ExtractiveAnswer, AStoreFigureThatSaysItHasNoneIsNoAnswerEither)
{
    AskContext ctx;
    ctx.question = QStringLiteral("How much did it cost to train Kimi k1.5?");
    ctx.passages << measured(2, QStringLiteral("The Kimi k1.5 model is trained in three stages."), 0.45,
                             {QStringLiteral("cost")});
    DataFact none;
    none.number = 1;
    none.text = QStringLiteral("The store has no training cost or API price for Kimi k1.5.");
    none.absence = true;
    ctx.facts << none;
    EXPECT_EQ(composeExtractiveAnswer(ctx),
              QStringLiteral("The documents do not say. The store has no training cost or API price for Kimi k1.5. [1] "
                             "The nearest passage does not mention \u201Ccost\u201D: The Kimi k1.5 model is trained in "
                             "three stages. [2]"));
    // A passage that speaks to most of the question but not to the figure the store
    // lacks does not answer either.
    ctx.passages[0].coverage = 0.8;
    EXPECT_TRUE(declinesToAnswer(composeExtractiveAnswer(ctx))) << composeExtractiveAnswer(ctx).toStdString();
    // Nor one that lacks the subject: the question's name is quoted whole.
    AskContext other = ctx;
    other.question = QStringLiteral("What does the Qwen2.5-Max API cost per million tokens?");
    other.facts[0].text = QStringLiteral("The store has no training cost or API price for Qwen2.5-Max.");
    other.passages[0] = measured(2, QStringLiteral("At launch, DeepSeek-R1 cost $0.55 per million input tokens."), 0.72,
                                 {QStringLiteral("max"), QStringLiteral("qwen2"), QStringLiteral("5")});
    EXPECT_EQ(composeExtractiveAnswer(other),
              QStringLiteral("The documents do not say. The store has no training cost or API price for Qwen2.5-Max. "
                             "[1] The nearest passage does not mention “Qwen2.5-Max”: At launch, DeepSeek-R1 "
                             "cost $0.55 per million input tokens. [2]"));
    // A passage that has the subject and lacks only a word the store's statement does not
    // have answers.
    other.question = QStringLiteral("How many tokens was Qwen2.5-Max pretrained on?");
    other.passages[0] = measured(2, QStringLiteral("Qwen2.5-Max has been trained on over 20 trillion tokens."), 0.8,
                                 {QStringLiteral("pretrained")});
    EXPECT_FALSE(declinesToAnswer(composeExtractiveAnswer(other))) << composeExtractiveAnswer(other).toStdString();
    // A figure the store does hold answers, however weak the passages.
    ctx.facts[0].absence = false;
    ctx.facts[0].text = QStringLiteral("The store puts the training cost of Kimi k1.5 at $1 million.");
    EXPECT_TRUE(composeExtractiveAnswer(ctx).startsWith(ctx.facts[0].text));
}

TEST(ExtractiveAnswer, TableRowsWithEmptyCellsAndSectionHeadingsAreNotSentences)
{
    AskContext ctx;
    ctx.question = QStringLiteral("What does Kimi k1.5 score on MathVista?");
    ctx.passages << measured(1,
                             QStringLiteral("Codeforces (Percentile) 62 88 - 94 94 Vision MathVista-Test (Pass@1) - - "
                                            "71.4 71.0 74.9 MMMU-Val (Pass@1) - - 70.3 77.3 70.0\n"
                                            "4.2.1 MathVista Results\n"
                                            "On MathVista, Kimi k1.5 scores 74.9."),
                             0.9, {});
    EXPECT_EQ(composeExtractiveAnswer(ctx), QStringLiteral("On MathVista, Kimi k1.5 scores 74.9. [1]"));
}

TEST(ExtractiveAnswer, AStatementOpensTheAnswerBeforeACaption)
{
    AskContext ctx;
    ctx.question = QStringLiteral("How many languages does Qwen3 support?");
    ctx.passages << measured(1, QStringLiteral("Table 36: Language families and language codes supported by Qwen3."),
                             0.8, {})
                 << measured(2, QStringLiteral("Qwen3 expands multilingual support from 29 to 119 languages."), 0.8, {});
    ctx.passages[1].score = 0.9; // ranked below the caption
    // The caption adds no word of the question the statement lacks: it is left out.
    EXPECT_EQ(composeExtractiveAnswer(ctx),
              QStringLiteral("Qwen3 expands multilingual support from 29 to 119 languages. [2]"));
}
