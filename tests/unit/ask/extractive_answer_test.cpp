// The built-in answer: the best passage's sentence first, further passages only
// when they add, no table-cell runs, no common-word-only overlaps, data facts
// leading only for a figure, citations numbered in order of first appearance.
#include "ask/builtin_backend.h"
#include "ask/citations.h"
#include "ask/extractive_answer.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace stratos::ask;

namespace {

RetrievedPassage passage(int number, const QString &text, double score)
{
    RetrievedPassage p;
    p.number = number;
    p.documentTitle = QStringLiteral("doc %1").arg(number);
    p.text = text;
    p.passageText = text;
    p.end = int(text.size());
    p.score = score;
    return p;
}

QList<int> citationOrder(const QString &answer)
{
    QList<int> out;
    static const QRegularExpression re(QStringLiteral("\\[(\\d+)\\]"));
    for (auto it = re.globalMatch(answer); it.hasNext();) {
        const int n = it.next().captured(1).toInt();
        if (!out.contains(n))
            out << n;
    }
    return out;
}

} // namespace

TEST(ExtractiveAnswer, OpensWithTheBestPassageAndSkipsPassagesThatOnlyShareACommonWord)
{
    AskContext ctx;
    ctx.question = QStringLiteral("How much energy does training a large AI model use?");
    ctx.passages << passage(1, QStringLiteral("Training a single large NLP model may consume as much energy as a car over "
                                              "its entire lifetime."),
                            1.0)
                 << passage(2, QStringLiteral("Meta's Llama 3.1 was a large model released in July 2024."), 0.9)
                 << passage(3, QStringLiteral("Data centers use about 2 percent of US electricity, and training large "
                                              "models adds to their energy demand."),
                            0.8);
    const QString answer = composeExtractiveAnswer(ctx);
    EXPECT_TRUE(answer.startsWith(QStringLiteral("Training a single large NLP model"))) << answer.toStdString();
    EXPECT_FALSE(answer.contains(QStringLiteral("Llama"))) << "shares only 'large' and 'model' with the question";
    // Passage 3 repeats the question's words the answer already has: it adds nothing.
    EXPECT_EQ(citationOrder(answer), (QList<int>{1})) << answer.toStdString();
}

TEST(ExtractiveAnswer, RunsOfTableCellsAreNotSentences)
{
    AskContext ctx;
    ctx.question = QStringLiteral("What does Kimi k1.5 score on AIME?");
    ctx.passages << passage(1, QStringLiteral("77.5 74.4 63.6 50 AIME 2024 (Pass@1) 94 96.2. Kimi k1.5 reaches 77.5 on AIME."),
                            1.0);
    const QString answer = composeExtractiveAnswer(ctx);
    EXPECT_EQ(answer, QStringLiteral("Kimi k1.5 reaches 77.5 on AIME. [1]"));
}

TEST(ExtractiveAnswer, DataFactsLeadOnlyWhenTheQuestionAsksForAFigure)
{
    AskContext ctx;
    ctx.question = QStringLiteral("How many Starlink satellites were launched in 2024?");
    DataFact f;
    f.number = 1;
    f.label = QStringLiteral("GCAT launch log: Starlink launches in 2024");
    f.text = QStringLiteral("The store's launch log counts 1982 Starlink satellites launched in 2024.");
    ctx.facts << f;
    ctx.passages << passage(2, QStringLiteral("Starlink satellites launched in 2024 numbered close to two thousand."), 1.0);
    const QString figure = composeExtractiveAnswer(ctx);
    EXPECT_TRUE(figure.startsWith(f.text)) << figure.toStdString();
    EXPECT_EQ(citationOrder(figure), (QList<int>{1, 2}));

    ctx.question = QStringLiteral("Why do Starlink satellites get launched on Falcon 9?");
    ctx.facts.first().number = 2;
    ctx.passages.first().number = 1;
    ctx.passages.first().text = QStringLiteral("Starlink satellites are launched on Falcon 9 because SpaceX builds both.");
    const QString why = composeExtractiveAnswer(ctx);
    EXPECT_FALSE(why.contains(QStringLiteral("counts 1982"))) << why.toStdString();
    EXPECT_EQ(citationOrder(why), (QList<int>{1}));
}

