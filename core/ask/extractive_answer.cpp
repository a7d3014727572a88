#include "ask/extractive_answer.h"

#include "ask/answer_sentences.h"
#include "ask/rerank.h"

#include "text/passage_splitter.h"
#include "text/pdf_clean.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <algorithm>

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
    QString s = QString(sentence).remove(citationLike);
    // Markdown read as prose: a link shows its text, emphasis marks go.
    static const QRegularExpression link(QStringLiteral("\\[([^\\]\\n]+)\\]\\((?:https?://|/)[^)\\s]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])"));
    s.replace(link, QStringLiteral("\\1"));
    s.remove(emphasis);
    // A Markdown escape (a backslash before punctuation) shows the character alone.
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])"));
    s.replace(escape, QStringLiteral("\\1"));
    s = s.simplified();
    // A sentence cut inside a bracket (at "et al." or a link's dots) ends before the bracket.
    int open = 0;
    qsizetype cut = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'(' && open++ == 0)
            cut = i;
        else if (s[i] == u')' && open > 0 && --open == 0)
            cut = -1;
    }
    if (cut > 0) {
        s.truncate(cut);
        while (!s.isEmpty() && (s.back().isSpace() || s.back() == u',' || s.back() == u';'))
            s.chop(1);
        if (!s.isEmpty() && s.back().isLetterOrNumber())
            s += u'.';
    }
    // List markers and headings read badly inside a paragraph.
    while (!s.isEmpty() && (s[0] == u'-' || s[0] == u'*' || s[0] == u'#' || s[0] == u'\u2022'))
        s = s.mid(1).trimmed();
    return s;
}

void appendCited(QStringList &sentences, QStringList &seen, const QString &sentence, int number)
{
    QString s = simplified(sentence);
    if (s.size() < 3 || seen.contains(s))
        return;
    seen << s;
    // A long run-on sentence the re-ranker cut into pieces: say that it goes on.
    if (s.size() > 120 && (s.back().isLetterOrNumber() || s.back() == u','))
        s += QStringLiteral(" \u2026");
    sentences << QStringLiteral("%1 [%2]").arg(s).arg(number);
}

// The question's stems a sentence shares. Short stems ("ai", "us", "use") are
// common words: they never count alone.
QSet<QString> sharedStems(const QString &sentence, const QStringList &questionStems,
                          const QList<QStringList> &questionNames = {})
{
    // One word starting another meets it ("launch", "launches"), unless the longer goes on
    // with a version or a digit: "qwen2.5" is not "qwen2".
    auto extends = [](const QString &longer, const QString &shorter) {
        return longer.startsWith(shorter) && longer[shorter.size()] != u'.' && !longer[shorter.size()].isDigit();
    };
    // The question's hyphenated name a stem is part of ("deepseek", "v2", "lite"), if any.
    auto nameOf = [&](const QString &q) {
        for (const QStringList &n : questionNames)
            if (n.size() >= 2 && n.contains(q))
                return n;
        return QStringList();
    };
    QSet<QString> out;
    for (const QStringList &compound : compoundStems(sentence)) {
        for (const QString &st : compound)
            for (const QString &q : questionStems)
                if ((st == q || (q.size() >= 4 && st.size() >= 4 && (extends(st, q) || extends(q, st)))) &&
                    sameName(compound, nameOf(q)))
                    out.insert(q);
    }
    return out;
}

// The content stems of a sentence (four letters or more, or a number): what it says.
QSet<QString> contentStems(const QString &sentence)
{
    QSet<QString> out;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    for (auto it = word.globalMatch(sentence); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (w.size() >= 4 || w.front().isDigit())
            out.insert(stemWord(w));
    }
    return out;
}

int contentCount(const QSet<QString> &stems)
{
    int n = 0;
    for (const QString &s : stems)
        n += s.size() >= 4 || s.front().isDigit() ? 1 : 0;
    return n;
}

