#include "text/pdf_clean.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace stratos {
namespace {

constexpr QChar kPdfiumBreak = QChar(0xFFFE); // PDFium's mark for a hyphen at a line end

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

bool isPageNumber(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[-\u2013\u2014\\s]*\\d{1,4}[-\u2013\u2014\\s]*|page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|"
                       "\\d{1,4}\\s+of\\s+\\d{1,4}|[ivxlc]{1,7})$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line.trimmed()).hasMatch();
}

// A running line with its page number taken off ("Qwen3 Technical Report 12",
// "12 Jones et al."), so that it compares equal from page to page.
QString digitsAsHash(QString line)
{
    static const QRegularExpression pageNo(QStringLiteral("^\\s*(?:page\\s+)?\\d{1,4}\\s+|\\s+\\d{1,4}\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    line = line.simplified();
    if (isPageNumber(line))
        return QStringLiteral("#");
    return line.replace(pageNo, QStringLiteral(" # ")).simplified();
}

bool endsSentence(const QString &line)
{
    static const QRegularExpression end(QStringLiteral("[.!?:\u201D\"')]$"));
    return end.match(line).hasMatch();
}

// Figures and table cells: a line with few letters ("77.5 74.4 63.6 50").
bool isNumericRun(const QString &line)
{
    int letters = 0, digits = 0;
    for (const QChar c : line) {
        letters += c.isLetter() ? 1 : 0;
        digits += c.isDigit() ? 1 : 0;
    }
    return digits > 0 && letters * 2 < digits + 2;
}

bool startsOwnParagraph(const QString &line)
{
    static const QRegularExpression bracketRef(QStringLiteral("^\\[\\d{1,3}\\]\\s"));
    static const QRegularExpression refsHeading(QStringLiteral("^(?:\\d+\\.?\\s*)?(?:References|Bibliography)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    return isCaption(line) || bracketRef.match(line).hasMatch() || refsHeading.match(line).hasMatch();
}

} // namespace

QString joinPdfLines(const QString &pageText)
{
    QStringList lines;
    for (const QString &raw : pageText.split(u'\n'))
        lines << raw.simplified();
    QList<int> lengths;
    for (const QString &l : lines)
        if (!l.isEmpty())
            lengths << int(l.size());
    std::sort(lengths.begin(), lengths.end());
    const int typical = lengths.isEmpty() ? 0 : lengths[lengths.size() * 3 / 4];

    QString out;
    bool paragraphEnded = true;
    QString previous;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            paragraphEnded = true;
            continue;
        }
        const bool alone = isTocLine(line) || isNumericRun(line);
        // A numbered heading follows the end of a sentence or a short line; a wrapped
        // line that happens to start "2 A800s" follows a full line that goes on into it.
        // A lettered one ("C. Data Center ...") too: "A. Smith" could be a wrapped line.
        const bool afterBreak = paragraphEnded || endsSentence(previous) || previous.size() < typical * 0.8;
        const bool heading = isLetteredHeading(line) ? afterBreak
                                                     : isSectionHeading(line) && (afterBreak || !line[0].isDigit());
        if (!out.isEmpty())
            out += paragraphEnded || alone || heading || startsOwnParagraph(line)
                       ? QStringLiteral("\n\n")
                       : (out.endsWith(u'-') ? QString() : QStringLiteral(" "));
        out += line;
        // A line well short of the column width that ends a sentence ends the paragraph.
        paragraphEnded = alone || heading || (endsSentence(line) && line.size() < typical * 0.8);
        previous = line;
    }
    return out;
}

QStringList cleanPdfPages(const QStringList &rawPages)
{
    QStringList pages;
    for (const QString &p : rawPages) {
        QString t = normaliseGlyphs(p);
        t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        t.replace(u'\r', u'\n');
        t.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n'; });
        pages << t;
    }
    pages = dropRunningLines(pages);
    const QSet<QString> vocabulary = wordVocabulary(pages.join(u'\n'));
    for (QString &p : pages)
        p = joinPdfLines(joinHyphenation(p, vocabulary));
    return pages;
}

QString normaliseGlyphs(const QString &text)
{
    static const QHash<QChar, QString> ligatures = {
        {QChar(0xFB00), QStringLiteral("ff")}, {QChar(0xFB01), QStringLiteral("fi")},
        {QChar(0xFB02), QStringLiteral("fl")}, {QChar(0xFB03), QStringLiteral("ffi")},
        {QChar(0xFB04), QStringLiteral("ffl")}, {QChar(0xFB05), QStringLiteral("st")},
        {QChar(0xFB06), QStringLiteral("st")}};
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QChar(0x00AD))
            continue; // a soft hyphen only says where a word may break
        if (const auto it = ligatures.constFind(c); it != ligatures.constEnd())
            out += *it;
        else
            out += c;
    }
    return out;
}