TEST(ExtractiveAnswer, ANearlyAsGoodPassageAddsWhatTheAnswerDoesNotSayYet)
{
    AskContext ctx;
    ctx.question = QStringLiteral("What does the retry window in the scheduler let operators do?");
    ctx.passages << passage(1, QStringLiteral("The scheduler has a retry window that operators can set per queue."), 1.0)
                 << passage(2, QStringLiteral("With the retry window, operators can postpone failed jobs until the "
                                              "cluster has spare capacity overnight."),
                            0.95)
                 << passage(3, QStringLiteral("The scheduler was rewritten in 2023 by the operators' team."), 0.6);
    const QString answer = composeExtractiveAnswer(ctx);
    EXPECT_EQ(citationOrder(answer), (QList<int>{1, 2})) << answer.toStdString();
    EXPECT_TRUE(answer.contains(QStringLiteral("postpone failed jobs"))) << answer.toStdString();
    // The same sentence from a passage ranked far below the best adds nothing to the answer.
    ctx.passages[1].score = 0.7;
    EXPECT_EQ(citationOrder(composeExtractiveAnswer(ctx)), (QList<int>{1})) << composeExtractiveAnswer(ctx).toStdString();
}

TEST(ExtractiveAnswer, FragmentsCutMidBracketAreNotSentencesAndMarkdownEscapesGo)
{
    AskContext ctx;
    ctx.question = QStringLiteral("Which games did reinforcement learning agents master?");
    ctx.passages << passage(1, QStringLiteral("2019), and the game agents of Five (Smith et al. Reinforcement learning "
                                              "agents mastered Go and chess games by self-play\\."),
                            1.0);
    const QString answer = composeExtractiveAnswer(ctx);
    EXPECT_FALSE(answer.contains(QStringLiteral("2019)"))) << answer.toStdString();
    EXPECT_TRUE(answer.contains(QStringLiteral("mastered Go and chess games by self-play. [1]"))) << answer.toStdString();
}

TEST(ExtractiveAnswer, CitationsAreNumberedInTheOrderTheAnswerFirstUsesThem)
{
    AskContext ctx;
    ctx.question = QStringLiteral("Which orbit does the relay satellite use?");
    ctx.passages << passage(1, QStringLiteral("Which orbit does the relay satellite use?"), 1.0) // a question answers nothing
                 << passage(2, QStringLiteral("The relay satellite uses a halo orbit around the second Lagrange point."), 0.8);
    QString answer = composeExtractiveAnswer(ctx);
    ASSERT_EQ(citationOrder(answer), QList<int>{2}) << answer.toStdString();
    const AskContext renumbered = renumberByCitation(ctx, &answer);
    EXPECT_EQ(citationOrder(answer), QList<int>{1}) << answer.toStdString();
    ASSERT_EQ(renumbered.passages.size(), 2);
    EXPECT_EQ(renumbered.passages[0].number, 1);
    EXPECT_TRUE(renumbered.passages[0].text.contains(QStringLiteral("halo orbit")));
    EXPECT_EQ(renumbered.passages[1].number, 2) << "the uncited source follows";

    // The built-in backend says so before it streams: the sources are the renumbered ones.
    BuiltinBackend backend;
    AskContext told;
    QObject::connect(&backend, &Backend::contextFitted, [&told](const AskContext &c) { told = c; });
    backend.start(ctx);
    ASSERT_EQ(told.passages.size(), 2);
    EXPECT_TRUE(told.passages[0].text.contains(QStringLiteral("halo orbit")));
    backend.stop();
}

TEST(ExtractiveAnswer, ASentenceCutInsideALinkEndsBeforeTheBracket)
{
    AskContext ctx;
    ctx.question = QStringLiteral("How much did the harbour fund provide?");
    // The sentence splitter stops at the link's first dot: the bracket never closes.
    ctx.passages << passage(1, QStringLiteral("The harbour fund provided $12 million for new cranes, including $4 million "
                                              "of grants ([Port Authority"),
                            1.0);
    const QString answer = composeExtractiveAnswer(ctx);
    EXPECT_EQ(answer, QStringLiteral("The harbour fund provided $12 million for new cranes, including $4 million of "
                                     "grants. [1]"));
}
