#pragma once
// Grounding checks on an answer: which [n] citations it makes, which of them
// point at a provided passage or data fact, and which the model invented.

#include "ask/ask_types.h"

#include <QList>
#include <QSet>
#include <QString>

namespace stratos::ask {

// The numbers a context provides: passages and data facts.
QSet<int> providedNumbers(const AskContext &context);

// Every citation in the answer: "[3]", "[1, 2]", "[1; 4]", "[2-4]", "[1][2]".
// A number not provided is returned with valid = false.
QList<Citation> findCitations(const QString &answer, const AskContext &context);

// Distinct numbers in order of first appearance.
QList<int> citedNumbers(const QList<Citation> &citations, bool valid);

// The passage or fact for a number; null when not provided.
const RetrievedPassage *passageFor(const AskContext &context, int number);
const DataFact *factFor(const AskContext &context, int number);

// Keeps what fits the prompt budget: all data facts (short and exact), then
// passages in rank order; a passage that does not fit is left out, so its
// number is not provided and citing it counts as invented.
AskContext fitToBudget(const AskContext &context, int budgetChars);

// Sources numbered in the order the answer first cites them ([1], [2], [3],
// never [2] [3]), the uncited after them; *answer's "[n]" marks are rewritten
// to match. For answers whose only brackets are their citations (the built-in one).
AskContext renumberByCitation(const AskContext &context, QString *answer);

} // namespace stratos::ask
