#include "ask_context.h"
#include "dialect.h"

#include "ask_facts.h"
#include "fulltext.h"
#include "query_log.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

void collect(QSqlDatabase db, const FullTextQuery &query, QList<ask::CandidatePassage> &out,
             QHash<qint64, qsizetype> &index)
{
    const Result<QList<PassageHit>> hits = searchPassages(db, query);
    if (!hits) {
        qCWarning(lcStore) << "finding passages for a question:" << hits.error().message;
        return;
    }
    for (const PassageHit &h : hits.value()) {
        if (const auto it = index.constFind(h.passageId); it != index.constEnd()) {
            out[*it].phraseMatch = out[*it].phraseMatch || query.phraseOnly;
            continue;
        }
        ask::CandidatePassage c;
        c.passageId = h.passageId;
        c.documentId = h.documentId;
        c.documentTitle = h.documentTitle;
        c.documentPath = h.documentPath;
        c.passageStart = h.start;
        c.text = h.text;
        c.bm25 = h.score;
        c.phraseMatch = query.phraseOnly;
        c.caption = h.kind == QLatin1String("caption");
        index.insert(h.passageId, out.size());
        out << c;
    }
}

} // namespace

QList<QStringList> entitySynonyms(QSqlDatabase db)
{
    // A security's symbol, its issuer's name and its own name's first word name one entity.
    QList<QStringList> groups;
    QSqlQuery q(db);
    sql::streamRows(q);
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
    FullTextQuery query = fullTextQuery(question, limit);
    query.kinds = {QStringLiteral("body"), QStringLiteral("caption")}; // contents and reference lists answer nothing
    if (query.terms.size() >= 2) {
        query.phraseOnly = true;
        collect(db, query, out, index);
        query.phraseOnly = false;
    }
    collect(db, query, out, index);
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
