#include "fulltext.h"
#include "dialect.h"

#include "text/fts_query.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

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

Result<QList<PassageHit>> searchPassages(QSqlDatabase db, const FullTextQuery &query)
{
    QList<PassageHit> out;
    if (query.terms.isEmpty())
        return out;
    // Rank inside the FTS table first: joining before the LIMIT would read every
    // matching passage's text just to throw most of it away.
    const bool snippet = query.snippet.has_value();
    QString sql = QStringLiteral(
        "SELECT p.id, p.document_id, d.title, d.path, p.start_char, p.end_char, p.kind, p.text, f.score, %1 "
        "FROM (SELECT rowid, bm25(passage_fts) AS score%2 FROM passage_fts WHERE passage_fts MATCH ? "
        "      ORDER BY score LIMIT ?) f "
        "JOIN passage p ON p.id = f.rowid JOIN document d ON d.id = p.document_id ")
                      .arg(snippet ? QStringLiteral("f.snippet") : QStringLiteral("''"),
                           snippet ? QStringLiteral(", snippet(passage_fts, 0, ?, ?, '\u2026', ?) AS snippet")
                                   : QString());
    if (!query.kinds.isEmpty())
        sql += QStringLiteral("WHERE p.kind IN (%1) ").arg(QStringList(query.kinds.size(), QStringLiteral("?")).join(u','));
    sql += QStringLiteral("ORDER BY f.score, p.id");

    QSqlQuery q(db);
    sql::streamRows(q);
    if (!q.prepare(sql))
        return Error{QStringLiteral("searching the passages: %1").arg(q.lastError().text())};
    if (snippet) {
        q.addBindValue(query.snippet->open);
        q.addBindValue(query.snippet->close);
        q.addBindValue(query.snippet->tokens);
    }
    q.addBindValue(matchExpression(query));
    q.addBindValue(query.limit);
    for (const QString &kind : query.kinds)
        q.addBindValue(kind);
    if (!q.exec())
        return Error{QStringLiteral("searching the passages: %1").arg(q.lastError().text())};
    while (q.next()) {
        PassageHit h;
        h.passageId = q.value(0).toLongLong();
        h.documentId = q.value(1).toLongLong();
        h.documentTitle = q.value(2).toString();
        h.documentPath = q.value(3).toString();
        h.start = q.value(4).toInt();
        h.end = q.value(5).toInt();
        h.kind = q.value(6).toString();
        h.text = q.value(7).toString();
        h.score = q.value(8).toDouble();
        h.snippet = q.value(9).toString();
        out.append(std::move(h));
    }
    return out;
}

} // namespace stratos