QSet<QString> wordVocabulary(const QString &text)
{
    QSet<QString> words;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured().toLower());
    return words;
}

QString joinHyphenation(const QString &text, const QSet<QString> &vocabulary)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool marked = c == kPdfiumBreak;
        qsizetype nl = i + 1; // a hyphen, perhaps a trailing space, then the line break
        while (nl < text.size() && text[nl] == u' ' && nl - i <= 2)
            ++nl;
        const bool lineEndHyphen = c == u'-' && nl < text.size() && text[nl] == u'\n';
        if (!marked && !lineEndHyphen) {
            out += c;
            continue;
        }
        // The word part before the break (letters only: "R1-" is not a split word).
        qsizetype a = out.size();
        while (a > 0 && isWordChar(out[a - 1]))
            --a;
        qsizetype b = marked ? i + 1 : nl + 1;
        while (b < text.size() && (text[b] == u' ' || text[b] == u'\n') && b - i <= 4)
            ++b;
        qsizetype e = b;
        while (e < text.size() && isWordChar(text[e]))
            ++e;
        const QString left = out.mid(a);
        const QString right = text.mid(b, e - b);
        if (left.isEmpty() || right.isEmpty() || !left.back().isLetter()) {
            out += marked ? QStringLiteral("-") : QString(c);
            continue;
        }
        const QString joined = (left + right).toLower();
        const QString hyphened = left.toLower() + u'-' + right.toLower();
        const bool keepHyphen = vocabulary.contains(hyphened) && !vocabulary.contains(joined)
                                    ? true
                                    : !vocabulary.contains(joined) && (right[0].isUpper() || right[0].isDigit());
        if (keepHyphen)
            out += u'-';
        i = b - 1; // drop the break itself; the next word follows directly
    }
    return out;
}

QStringList dropRunningLines(const QStringList &pageTexts)
{
    QList<QStringList> pages;
    for (const QString &p : pageTexts)
        pages << p.split(u'\n');
    QHash<QString, int> seen; // normalised edge line -> pages it is on
    auto edges = [](const QStringList &lines) {
        QList<int> idx;
        QList<int> nonEmpty;
        for (int i = 0; i < lines.size(); ++i)
            if (!lines[i].trimmed().isEmpty())
                nonEmpty << i;
        for (int k = 0; k < nonEmpty.size() && k < 2; ++k)
            idx << nonEmpty[k];
        for (qsizetype k = std::max<qsizetype>(2, nonEmpty.size() - 2); k < nonEmpty.size(); ++k)
            idx << nonEmpty[k];
        return idx;
    };
    for (const QStringList &lines : pages) {
        QSet<QString> onPage;
        for (int i : edges(lines))
            onPage.insert(digitsAsHash(lines[i]));
        for (const QString &k : onPage)
            ++seen[k];
    }
    const int threshold = std::max(3, int(pages.size() + 2) / 3);
    QStringList out;
    for (QStringList lines : pages) {
        const QList<int> idx = edges(lines);
        for (qsizetype k = idx.size() - 1; k >= 0; --k) {
            const QString &line = lines[idx[k]];
            const bool running = pages.size() >= 3 && seen.value(digitsAsHash(line)) >= threshold &&
                                 digitsAsHash(line).size() >= 1;
            const bool pageNo = isPageNumber(line) && (k == 0 || k == idx.size() - 1);
            if (running || pageNo)
                lines.removeAt(idx[k]);
        }
        out << lines.join(u'\n');
    }
    return out;
}

