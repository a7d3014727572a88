#include "text/pdf_layout.h"

#include "text/text_metadata.h"

#include <QRegularExpression>
#include <algorithm>

namespace stratos {
namespace {

qsizetype letterCount(const QString &s)
{
    return std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isLetter(); });
}

// Where the front matter ends: the abstract, a summary, the first section.
bool endsFrontMatter(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:abstract\\b|summary:|agency:|contents$|table of contents|1\\.?\\s+introduction|"
                       "introduction$|executive summary)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(line.trimmed()).hasMatch();
}

// Lines that are never the title: dates, addresses, codes, page numbers.
bool isFurniture(const QString &line)
{
    const QString l = line.trimmed();
    static const QRegularExpression re(
        QStringLiteral("^(?:https?://|www\\.|arxiv:|doi:|\\S+@\\S+|\\[?docket|rin\\s|billing code|\\d[\\d\\s./-]*$|"
                       "preprint|draft|under review)"),
        QRegularExpression::CaseInsensitiveOption);
    return letterCount(l) < 3 || re.match(l).hasMatch() || parseLooseDate(l).isValid();
}

bool looksLikeAuthors(const QString &line)
{
    const QString l = line.trimmed();
    if (l.isEmpty() || l.size() > 120 || isFurniture(l) || endsFrontMatter(l))
        return false;
    for (const QChar c : l)
        if (c.isDigit() || c == u'@' || c == u'|')
            return false;
    static const QRegularExpression institution(
        QStringLiteral("\\b(?:university|institute|department|center|centre|laboratory|school|street|road)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !institution.match(l).hasMatch() && l.split(u' ', Qt::SkipEmptyParts).size() <= 16;
}

QString joinTitleLines(const QStringList &parts)
{
    QString out;
    for (const QString &p : parts) {
        const QString t = p.simplified();
        if (out.endsWith(u'-') && !t.isEmpty() && t[0].isLower())
            out.chop(1);
        else if (!out.isEmpty())
            out += u' ';
        out += t;
    }
    while (out.endsWith(u'.') || out.endsWith(u','))
        out.chop(1);
    return out;
}

} // namespace

bool meaningfulPdfTitle(const QString &title)
{
    const QString t = title.simplified();
    static const QRegularExpression junk(
        QStringLiteral("^(?:untitled|title|document\\d*|microsoft word|\\S+\\.(?:docx?|pdf|tex|dvi|indd|qxd)|"
                       "slide \\d+|presentation\\d*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return letterCount(t) >= 4 && !junk.match(t).hasMatch();
}

PdfFrontMatter frontMatterFromLayout(const QList<PdfLine> &lines, double pageHeight)
{
    PdfFrontMatter out;
    // The front matter: the lines before the abstract, in the top part of the page.
    QList<int> front;
    int agencyLine = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (endsFrontMatter(lines[i].text)) {
            if (lines[i].text.trimmed().startsWith(QLatin1String("AGENCY:"), Qt::CaseInsensitive))
                agencyLine = i;
            break;
        }
        if (pageHeight > 0 && lines[i].top > pageHeight * 0.6)
            break;
        front << i;
    }
    QList<double> sizes;
    for (const PdfLine &l : lines)
        if (l.size > 0)
            sizes << l.size;
    std::sort(sizes.begin(), sizes.end());
    const double body = sizes.isEmpty() ? 0 : sizes[sizes.size() / 2];

    double largest = 0;
    for (int i : front)
        if (!isFurniture(lines[i].text))
            largest = std::max(largest, lines[i].size);
    int titleEnd = -1; // index in `front` after the title
    if (largest > 0 && largest >= body * 1.15) {
        QStringList parts;
        int k = 0;
        while (k < front.size() && (isFurniture(lines[front[k]].text) || lines[front[k]].size < largest * 0.9))
            ++k;
        while (k < front.size() && lines[front[k]].size >= largest * 0.9 && parts.size() < 4)
            parts << lines[front[k++]].text;
        out.title = joinTitleLines(parts);
        out.titleFrom = QStringLiteral("first page (largest type)");
        titleEnd = k;
    } else if (agencyLine > 0 && !isFurniture(lines[agencyLine - 1].text)) {
        // One type size throughout (a Federal Register rule): the line above "AGENCY:" is its subject.
        out.title = joinTitleLines({lines[agencyLine - 1].text});
        out.titleFrom = QStringLiteral("first page (the subject line above AGENCY:)");
        out.authors = lines[agencyLine].text.trimmed().mid(7).trimmed();
        while (out.authors.endsWith(u'.'))
            out.authors.chop(1);
    } else {
        for (int k = 0; k < front.size(); ++k)
            if (!isFurniture(lines[front[k]].text) && lines[front[k]].text.split(u' ', Qt::SkipEmptyParts).size() >= 3) {
                out.title = joinTitleLines({lines[front[k]].text});
                out.titleFrom = QStringLiteral("first page (first line of text)");
                titleEnd = k + 1;
                break;
            }
    }
    if (out.authors.isEmpty() && titleEnd >= 0)
        for (int k = titleEnd; k < front.size(); ++k)
            if (lines[front[k]].size < largest * 0.9 && looksLikeAuthors(lines[front[k]].text)) {
                out.authors = lines[front[k]].text.simplified();
                break;
            }
    for (int i : front)
        if (const QDate d = parseLooseDate(lines[i].text.trimmed()); d.isValid()) {
            out.date = d;
            break;
        }
    return out;
}

} // namespace stratos
