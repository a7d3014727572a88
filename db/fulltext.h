#pragma once
// Full-text search over the passages: the one function the Library search and
// the Ask retrieval both call. Everything that depends on the search engine
// (SQLite FTS5: MATCH, bm25, snippet; PostgreSQL: tsvector, websearch_to_tsquery,
// ts_rank_cd, ts_headline) lives behind this interface in fulltext.cpp, so
// another engine changes that file, not its callers.

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace stratos {

// One passage that matched, with its document.
struct PassageHit
{
    qint64 passageId = 0;
    qint64 documentId = 0;
    QString documentTitle;
    QString documentPath;
    int start = 0, end = 0; // character offsets into the document's text, [start, end)
    QString kind;           // body, caption, contents, references (passage.kind)
    QString text;           // the passage's text
    QString snippet;        // empty unless asked for: matches between the query's marks
    double score = 0;       // lower is better (FTS5's bm25 is negative)
};

struct SnippetMarks
{
    QString open, close; // put around each matched term
    int tokens = 24;     // the snippet's length in words, at most
};

struct FullTextQuery
{
    QStringList terms;       // searchTerms(): lower-case letters and digits, no stop words
    bool phraseOnly = false; // all terms adjacent and in order; else the exact phrase,
                             // all terms, or any term, best first
    int limit = 20;          // the best `limit` passages are ranked first...
    QStringList kinds;       // ...then only these kinds are kept (empty: all)
    std::optional<SnippetMarks> snippet;
};

// Best first. Empty (not an error) when there are no terms.
Result<QList<PassageHit>> searchPassages(QSqlDatabase db, const FullTextQuery &query);

// The user's words (searchTerms) in ranked mode.
FullTextQuery fullTextQuery(const QString &userText, int limit);

} // namespace stratos