bool isTocLine(const QString &line)
{
    const QString l = line.trimmed();
    // "3.1 Disallowed Content Evaluations . . . . 3", "Introduction ........ 1"
    static const QRegularExpression leaders(QStringLiteral("(?:\\s?\\.){3,}\\s*[\\divxlc]*\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    // "4.1.2 Cybersecurity 15", "6 2.1.1 Multi-Head Latent Attention ." (a page number first)
    static const QRegularExpression numbered(
        QStringLiteral("^(?:\\d{1,3}\\s+)?(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}|[A-Z](?:\\.\\d{1,2}){1,4})\\.?\\s+\\p{L}.{0,90}?"
                       "(?:\\s\\d{1,3}|\\s\\.)$"));
    return leaders.match(l).hasMatch() || (l.size() <= 110 && numbered.match(l).hasMatch());
}

bool isReferenceLine(const QString &line)
{
    const QString l = line.trimmed();
    static const QRegularExpression bracketed(QStringLiteral("^\\[\\d{1,3}\\]\\s+\\S"));
    // "Surname, A., Surname, B. (2020)" / "A. Surname, B. Surname, and C. Surname. Title. 2021."
    static const QRegularExpression authorYear(
        QStringLiteral("^(?:\\p{Lu}[\\p{L}'\\-]+,\\s+(?:\\p{Lu}\\.\\s?){1,3}|(?:\\p{Lu}\\.\\s?){1,3}\\p{Lu}[\\p{L}'\\-]+,)"
                       ".*\\b(?:19|20)\\d\\d[a-z]?\\b"));
    static const QRegularExpression venue(
        QStringLiteral("\\b(?:arXiv|CoRR|abs/\\d|Proceedings|In Proc|Conference|Journal|doi:|URL https?://)"),
        QRegularExpression::CaseInsensitiveOption);
    // A venue and a year within an entry's length of the start, or after a long list of
    // authors: a paragraph of prose that a page's journal footer ran into ("... was
    // determined The Astrophysical Journal Letters, 892:L36 (10pp), 2020 April 1") is
    // not an entry.
    static const QRegularExpression year(QStringLiteral("\\b(?:19|20)\\d\\d\\b"));
    constexpr qsizetype kEntryChars = 400;
    const QRegularExpressionMatch v = venue.match(l), y = year.match(l);
    const bool early = v.capturedStart() < kEntryChars && y.capturedStart() < kEntryChars;
    const bool authorList = l.count(u',') * 40 >= l.size();
    return bracketed.match(l).hasMatch() || authorYear.match(l).hasMatch() ||
           (v.hasMatch() && y.hasMatch() && (early || authorList) && l.count(u',') >= 2);
}

bool isEnumeratedHeading(const QString &sentence)
{
    // Regulatory text heads its parts inline: "(iii) Applications for National VEU (NVEU)
    // Authorization--(A) Application Overview.", "(2) Requests for authorizations--(i)
    // Advisory opinion.": enumerated parts joined by a double hyphen, each a few words.
    static const QRegularExpression chain(QStringLiteral(
        "^\\s*\\((?:[ivxl]{1,5}|[a-zA-Z]|\\d{1,2})\\)\\s+[^.]{1,100}?(?:--|\u2014)\\s*\\((?:[ivxl]{1,5}|[a-zA-Z]|\\d{1,2})\\)"
        "\\s+[^.]{1,80}\\.?\\s*$"));
    return chain.match(sentence).hasMatch();
}

bool isCaption(const QString &paragraph)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:Figure|Fig\\.|Table)\\s+[\\dA-Z]{1,3}[.:\\s\u2013\u2014-]"));
    return re.match(paragraph).hasMatch();
}

