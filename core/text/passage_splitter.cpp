#include "text/passage_splitter.h"

#include "text/pdf_clean.h"

namespace stratos {
namespace {

bool isSpace(QChar c) { return c.isSpace(); }

// Common abbreviations that end in a period but do not end a sentence.
bool endsWithAbbreviation(const QString &text, int dotPos)
{
    static const char *const abbrevs[] = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Inc", "Ltd", "Co",
                                          "Corp", "vs", "e.g", "i.e", "U.S", "St", "Jan", "Feb",
                                          "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                                          "Oct", "Nov", "Dec", "No", "approx", "est", "Fig"};
    int start = dotPos;
    while (start > 0 && !isSpace(text[start - 1]) && text[start - 1] != u'(')
        --start;
    const QString word = text.mid(start, dotPos - start);
    if (word.size() == 1 && word[0].isUpper())
        return true; // initials: "J. McDowell"
    for (const char *a : abbrevs)
        if (word.compare(QLatin1String(a), Qt::CaseSensitive) == 0)
            return true;
    return false;
}

void trimSpan(const QString &text, int &s, int &e)
{
    while (s < e && isSpace(text[s]))
        ++s;
    while (e > s && isSpace(text[e - 1]))
        --e;
}

struct Paragraph
{
    int start, end;
};

QList<Paragraph> paragraphs(const QString &text)
{
    QList<Paragraph> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        // skip blank lines
        while (i < n && isSpace(text[i]))
            ++i;
        if (i >= n)
            break;
        int start = i;
        int end = n;
        // a paragraph ends at a blank line (\n followed by optional spaces and \n)
        for (int j = i; j < n; ++j) {
            if (text[j] == u'\n') {
                int k = j + 1;
                while (k < n && text[k] != u'\n' && isSpace(text[k]))
                    ++k;
                if (k >= n || text[k] == u'\n') {
                    end = j;
                    break;
                }
            }
        }
        int s = start, e = end;
        trimSpan(text, s, e);
        if (e > s)
            out.append({s, e});
        i = end;
    }
    return out;
}

// A heading: a Markdown heading, or a section heading alone in its paragraph.
bool isHeading(QStringView para)
{
    if (para.contains(u'\n'))
        return false;
    if (para.startsWith(u'#'))
        return true;
    return isSectionHeading(para.toString());
}

} // namespace

QList<TextSpan> splitSentences(const QString &text, int from, int to)
{
    QList<TextSpan> out;
    int s = from;
    for (int i = from; i < to; ++i) {
        const QChar c = text[i];
        bool boundary = false;
        int endAt = i + 1;
        if (c == u'.' || c == u'!' || c == u'?' || c == u'\u3002') {
            // swallow closing quotes/brackets
            while (endAt < to && (text[endAt] == u'"' || text[endAt] == u'\'' ||
                                  text[endAt] == u')' || text[endAt] == u'\u201D' ||
                                  text[endAt] == u'\u2019'))
                ++endAt;
            const bool followedBySpace = endAt >= to || isSpace(text[endAt]);
            if (followedBySpace) {
                boundary = true;
                if (c == u'.') {
                    if (endsWithAbbreviation(text, i))
                        boundary = false;
                    // decimal numbers never reach here (no space after the dot)
                }
                if (boundary && endAt < to) {
                    // next non-space must not be lowercase (e.g. "approx. five")
                    int k = endAt;
                    while (k < to && isSpace(text[k]))
                        ++k;
                    if (k < to && text[k].isLower())
                        boundary = false;
                }
            }
        } else if (c == u'\n') {
            // A blank line ends a paragraph and the sentence with it, whatever follows
            // ("U.K.**" then a quotation, "thinking." then "gpt-5.2-instant ...");
            // single line breaks inside a paragraph end list items and headings.
            int k = i + 1;
            while (k < to && text[k] != u'\n' && isSpace(text[k]))
                ++k;
            const bool blankLine = k < to && text[k] == u'\n';
            while (k < to && text[k] == u' ')
                ++k;
            if (blankLine || (k < to && (text[k] == u'-' || text[k] == u'*' || text[k] == u'#' ||
                                         text[k].isDigit() || text[k].isUpper()))) {
                boundary = true;
                endAt = i;
            }
        }
        if (boundary) {
            int a = s, b = endAt;
            trimSpan(text, a, b);
            if (b > a)
                out.append({a, b});
            s = (c == u'\n') ? i + 1 : endAt;
            i = s - 1;
        }
    }
    int a = s, b = to;
    trimSpan(text, a, b);
    if (b > a)
        out.append({a, b});
    return out;
}

QList<TextSpan> splitPassages(const QString &text, const SplitOptions &options)
{
    QList<TextSpan> out;
    int curStart = -1, curEnd = -1;
    PassageKind curKind = PassageKind::Body;
    bool onlyHeadings = false; // the passage so far is headings: the next paragraph joins them
    auto flush = [&] {
        if (curStart >= 0)
            out.append({curStart, curEnd});
        curStart = curEnd = -1;
    };
    for (const Paragraph &p : paragraphs(text)) {
        const int len = p.end - p.start;
        if (len > options.maxChars) {
            if (!(onlyHeadings && curKind == PassageKind::Body))
                flush(); // a heading stays with the long paragraph under it
            bool headed = curStart >= 0 && onlyHeadings;
            onlyHeadings = false;
            // cut the long paragraph at sentence boundaries
            for (const TextSpan &s : splitSentences(text, p.start, p.end)) {
                if (curStart >= 0 && !headed && s.end - curStart > options.targetChars)
                    flush();
                headed = false;
                if (curStart < 0)
                    curStart = s.start;
                curEnd = s.end;
                if (curEnd - curStart > options.maxChars) {
                    // a single enormous "sentence": hard cut at a space
                    int cut = curStart;
                    while (curEnd - cut > options.maxChars) {
                        int at = cut + options.targetChars;
                        int sp = at;
                        while (sp > cut + options.targetChars / 2 && !isSpace(text[sp]))
                            --sp;
                        if (sp <= cut + options.targetChars / 2)
                            sp = at;
                        int a = cut, b = sp;
                        trimSpan(text, a, b);
                        if (b > a)
                            out.append({a, b});
                        cut = sp;
                    }
                    curStart = cut;
                    while (curStart < curEnd && isSpace(text[curStart]))
                        ++curStart;
                }
            }
            flush();
            continue;
        }
        // A passage stays on one page, and contents or reference lists do not share
        // a passage with body text (they are kept out of answers as a whole).
        const QStringView para = QStringView(text).sliced(p.start, len);
        const bool pageStart = para.startsWith(QLatin1String("[Page ")) && para.endsWith(u']');
        const PassageKind kind = classifyPassage(para.toString());
        // A heading opens a passage and stays with the text under it, which it names.
        const bool heading = kind == PassageKind::Body && isHeading(para);
        if (curStart >= 0 && !(onlyHeadings && !pageStart) &&
            (p.end - curStart > options.targetChars || pageStart || kind != curKind || heading))
            flush();
        if (curStart < 0) {
            curStart = p.start;
            curKind = kind;
            onlyHeadings = true;
        }
        onlyHeadings = onlyHeadings && (heading || pageStart); // "[Page 3]" too opens a passage
        curEnd = p.end;
    }
    flush();
    return out;
}

} // namespace stratos
