#pragma once
// What the built-in answer will quote as a sentence, and what it will not: table
// cells read across, fragments, headings, labels; and what a sentence gives (a
// figure, a date). Used by extractive_answer.cpp.

#include <QString>

namespace stratos::ask {

// Table cells and figure labels run together ("77.5 74.4 63.6 50 AIME 2024").
bool isCellRun(const QString &sentence);
// The tail of a sentence cut where it should not have been: a bracket closes before one opens.
bool isFragment(const QString &sentence);
// Not a sentence to quote: a fragment, a table row, a question, a heading, a cell run.
// `passage` is the text the sentence was cut from (a heading beside a sentence is noise).
bool isNoise(const QString &sentence, const QString &passage);
// A short label without a sentence's end ("MathVista (Pass@1)").
bool looksLikeLabel(const QString &sentence);
// A figure: a number that is not part of a name ("GPT-4", "Qwen3") and not a year.
bool statesFigure(const QString &sentence);
// A year or a day of a month.
bool statesDate(const QString &sentence);

} // namespace stratos::ask
