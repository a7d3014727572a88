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
        "SELECT p.id, p.document_id, d.title, d.path, p.start_char, p.text, f.score, p.kind "
        "FROM (SELECT rowid, bm25(passage_fts) AS score FROM passage_fts WHERE passage_fts MATCH ? "
        "      ORDER BY score LIMIT ?) f "
        "JOIN passage p ON p.id = f.rowid JOIN document d ON d.id = p.document_id "
        "WHERE p.kind IN ('body', 'caption') ORDER BY f.score")); // contents and reference lists answer nothing
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
        c.caption = q.value(7).toString() == QLatin1String("caption");
        index.insert(id, out.size());
        out << c;
    }
}

} // namespace

QList<QStringList> entitySynonyms(QSqlDatabase db)
{
    // A security's symbol, its issuer's name and its own name's first word name one entity.
    QList<QStringList> groups;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.symbol, coalesce(s.name, ''), coalesce(o.name, '') FROM security s "
                               "LEFT JOIN organization o ON o.id = s.organization_id")))
        return groups;
    auto firstWord = [](const QString &name) {
        const QString w = name.section(u' ', 0, 0).toLower();
        QString letters;
        for (const QChar c : w)
            if (c.isLetterOrNumber())
                letters += c;
        return letters.size() >= 3 ? letters : QString();
    };
    while (q.next()) {
        QStringList g;
        for (const QString &w : {q.value(0).toString().toLower(), firstWord(q.value(1).toString()),
                                 firstWord(q.value(2).toString())})
            if (!w.isEmpty() && !g.contains(w) && w.front().isLetter())
                g << w;
        if (g.size() >= 2)
            groups << g;
    }
    return groups;
}

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
    ask::RerankOptions options;
    options.synonyms = entitySynonyms(db);
    ctx.passages = ask::rerankPassages(question, passageCandidates(db, question, limit), topK, options);
    ctx.facts = dataFactsForQuestion(db, question, int(ctx.passages.size()) + 1);
    if (ask::factsLead(question) && !ctx.facts.isEmpty()) {
        // The store's figures answer first, so they are [1]..[m]: citations read in order.
        int n = 0;
        for (ask::DataFact &f : ctx.facts)
            f.number = ++n;
        for (ask::RetrievedPassage &p : ctx.passages)
            p.number = ++n;
    }
    return ctx;
}

} // namespace stratos
