#include "ask/extractive_answer.h"

#include "text/passage_splitter.h"

#include <QRegularExpression>

namespace stratos::ask {
namespace {

QString simplified(const QString &sentence)
{
    // A quoted sentence keeps no "[n]" of its own: a footnote mark, or a
    // document that writes "[2]" to pass its claim off as source [2], would
    // otherwise read as one of the answer's citations (the app's grammar, see
    // findCitations).
    static const QRegularExpression citationLike(
        QStringLiteral("\\s*\\[\\s*\\d{1,4}(?:\\s*[-\u2013,;]\\s*\\d{1,4})*\\s*\\]"));
    QString s = QString(sentence).remove(citationLike).simplified();
    // List markers and headings read badly inside a paragraph.
    while (!s.isEmpty() && (s[0] == u'-' || s[0] == u'*' || s[0] == u'#' || s[0] == u'\u2022'))
        s = s.mid(1).trimmed();
    return s;
}

void appendCited(QStringList &sentences, QStringList &seen, const QString &sentence, int number)
{
    const QString s = simplified(sentence);
    if (s.size() < 3 || seen.contains(s))
        return;
    seen << s;
    sentences << QStringLiteral("%1 [%2]").arg(s).arg(number);
}

} // namespace

QString noSourcesAnswer()
{
    return QStringLiteral("The documents and the data store contain nothing that answers this question.");
}

QString composeExtractiveAnswer(const AskContext &context, const ExtractiveOptions &options)
{
    QStringList sentences, seen;
    for (const DataFact &f : context.facts)
        appendCited(sentences, seen, f.text, f.number);

    const double best = context.passages.isEmpty() ? 0 : context.passages.first().score;
    int used = 0;
    for (const RetrievedPassage &p : context.passages) {
        if (used >= options.maxPassages)
            break;
        if (used > 0 && p.score < best * options.relativeScore)
            break; // passages come best first
        bool any = false;
        for (const TextSpan &s : splitSentences(p.text, 0, int(p.text.size()))) {
            const QString sentence = p.text.mid(s.start, s.end - s.start);
            const QString t = sentence.trimmed();
            if (t.count(u'|') >= 3)
                continue; // a Markdown table row is not a sentence; the reader shows the table
            if (t.endsWith(u'?'))
                continue; // a question in the text does not answer one
            const QChar last = t.isEmpty() ? QChar() : t.back();
            if (t.size() < 40 && last.isLetterOrNumber() && p.text.size() > t.size() + 20)
                continue; // a heading ("Forecast") reads as noise beside the sentence it heads
            appendCited(sentences, seen, sentence, p.number);
            any = true;
        }
        if (any)
            ++used;
    }
    if (sentences.isEmpty())
        return noSourcesAnswer();
    return sentences.join(u' ');
}

QStringList streamTokens(const QString &answer)
{
    QStringList out;
    int i = 0;
    const int n = int(answer.size());
    while (i < n) {
        int j = i;
        while (j < n && !answer[j].isSpace())
            ++j;
        while (j < n && answer[j].isSpace())
            ++j;
        out << answer.mid(i, j - i);
        i = j;
    }
    return out;
}

} // namespace stratos::ask
