#include "ask_context.h"

#include "ask_facts.h"
#include "text/fts_query.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

void collect(QSqlDatabase db, const QString &match, int limit, bool phrase, QList<ask::CandidatePassage> &out,
             QHash<qint64, qsizetype> &index)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Rank inside the FTS table first: joining before the LIMIT would read every
    // matching passage's text just to throw most of it away.
    q.prepare(QStringLiteral(
        "SELECT p.id, p.document_id, d.title, d.path, p.start_char, p.text, f.score "
        "FROM (SELECT rowid, bm25(passage_fts) AS score FROM passage_fts WHERE passage_fts MATCH ? "
        "      ORDER BY score LIMIT ?) f "
        "JOIN passage p ON p.id = f.rowid JOIN document d ON d.id = p.document_id ORDER BY f.score"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (const auto it = index.constFind(id); it != index.constEnd()) {
            out[*it].phraseMatch = out[*it].phraseMatch || phrase;
            continue;
        }
        ask::CandidatePassage c;
        c.passageId = id;
        c.documentId = q.value(1).toLongLong();
        c.documentTitle = q.value(2).toString();
        c.documentPath = q.value(3).toString();
        c.passageStart = q.value(4).toInt();
        c.text = q.value(5).toString();
        c.bm25 = q.value(6).toDouble();
        c.phraseMatch = phrase;
        index.insert(id, out.size());
        out << c;
    }
}

} // namespace

QList<ask::CandidatePassage> passageCandidates(QSqlDatabase db, const QString &question, int limit)
{
    QList<ask::CandidatePassage> out;
    QHash<qint64, qsizetype> index;
    const QStringList terms = searchTerms(question);
    if (terms.isEmpty())
        return out;
    // Terms hold letters and digits only, so quoting them cannot break the FTS syntax.
    if (terms.size() >= 2)
        collect(db, QStringLiteral("\"%1\"").arg(terms.join(u' ')), limit, true, out, index);
    collect(db, buildFtsQuery(question), limit, false, out, index);
    return out;
}

ask::AskContext buildAskContext(QSqlDatabase db, const QString &question, int topK)
{
    ask::AskContext ctx;
    ctx.question = question;
    const int limit = std::max(30, topK * 5);
    ctx.passages = ask::rerankPassages(question, passageCandidates(db, question, limit), topK);
    ctx.facts = dataFactsForQuestion(db, question, int(ctx.passages.size()) + 1);
    return ctx;
}

} // namespace stratos