bool isLetteredHeading(const QString &line)
{
    const QString l = line.trimmed();
    if (l.size() > 90 || l.count(u' ') > 12)
        return false;
    // "C. Data Center Validated End-Users", "III. Overview of New Controls": a capital
    // letter or a Roman numeral, then a capitalised title of two words or more (one
    // word only when it is one of a paper's parts, "I. Background"), not ending like
    // a sentence. A reference list's or a contributor list's names ("M. Chen, J.
    // Tworek", "H. Zhang", "I. Guyon et al.", "P. Minervini. Are we done ...") carry
    // further initials, "et al." or a sentence's end.
    static const QRegularExpression lettered(
        QStringLiteral("^(?:[A-Z]|[IVX]{2,4})\\.\\s+(\\p{Lu}\\S*(?:\\s+\\S+)*)$"));
    static const QRegularExpression initials(QStringLiteral("\\b\\p{Lu}\\.(?:\\s|,|-|$)|\\bet al\\b|\\.\\s"));
    static const QRegularExpression part(
        QStringLiteral("^(?:Abstract|Introduction|Background|Related Work|Discussion|Conclusions?|Limitations|Summary|"
                       "Acknowledge?ments?)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = lettered.match(l);
    if (!m.hasMatch())
        return false;
    const QString title = m.captured(1);
    const QChar last = title.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':' || initials.match(title).hasMatch())
        return false;
    return title.contains(u' ') ? !isTocLine(l) : part.match(title).hasMatch();
}

bool isSectionHeading(const QString &line)
{
    const QString l = line.trimmed();
    if (l.size() > 90 || l.count(u' ') > 12)
        return false;
    // A number of at most two digits a level (a year is not a section number), then a
    // capitalised title that does not end like a sentence or a clause.
    static const QRegularExpression numbered(
        QStringLiteral("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?|[A-Z](?:\\.\\d{1,2}){1,4}\\.?)\\s+\\p{Lu}.*[^.,;:]$"));
    static const QRegularExpression part(
        QStringLiteral("^(?:Abstract|Introduction|Background|Related Work|Discussion|Conclusions?|Limitations|Summary|"
                       "Acknowledge?ments?|Appendix(?:\\s+[A-Z])?)$"),
        QRegularExpression::CaseInsensitiveOption);
    return (numbered.match(l).hasMatch() && !isTocLine(l)) || part.match(l).hasMatch() || isLetteredHeading(l);
}

PassageKind classifyPassage(const QString &passage)
{
    const QStringList lines = passage.split(u'\n', Qt::SkipEmptyParts);
    int toc = 0, refs = 0, n = 0;
    for (const QString &raw : lines) {
        const QString l = raw.trimmed();
        if (l.isEmpty())
            continue;
        ++n;
        toc += isTocLine(l) ? 1 : 0;
        refs += isReferenceLine(l) ? 1 : 0;
    }
    static const QRegularExpression heading(QStringLiteral("^\\s*(?:\\d+\\.?\\s*)?(?:References|Bibliography|Contents|"
                                                           "Table of Contents)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const bool headed = !lines.isEmpty() && heading.match(lines.first()).hasMatch();
    if (n > 0 && (toc * 2 >= n + 1 || (headed && lines.first().contains(QLatin1String("ontents"), Qt::CaseInsensitive))))
        return PassageKind::Contents;
    if (n > 0 && (refs * 2 >= n + 1 || (headed && refs > 0)))
        return PassageKind::References;
    // Entries run together into one paragraph: many years and venues for little text.
    static const QRegularExpression year(QStringLiteral("\\b(?:19|20)\\d\\d[a-z]?\\b"));
    static const QRegularExpression venue(QStringLiteral("\\b(?:arXiv|CoRR|Proceedings|Conference|et al|"
                                                         "preprint|URL|doi)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    const qsizetype years = passage.count(year), venues = passage.count(venue);
    if (years >= 4 && venues >= 3 && years * 160 >= passage.size())
        return PassageKind::References;
    if (isCaption(passage))
        return PassageKind::Caption;
    return PassageKind::Body;
}

QString passageKindName(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Contents: return QStringLiteral("contents");
    case PassageKind::References: return QStringLiteral("references");
    case PassageKind::Caption: return QStringLiteral("caption");
    case PassageKind::Body: break;
    }
    return QStringLiteral("body");
}

} // namespace stratos
