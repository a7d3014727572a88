#include "text/fts_query.h"

#include <QSet>

namespace stratos {
namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {
        "a",    "an",   "and",  "are",  "as",    "at",   "be",    "by",   "did",  "do",
        "does", "for",  "from", "had",  "has",   "have", "how",   "i",    "in",   "is",
        "it",   "its",  "of",   "on",   "or",    "that", "the",   "their", "them", "then",
        "there", "these", "they", "this", "to",  "was",  "were",  "what", "when", "where",
        "which", "who", "whom", "why",  "will",  "with", "would", "you",  "your", "can",
        "could", "about", "much", "many", "any", "into", "than", "been", "being", "we",
        "our",  "s",    "so",   "if",   "not",   "no",   "but",   "all",  "also", "tell", "me"};
    return words;
}

} // namespace

QStringList searchTerms(const QString &text)
{
    QStringList out;
    QString cur;
    auto flush = [&] {
        if (!cur.isEmpty()) {
            const QString w = cur.toLower();
            if (!stopWords().contains(w) && !out.contains(w))
                out.append(w);
            cur.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            cur += c;
        else
            flush();
    }
    flush();
    return out;
}

QString buildFtsQuery(const QString &text)
{
    const QStringList terms = searchTerms(text);
    if (terms.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &t : terms)
        quoted << QStringLiteral("\"%1\"").arg(t); // terms hold letters and digits only
    if (terms.size() == 1)
        return quoted.first();
    const QString phrase = QStringLiteral("\"%1\"").arg(terms.join(u' '));
    return QStringLiteral("%1 OR (%2) OR %3")
        .arg(phrase, quoted.join(QStringLiteral(" AND ")), quoted.join(QStringLiteral(" OR ")));
}

} // namespace stratos
