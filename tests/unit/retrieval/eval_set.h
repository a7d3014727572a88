#pragma once
// The retrieval evaluation set (tests/data/retrieval_eval/questions.tsv): questions
// over the real documents and the briefing notes, each with its gold fact, split
// into a tuning half (odd ids) and a held-out half (even ids).

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::test {

struct EvalQuestion
{
    int id = 0;
    QString question;
    QString fact;         // the gold fact: in the gold passage and in a right answer
    QStringList files;    // file-name prefixes of the documents that hold it
    bool heldOut() const { return id % 2 == 0; }
    // No document or note answers it ("-" as fact and files): a right answer says so.
    bool unanswerable() const { return fact == QLatin1String("-"); }
};

// Parses the set; a malformed line is an error naming the line.
Result<QList<EvalQuestion>> parseEvalSet(const QString &text, const QString &fileName);
Result<QList<EvalQuestion>> loadEvalSet();

// Case-insensitive, whitespace collapsed.
bool containsFact(const QString &text, const QString &fact);

} // namespace stratos::test
