#include "fulltext.h"
#include "dialect.h"
#include "row_columns.h"
#include "row_reader.h"

#include "text/fts_query.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

// ts_rank_cd's length normalisation on PostgreSQL (1: divide by 1 + log of the
// passage's length, as bm25 too favours shorter passages); chosen on the tuning
// half of tests/data/retrieval_eval (docs/team-store.md).
constexpr int kRankNormalization = 1;

QString matchExpression(const FullTextQuery &query)
{
    // Terms hold letters and digits only, so quoting them cannot break the FTS5 syntax.
    if (query.phraseOnly)
        return QStringLiteral("\"%1\"").arg(query.terms.join(u' '));
    return buildFtsQuery(query.terms.join(u' '));
}

} // namespace

FullTextQuery fullTextQuery(const QString &userText, int limit)
{
    FullTextQuery q;
    q.terms = searchTerms(userText);
    q.limit = limit;
    return q;
}

namespace {

// A statement and its values in placeholder order.
struct Statement
{
    QString sql;
    QVariantList values;
};

QString kindFilter(const FullTextQuery &query, QVariantList &values)
{
    if (query.kinds.isEmpty())
        return {};
    for (const QString &kind : query.kinds)
        values << kind;
    return QStringLiteral("WHERE p.kind IN (%1) ").arg(QStringList(query.kinds.size(), QStringLiteral("?")).join(u','));
}

// Both dialects rank inside the index first and join only the ranked page of
// passage ids to their passages and documents: joining before the LIMIT would
// read every matching passage's text just to throw most of it away.
// ranked: a subquery of (id, score) ordered by score and limited; values: the
// statement's placeholders up to its end, in order.
Statement rankedHits(const FullTextQuery &query, const QString &snippetColumn, const QString &ranked,
                     QVariantList values)
{
    Statement st;
    st.sql = QStringLiteral("SELECT p.id, p.document_id, d.title, d.path, p.start_char, p.end_char, p.kind, p.text, "
                            "f.score, %1 FROM (%2) f JOIN passage p ON p.id = f.id "
                            "JOIN document d ON d.id = p.document_id ")
                 .arg(snippetColumn, ranked);
    st.values = std::move(values);
    st.sql += kindFilter(query, st.values);
    st.sql += QStringLiteral("ORDER BY f.score, p.id");
    return st;
}

// SQLite: FTS5, ranked by bm25 (negative, lower is better), snippet().
Statement sqliteStatement(const FullTextQuery &query)
{
    const bool snippet = query.snippet.has_value();
    QVariantList values;
    if (snippet)
        values << query.snippet->open << query.snippet->close << query.snippet->tokens;
    values << matchExpression(query) << query.limit;
    return rankedHits(query, snippet ? QStringLiteral("f.snippet") : QStringLiteral("''"),
                      QStringLiteral("SELECT rowid AS id, bm25(passage_fts) AS score%1 FROM passage_fts "
                                     "WHERE passage_fts MATCH ? ORDER BY score LIMIT ?")
                          .arg(snippet ? QStringLiteral(", snippet(passage_fts, 0, ?, ?, '\u2026', ?) AS snippet")
                                       : QString()),
                      values);
}

// PostgreSQL (team store): the passage's generated tsvector column (GIN index,
// migrations/postgresql/0002) against websearch_to_tsquery, ranked by
// ts_rank_cd negated so that lower is better as with bm25; ts_headline marks
// the matches ('<' hidden from it as U+E000 meanwhile: its parser reads
// "<b>" as markup and would drop it, and document text stays text). Terms
// hold letters and digits only, so the websearch text cannot carry operators
// of its own.
Statement postgresStatement(const FullTextQuery &query)
{
    const QString text = query.phraseOnly ? QStringLiteral("\"%1\"").arg(query.terms.join(u' '))
                                          : query.terms.join(QStringLiteral(" or "));
    const bool snippet = query.snippet.has_value();
    QVariantList values;
    if (snippet) {
        // ts_headline's options: double-quoted values may hold any character but '"'.
        const auto quoted = [](QString v) { return u'"' + v.remove(u'"') + u'"'; };
        values << text
               << QStringLiteral("StartSel=%1, StopSel=%2, MaxWords=%3, MinWords=%4, ShortWord=0, HighlightAll=false")
                      .arg(quoted(query.snippet->open), quoted(query.snippet->close))
                      .arg(query.snippet->tokens)
                      .arg(qMax(1, query.snippet->tokens / 2));
    }
    values << text << query.limit;
    return rankedHits(query,
                      snippet ? QStringLiteral("replace(ts_headline('english', replace(p.text, '<', chr(57344)), "
                                               "websearch_to_tsquery('english', ?), ?), chr(57344), '<')")
                              : QStringLiteral("''"),
                      QStringLiteral("SELECT s.id, -ts_rank_cd(s.search, w.q, %1) AS score "
                                     "FROM passage s, websearch_to_tsquery('english', ?) AS w(q) "
                                     "WHERE s.search @@ w.q ORDER BY score, s.id LIMIT ?")
                          .arg(kRankNormalization),
                      values);
}

} // namespace

Result<QList<PassageHit>> searchPassages(QSqlDatabase db, const FullTextQuery &query)
{
    if (query.terms.isEmpty())
        return QList<PassageHit>{};
    const Statement st = isPostgres(db) ? postgresStatement(query) : sqliteStatement(query);
    return trySelectRows(db, st.sql, st.values, QStringLiteral("searching the passages"), [](const QSqlQuery &q) {
        PassageHit h;
        readColumns(q, 0, h.passageId, h.documentId, h.documentTitle, h.documentPath, h.start, h.end, h.kind,
                    h.text, h.score, h.snippet);
        return h;
    });
}

} // namespace stratos
