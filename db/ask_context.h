#pragma once
// Everything a backend needs to answer one question: FTS5 candidates re-ranked
// at sentence level (core/ask/rerank.h), and the store's own figures.

#include "ask/ask_types.h"
#include "ask/rerank.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stratos {

// bm25 candidates: the question's words as an exact phrase (flagged), then
// any of the words (buildFtsQuery). Empty when the question has no searchable word.
QList<ask::CandidatePassage> passageCandidates(QSqlDatabase db, const QString &question, int limit);

// Words that name one entity in the store's tables: a security's symbol, its
// issuer's name, its own name ({"nvda", "nvidia"}). Re-ranking synonyms.
QList<QStringList> entitySynonyms(QSqlDatabase db);

// The topK best passages numbered 1..n, then data facts numbered after them.
ask::AskContext buildAskContext(QSqlDatabase db, const QString &question, int topK);

} // namespace stratos
