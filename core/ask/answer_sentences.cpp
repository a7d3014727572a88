#include "ask/answer_sentences.h"

#include "text/pdf_clean.h"
#include "util/dates.h"

#include <QRegularExpression>
#include <algorithm>

namespace stratos::ask {

// Table cells and figure labels run together ("77.5 74.4 63.6 50 AIME 2024"):
// mostly numbers, or several numbers in a row. Not a sentence.
bool isCellRun(const QString &t)
{
    int letters = 0, digits = 0, numbersInRow = 0, maxInRow = 0, cells = 0, tokens = 0;
    for (const QString &tok : t.split(u' ', Qt::SkipEmptyParts)) {
        bool numeric = false;
        for (const QChar c : tok) {
            letters += c.isLetter() ? 1 : 0;
            digits += c.isDigit() ? 1 : 0;
            numeric = numeric || c.isDigit();
        }
        numeric = numeric && std::none_of(tok.begin(), tok.end(), [](QChar c) { return c.isLetter(); });
        // An empty cell: "-", "–", "—".
        const bool empty = std::all_of(tok.begin(), tok.end(), [](QChar c) { return c == u'-' || c == u'–' || c == u'—'; });
        numbersInRow = numeric || empty ? numbersInRow + 1 : 0;
        maxInRow = std::max(maxInRow, numbersInRow);
        cells += numeric || empty ? 1 : 0;
        ++tokens;
    }
    // Many cells for its words: a table row read across ("62 88 - 94 94 LiveCodeBench 40.6 ...").
    return maxInRow >= 4 || letters < digits || (cells >= 6 && cells * 10 >= tokens * 4);
}

// The tail of a sentence cut where it should not have been ("2019), and the
// agents of (Smith et al."): a bracket closes before one opens.
bool isFragment(const QString &t)
{
    int open = 0;
    for (const QChar c : t)
        if (c == u'(')
            ++open;
        else if (c == u')' && --open < 0)
            return true;
    return false;
}

bool isNoise(const QString &sentence, const QString &passage)
{
    const QString t = sentence.trimmed();
    if (isFragment(t))
        return true;
    if (t.count(u'|') >= 3)
        return true; // a Markdown table row is not a sentence; the reader shows the table
    if (t.endsWith(u'?'))
        return true; // a question in the text does not answer one
    if (t.startsWith(u'#') || isSectionHeading(t) || isEnumeratedHeading(t))
        return true; // "2.1.1 Multi-Head Latent Attention" names a section, it says nothing
    const QChar last = t.isEmpty() ? QChar() : t.back();
    if (t.size() < 40 && last.isLetterOrNumber() && passage.size() > t.size() + 20)
        return true; // a heading ("Forecast") reads as noise beside the sentence it heads
    return isCellRun(t);
}

bool looksLikeLabel(const QString &sentence)
{
    const QString t = sentence.trimmed();
    return t.size() < 40 && !t.isEmpty() && !QStringLiteral(".!\"\u201D\u2019").contains(t.back());
}

// A figure: a number that is not part of a name ("GPT-4", "Qwen3") and not a year.
bool statesFigure(const QString &sentence)
{
    static const QRegularExpression figure(
        QStringLiteral("(?<![\\p{L}\\d.,-])(?:[$\u20AC\u00A3]\\s?)?\\d[\\d,.]*(?![\\p{L}\\d-])|"
                       "(?<![\\p{L}\\d.,-])\\d[\\d,.]*\\s?(?:%|percent|[KMBT]\\b|million|billion|trillion|thousand)"));
    static const QRegularExpression year(QStringLiteral("^(?:1[89]|20)\\d\\d$"));
    for (auto it = figure.globalMatch(sentence); it.hasNext();) {
        QString n = it.next().captured().trimmed();
        while (!n.isEmpty() && (n.back() == u'.' || n.back() == u','))
            n.chop(1);
        if (!year.match(n).hasMatch())
            return true;
    }
    return false;
}

bool statesDate(const QString &sentence)
{
    // A whole date by the one date reader (core/util/dates), or a year alone ("in 2022").
    static const QRegularExpression year(QStringLiteral("\\b(?:1[89]|20)\\d\\d\\b"));
    return year.match(sentence).hasMatch() || !dates::findDates(sentence).isEmpty();
}

} // namespace stratos::ask
