#pragma once
// The Porter (1980) stemmer, as SQLite's FTS5 "porter" tokenizer applies it, so
// that re-ranking and the full-text index agree on which words are one word
// ("effective" and "effect", "launches" and "launched").

#include <QString>

namespace stratos {

// The stem of a lower-case ASCII word; other words come back unchanged.
QString porterStem(const QString &lowerWord);

} // namespace stratos
