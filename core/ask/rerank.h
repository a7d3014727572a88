#pragma once
// Sentence-level re-ranking of full-text candidates: scores each passage by its
// best window of 1-3 contiguous sentences and cites exactly that window.

#include "ask/ask_types.h"
#include "ask/name_words.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::ask {

// A passage as full-text search returned it.
struct CandidatePassage
{
    qint64 documentId = 0;
    qint64 passageId = 0;
    QString documentTitle;
    QString documentPath;
    int passageStart = 0; // offset of `text` in the document text
    QString text;         // the passage text (document text [passageStart, +size))
    double bm25 = 0;      // SQLite's bm25(): more negative is better
    bool phraseMatch = false; // the question's words appeared as an exact phrase
    bool caption = false;     // a figure or table caption: it names what is shown, the text states it
};

struct RerankOptions
{
    int maxSentences = 3;      // a cited span is 1..maxSentences contiguous sentences
    int maxSpanChars = 700;    // longer windows are not considered (a single long sentence is)
    int longSentenceChars = 360; // run-on "sentences" (transcripts) are cut into pieces this size
    // Groups of words that name the same entity, from the store's own tables
    // ({"nvidia", "nvda"}); a match through one counts a little less than the word itself.
    QList<QStringList> synonyms;
};

// The question's words reduced to a crude stem ("launched" -> "launch", "fell" -> "fall").
QStringList questionStems(const QString &question);
QString stemWord(const QString &lowerWord);

// The words of a text as stems, grouped by the hyphenated names they form.
QList<QStringList> compoundStems(QStringView text);
// Whether a word of a text's name (`passage`, from compoundStems) counts for a word of the
// question's name: the passage's name is the question's or goes on from it.
bool sameName(const QStringList &passage, const QStringList &question);
// A word of a model's or a version's name: letters and digits ("v2", "k1.5", "qwen3", "r1").
bool isVersionedName(const QString &word);
// True for questions that ask for a figure (how much / how many / how far / cost / price...).
bool asksForQuantity(const QString &question);
// True when the store's figures should open the answer: the question asks for a figure.
bool factsLead(const QString &question);
// True for questions that ask for a time (when / what year / which day...).
bool asksForDate(const QString &question);

// The best topK passages, numbered 1..n, each with its cited span as exact
// offsets into the document text. Passages with no question word are dropped.
QList<RetrievedPassage> rerankPassages(const QString &question, const QList<CandidatePassage> &candidates,
                                       int topK, const RerankOptions &options = {});

} // namespace stratos::ask