// The question's own spelling of a word searchTerms() lower-cased ("GPUs" for "gpus"),
// and the whole name it is part of ("Qwen2.5-Max" for "qwen2").
QString asAsked(const QString &question, const QString &word)
{
    const QRegularExpression re(
        QStringLiteral("\\b(?:[\\p{L}\\p{N}]+[.-])*%1(?:[.-][\\p{L}\\p{N}]+)*\\b").arg(QRegularExpression::escape(word)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(question);
    return m.hasMatch() ? m.captured() : word;
}

// The best passage speaks to too little of the question: say that the documents do
// not say, then what was nearest and which of the question's words it lacks, so the
// user can judge. A store figure that says it has none is said too.
QString notInSources(const AskContext &context, const QStringList &stems)
{
    QStringList sentences, seen;
    for (const DataFact &f : context.facts)
        if (f.absence)
            appendCited(sentences, seen, f.text, f.number);
    // The first passage, in rank order, with a sentence to show.
    for (const RetrievedPassage &p : context.passages) {
        for (const TextSpan &s : splitSentences(p.text, 0, int(p.text.size()))) {
            const QString sentence = p.text.mid(s.start, s.end - s.start);
            if (isNoise(sentence, p.text) || contentCount(sharedStems(sentence, stems)) == 0)
                continue;
            QStringList lacks;
            for (const QString &w : p.missing) {
                const QString quoted = QStringLiteral("\u201C%1\u201D").arg(asAsked(context.question, w));
                if ((w.size() >= 4 || isVersionedName(w)) && lacks.size() < 3 && !lacks.contains(quoted))
                    lacks << quoted;
            }
            const QString intro =
                lacks.isEmpty() ? QStringLiteral("The nearest passage:")
                : QStringLiteral("The nearest passage does not mention %1:")
                      .arg(lacks.size() == 1 ? lacks.first()
                                             : lacks.mid(0, lacks.size() - 1).join(QStringLiteral(", ")) +
                                                   QStringLiteral(" or ") + lacks.last());
            QStringList quoted;
            appendCited(quoted, seen, sentence, p.number);
            if (!quoted.isEmpty()) {
                sentences << intro + u' ' + quoted.first();
                sentences.prepend(notInSourcesLead());
                return sentences.join(u' ');
            }
        }
    }
    sentences.prepend(notInSourcesLead());
    return sentences.join(u' ');
}

// The store says it has no figure for what the question names ("The store has no
// training cost or API price for Kimi k1.5"): that statement tells which figure and
// which subject the question asks about. The best passage answers only when it speaks
// to every word of the question the statement has; one that lacks the figure ("the
// model is trained in three stages") or the subject (another model's price) does not.
bool lacksWhatTheStoreLacks(const AskContext &context)
{
    if (context.passages.isEmpty())
        return false;
    for (const DataFact &f : context.facts) {
        if (!f.absence)
            continue;
        const QStringList asked = context.passages.first().missing;
        if (!sharedStems(f.text, questionStems(asked.join(u' '))).isEmpty())
            return true;
    }
    return false;
}

// The question names a model by its version ("DeepSeek-V2") and no retrieved passage
// has that name: they speak of other models ("DeepSeek-R1 ... priced at $0.55"), and
// quoting them would answer for another model.
bool noPassageNamesIt(const AskContext &context)
{
    if (context.passages.isEmpty())
        return false;
    return std::all_of(context.passages.begin(), context.passages.end(), [](const RetrievedPassage &p) {
        return std::any_of(p.missing.begin(), p.missing.end(), [](const QString &w) { return isVersionedName(w); });
    });
}

} // namespace

QString noSourcesAnswer()
{
    return QStringLiteral("The documents and the data store contain nothing that answers this question.");
}

QString notInSourcesLead()
{
    return QStringLiteral("The documents do not say.");
}

bool declinesToAnswer(const QString &answer)
{
    return answer == noSourcesAnswer() || answer.startsWith(notInSourcesLead());
}

QString composeExtractiveAnswer(const AskContext &context, const ExtractiveOptions &options)
{
    AskContext cited;
    return composeExtractiveAnswer(context, &cited, options);
}

QString composeExtractiveAnswer(const AskContext &context, AskContext *cited, const ExtractiveOptions &options)
{
    *cited = context;
    const QStringList stems = questionStems(context.question);
    const QList<QStringList> names = compoundStems(context.question);
    QStringList sentences, seen;
    // The store's figures open the answer only when the question asks for a figure.
    const bool lead = factsLead(context.question);
    const bool factsAnswer =
        lead && std::any_of(context.facts.begin(), context.facts.end(), [](const DataFact &f) { return !f.absence; });
    const double coverage = context.passages.isEmpty() ? -1 : context.passages.first().coverage;
    if (coverage >= 0 && coverage < options.minCoverage && !factsAnswer)
        return notInSources(context, stems);
    if (lead && !factsAnswer && lacksWhatTheStoreLacks(context))
        return notInSources(context, stems);
    if (!factsAnswer && noPassageNamesIt(context))
        return notInSources(context, stems);
    if (lead)
        for (const DataFact &f : context.facts)
            appendCited(sentences, seen, f.text, f.number);

    QSet<QString> covered, said;
    // A near-tied passage must share a distinctive word of the question: one that not
    // every retrieved passage has ("large model" is in all of them, "energy" is not).
    QHash<QString, int> passagesWith;
    for (const RetrievedPassage &p : context.passages)
        for (const QString &st : sharedStems(p.text, stems))
            ++passagesWith[st];
    QSet<QString> distinctive;
    for (const QString &st : stems)
        if (passagesWith.value(st) < context.passages.size())
            distinctive.insert(st);
    const double best = context.passages.isEmpty() ? 0 : context.passages.first().score;
    // A caption ("Table 36: Language families ... supported by Qwen3") names what a table
    // or figure shows, which the text does not hold: it may add to an answer, but a
    // statement opens it. Otherwise the passages keep their rank order.
    QList<RetrievedPassage> ordered;
    for (const RetrievedPassage &p : context.passages)
        if (!isCaption(p.text))
            ordered << p;
    for (const RetrievedPassage &p : context.passages)
        if (isCaption(p.text))
            ordered << p;
    const bool figureAsked = asksForQuantity(context.question), dateAsked = asksForDate(context.question);
    bool figureGiven = factsAnswer, dateGiven = false;
    int used = 0;
    for (const RetrievedPassage &p : ordered) {
        if (used >= options.maxPassages || sentences.size() >= options.maxSentences)
            break;
        if (used > 0 && p.score < best * options.relativeScore)
            break; // passages come best first
        bool any = false;
        // The cited span, then the sentences after it in its passage: a span can stop a
        // sentence or two before the fact, when the words those sentences add are in
        // nearly every candidate and weigh little in ranking. They are held to the rule
        // for further passages (they must add to the answer), and the citation's span
        // grows to cover what is quoted.
        const int spanInPassage = p.start - p.passageStart;
        // Not after a piece of a run-on sentence the re-ranker cut: its rest is no sentence.
        const QString spanEnd = p.text.trimmed().right(1);
        const bool canContinue = spanInPassage >= 0 && spanInPassage + p.text.size() <= p.passageText.size() &&
                                 p.passageText.mid(spanInPassage, p.text.size()) == p.text &&
                                 QStringLiteral(".!\"\u201D\u2019)").contains(spanEnd);
        QList<TextSpan> spans = splitSentences(p.text, 0, int(p.text.size()));
        QSet<QString> spanShared = sharedStems(p.text, stems, names);
        const QSet<QString> aboutStems = sharedStems(p.documentTitle, stems, names);
        const int continuationFrom = int(spans.size());
        if (canContinue) {
            const int from = spanInPassage + int(p.text.size());
            const QList<TextSpan> after = splitSentences(p.passageText, from, int(p.passageText.size()));
            for (qsizetype k = 0; k < after.size() && k < options.continuation; ++k)
                spans << TextSpan{after[k].start - spanInPassage, after[k].end - spanInPassage};
        }
        for (qsizetype k = 0; k < spans.size(); ++k) {
            const TextSpan &s = spans[k];
            const bool continues = k >= continuationFrom;
            const QString sentence = continues ? p.passageText.mid(spanInPassage + s.start, s.end - s.start)
                                               : p.text.mid(s.start, s.end - s.start);
            if (isNoise(sentence, continues ? p.passageText : p.text))
                continue;
            const QSet<QString> shared = sharedStems(sentence, stems, names);
            // The best passage's cited span answers; a further passage only adds what
            // the answer lacks, and on more than one word of the question: a word of
            // the question the answer does not have yet, or, from a passage that
            // ranks almost as high as the best, something the answer does not say yet.
            const bool first = used == 0 && !continues;
            // A sentence after the span must bring a word of the question the span itself
            // lacks ("NVIDIA launched the A800 ..." after a span on the October 2022 rules),
            // not only more about what the span already says.
            // The question asks for a figure or a date and the answer has none yet: the
            // sentence after the span that gives one adds what is asked. (Not from another
            // passage: "Llama 3.1 was a large model" has a figure on another subject.)
            const bool addsAsked = continues && ((figureAsked && !figureGiven && statesFigure(sentence)) ||
                                                 (dateAsked && !dateGiven && statesDate(sentence)));
            if (continues &&
                (contentCount(shared | aboutStems) < 2 || (contentCount(shared - spanShared) == 0 && !addsAsked)))
                continue;
            const QSet<QString> content = contentStems(sentence);
            const bool addsQuestionWord = contentCount(shared - covered) > 0 || addsAsked;
            const bool addsStatement = p.score >= best * options.tieScore && contentCount(shared & distinctive) > 0 &&
                                       (content - said).size() >= options.newWords;
            // The document's title speaks for its sentences ("our system ... 74.9 on
            // MathVista" in the Kimi k1.5 report), as it does in ranking. Two words of the
            // question that are not short common words ("US" in "TSMC's US-listed shares"
            // does not make a second).
            const int withTitle = contentCount(shared | aboutStems);
            // A short label without a sentence's end ("MathVista (Pass@1)", a figure's
            // axis) names something; it adds nothing to an answer.
            if (!first && looksLikeLabel(sentence))
                continue;
            if (contentCount(shared) == 0 || (!first && (withTitle < 2 || !(addsQuestionWord || addsStatement))))
                continue;
            appendCited(sentences, seen, sentence, p.number);
            spanShared |= shared;
            if (continues)
                for (RetrievedPassage &c : cited->passages)
                    if (c.number == p.number && c.passageId == p.passageId && c.end < p.start + s.end) {
                        c.end = p.start + s.end;
                        c.text = p.passageText.mid(spanInPassage, s.end);
                    }
            covered |= shared;
            said |= content;
            figureGiven = figureGiven || statesFigure(sentence);
            dateGiven = dateGiven || statesDate(sentence);
            any = true;
            if (sentences.size() >= options.maxSentences)
                break;
        }
        if (any)
            ++used;
    }
    if (!lead && used == 0)
        for (const DataFact &f : context.facts)
            appendCited(sentences, seen, f.text, f.number);
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
