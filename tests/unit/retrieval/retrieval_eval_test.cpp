// The retrieval evaluation gate: the real documents (../shared/reference/documents)
// imported as a user would, with the briefing notes and the embedded dataset;
// each question of the set asked of the built-in backend. Scored per half: the
// gold passage among the top 3, and the gold fact in the built-in answer.
// The gates sit a few points below the rates reported in docs/retrieval.md.
#include "ask/builtin_backend.h"
#include "ask/citations.h"
#include "ask/extractive_answer.h"
#include "ask_context.h"
#include "eval_set.h"
#include "eval_store.h"
#include "test_env.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

// Measured rates (docs/retrieval.md) minus a margin of about one question: a
// regression fails, noise does not. Measured after the fourth round of issue 16:
// tuning 92.9% / 92.9%, held-out 88.9% / 70.4% (top 3 / answer); of the questions no
// document answers, the answer says so for 4/5 (tuning) and 3/5 (held-out), and no
// answerable question's answer says so.
constexpr double kTuningTop3Gate = 89;
constexpr double kTuningAnswerGate = 89;
constexpr double kHeldOutTop3Gate = 85;
constexpr double kHeldOutAnswerGate = 66;
constexpr double kTuningDeclineGate = 60;
constexpr double kHeldOutDeclineGate = 40;
constexpr int kMaxWronglyDeclined = 1; // per half

using test::evalStore;
using test::EvalStore;

// The answer, and in *cited the sources as the answer numbers them.
QString runBuiltin(const ask::AskContext &ctx, ask::AskContext *cited)
{
    ask::BuiltinBackend backend;
    QString answer;
    *cited = ctx;
    QObject::connect(&backend, &ask::Backend::contextFitted, [cited](const ask::AskContext &c) { *cited = c; });
    QEventLoop loop;
    QObject::connect(&backend, &ask::Backend::finished, [&](const QString &a) {
        answer = a;
        loop.quit();
    });
    QObject::connect(&backend, &ask::Backend::failed, &loop, &QEventLoop::quit);
    backend.start(ctx);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return answer;
}

bool fromGoldFile(const ask::RetrievedPassage &p, const test::EvalQuestion &q)
{
    const QString name = QFileInfo(p.documentPath).fileName();
    for (const QString &prefix : q.files)
        if (name.startsWith(prefix))
            return true;
    return false;
}

struct Rates
{
    int questions = 0, top3 = 0, answered = 0; // the questions the documents answer
    int unanswerable = 0, declined = 0;       // the questions they do not, and the answers saying so
    int wronglyDeclined = 0;                   // answerable questions whose answer said it was not there
    double top3Rate() const { return questions ? 100.0 * top3 / questions : 0; }
    double answerRate() const { return questions ? 100.0 * answered / questions : 0; }
    double declineRate() const { return unanswerable ? 100.0 * declined / unanswerable : 0; }
};

