#pragma once
// Splits document text into passages on paragraph and sentence boundaries,
// keeping character offsets so a citation can highlight the exact span.

#include <QList>
#include <QString>

namespace stratos {

struct TextSpan
{
    int start = 0; // [start, end) in the original text
    int end = 0;
};

struct SplitOptions
{
    int targetChars = 700; // a passage grows paragraph by paragraph up to this
    int maxChars = 1200;   // a longer paragraph is cut at sentence boundaries
};

// Sentence spans within [from, to) of text; whitespace around sentences is excluded.
QList<TextSpan> splitSentences(const QString &text, int from, int to);

// Passage spans covering the text's non-blank content.
QList<TextSpan> splitPassages(const QString &text, const SplitOptions &options = {});

} // namespace stratos
