#pragma once
// The built-in answer: the store's facts and the best retrieved sentences,
// every sentence followed by its citation. No model, no network.

#include "ask/ask_types.h"

#include <QString>
#include <QStringList>

namespace stratos::ask {

struct ExtractiveOptions
{
    int maxPassages = 3;          // spans quoted from at most this many passages
    double relativeScore = 0.55;  // a further passage needs this share of the best passage's score
    int maxSentences = 5;         // a short answer, not a digest
    // A passage this close to the best may add what the answer does not say yet, when its
    // sentence shares a distinctive word of the question and brings newWords the answer lacks.
    double tieScore = 0.9;
    int newWords = 3;
    // Below this share of the question (RetrievedPassage::coverage), the best passage does
    // not answer: the answer says the documents do not say, and quotes what was nearest.
    // Chosen on the tuning half of tests/data/retrieval_eval (docs/retrieval.md).
    double minCoverage = 0.5;
    // Sentences after a passage's cited span that may be quoted when they add to the
    // answer (the span then grows to cover them).
    int continuation = 2;
};

QString composeExtractiveAnswer(const AskContext &context, const ExtractiveOptions &options = {});
// The same, and in *cited the context with each passage's cited span grown to cover the
// sentences the answer quotes from it (the citation stays exact).
QString composeExtractiveAnswer(const AskContext &context, AskContext *cited, const ExtractiveOptions &options = {});

// The answer cut into the tokens a stream delivers: each word with the space after it.
QStringList streamTokens(const QString &answer);

// What the built-in answer says when nothing matched.
QString noSourcesAnswer();
// How the built-in answer opens when the best evidence does not answer the question
// (what was nearest follows, cited).
QString notInSourcesLead();
// True for a built-in answer that says the sources do not answer the question.
bool declinesToAnswer(const QString &answer);

} // namespace stratos::ask