Rates runHalf(bool heldOut)
{
    Rates r;
    EvalStore &s = evalStore();
    auto set = test::loadEvalSet();
    EXPECT_TRUE(set.ok()) << (set ? "" : set.error().toString().toStdString());
    if (!set || !s.store)
        return r;
    // Held-out misses are not printed unless asked: tuning looks at the tuning half only.
    const bool debug = qEnvironmentVariableIsSet("STRATOS_ASK_DEBUG");
    const bool details = !heldOut || qEnvironmentVariableIsSet("STRATOS_EVAL_SHOW_HELDOUT");
    for (const test::EvalQuestion &q : *set) {
        if (q.heldOut() != heldOut)
            continue;
        const ask::AskContext ctx = buildAskContext(s.store->database(), q.question, 6);
        bool found = false;
        if (!q.unanswerable())
            for (const ask::RetrievedPassage &p : ctx.passages.mid(0, 3))
                found = found || (fromGoldFile(p, q) && test::containsFact(p.passageText, q.fact));
        ask::AskContext cited;
        const QString answer = runBuiltin(ctx, &cited);
        const bool declines = ask::declinesToAnswer(answer);
        // An answer that says the documents do not say is wrong even when the
        // nearest passage it then quotes holds the fact.
        const bool right = q.unanswerable() ? declines : !declines && test::containsFact(answer, q.fact);
        if (q.unanswerable()) {
            ++r.unanswerable;
            r.declined += right ? 1 : 0;
        } else {
            ++r.questions;
            r.top3 += found ? 1 : 0;
            r.answered += right ? 1 : 0;
            r.wronglyDeclined += declines ? 1 : 0;
        }
        // Every citation of a built-in answer points at a provided source.
        EXPECT_TRUE(ask::citedNumbers(ask::findCitations(answer, cited), false).isEmpty()) << q.id;
        if (answer != ask::noSourcesAnswer()) {
            EXPECT_EQ(ask::citedNumbers(ask::findCitations(answer, cited), true).value(0, 1), 1)
                << q.id << " cites [1] first";
        }
        const bool miss = q.unanswerable() ? !right : !found || !right;
        if (details && (debug || miss)) {
            std::printf("  %s #%d [%s%s] %s (fact: %s)\n    answer: %s\n", heldOut ? "held-out" : "tuning", q.id,
                        q.unanswerable() ? "unanswerable" : found ? "top3" : "MISS-RETRIEVAL",
                        right ? " answered" : " MISS-ANSWER", qPrintable(q.question), qPrintable(q.fact),
                        qPrintable(answer.left(400).simplified()));
            if (debug)
                for (const ask::RetrievedPassage &p : ctx.passages)
                    std::printf("    [%d]%s %s %.3f cov %.2f lacks %s: %s\n", p.number,
                                !q.unanswerable() && fromGoldFile(p, q) && test::containsFact(p.passageText, q.fact)
                                    ? "*"
                                    : "",
                                qPrintable(QFileInfo(p.documentPath).fileName()), p.score, p.coverage,
                                qPrintable(p.missing.join(u',')), qPrintable(p.text.left(140).simplified()));
        }
    }
    std::printf("%s half: %d answerable questions; right passage in top 3: %d (%.1f%%); built-in answer has the "
                "fact: %d (%.1f%%), says the documents do not say: %d; %d unanswerable questions, answer says so: "
                "%d (%.1f%%)\n",
                heldOut ? "Held-out" : "Tuning", r.questions, r.top3, r.top3Rate(), r.answered, r.answerRate(),
                r.wronglyDeclined, r.unanswerable, r.declined, r.declineRate());
    return r;
}

} // namespace

TEST(RetrievalEvalSet, ParsesAndRejectsMalformedLinesWithTheirLineNumber)
{
    auto set = test::loadEvalSet();
    ASSERT_TRUE(set.ok()) << set.error().toString().toStdString();
    EXPECT_GE(set->size(), 40);
    int heldOut = 0;
    for (const test::EvalQuestion &q : *set)
        heldOut += q.heldOut() ? 1 : 0;
    EXPECT_GE(heldOut, 20);
    EXPECT_GE(set->size() - heldOut, 20);
    auto bad = test::parseEvalSet(QStringLiteral("# c\n1\tq?\tfact\tfile\n2\tonly two\n"), QStringLiteral("x.tsv"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().line, 3);
    auto dup = test::parseEvalSet(QStringLiteral("1\tq?\tf\tx\n1\tq2?\tf\tx\n"), QStringLiteral("x.tsv"));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().line, 2);
}

TEST(RetrievalEval, EveryRealDocumentImports)
{
    STRATOS_SKIP_WITHOUT(test::sharedFile(QStringLiteral("reference/documents")));
    EvalStore &s = evalStore();
    ASSERT_TRUE(s.store);
    EXPECT_TRUE(s.error.isEmpty()) << s.error.toStdString();
}

TEST(RetrievalEval, TuningHalf)
{
    STRATOS_SKIP_WITHOUT(test::sharedFile(QStringLiteral("reference/documents")));
    const Rates r = runHalf(false);
    EXPECT_GE(r.questions, 20);
    EXPECT_GE(r.top3Rate(), kTuningTop3Gate);
    EXPECT_GE(r.answerRate(), kTuningAnswerGate);
    EXPECT_GE(r.unanswerable, 5);
    EXPECT_GE(r.declineRate(), kTuningDeclineGate);
    EXPECT_LE(r.wronglyDeclined, kMaxWronglyDeclined);
}

TEST(RetrievalEval, HeldOutHalf)
{
    STRATOS_SKIP_WITHOUT(test::sharedFile(QStringLiteral("reference/documents")));
    const Rates r = runHalf(true);
    EXPECT_GE(r.questions, 20);
    EXPECT_GE(r.top3Rate(), kHeldOutTop3Gate);
    EXPECT_GE(r.answerRate(), kHeldOutAnswerGate);
    EXPECT_GE(r.unanswerable, 5);
    EXPECT_GE(r.declineRate(), kHeldOutDeclineGate);
    EXPECT_LE(r.wronglyDeclined, kMaxWronglyDeclined);
}
