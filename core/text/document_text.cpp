#include "text/document_text.h"

#include "text/front_matter.h"
#include "text/html_text.h"
#include "text/windows1252.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <utility>

namespace stratos {
namespace {

QString normaliseNewlines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    text.remove(QChar(0xFEFF));
    // C0 controls other than tab and newline carry nothing readable (and the
    // library's search marks matches with two of them).
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n'; });
    return text;
}

QString firstMarkdownHeading(const QString &body)
{
    const QStringList lines = body.left(20000).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        static const QRegularExpression atx(QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*$"));
        if (auto m = atx.match(line); m.hasMatch())
            return m.captured(1).trimmed();
        static const QRegularExpression setext(QStringLiteral("^(=+|-+)$"));
        if (!line.isEmpty() && i + 1 < lines.size() && setext.match(lines[i + 1].trimmed()).hasMatch() &&
            lines[i + 1].trimmed().size() >= 3)
            return line;
    }
    return {};
}

QString firstField(const FrontMatter &fm, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        QString v = fm.fields.value(QLatin1String(k)).trimmed();
        if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
            v = v.mid(1, v.size() - 2);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// The title without a " - Site" / " | Site" suffix whose words all appear in
// the URL's host ("IEEE Spectrum" on spectrum.ieee.org), and that site name.
std::pair<QString, QString> splitSiteSuffix(const QString &title, const QString &url)
{
    const QString host = publisherFromUrl(url);
    if (host.isEmpty())
        return {title, {}};
    for (const char *sep : {" - ", " | ", " \u2014 ", " \u2013 "}) {
        const qsizetype at = title.lastIndexOf(QString::fromUtf8(sep));
        if (at <= 0)
            continue;
        const QString site = title.mid(at + 3).trimmed(); // every separator is three characters
        const QStringList words = site.toLower().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 4)
            continue;
        bool all = true;
        for (const QString &w : words)
            all = all && host.contains(w);
        if (all)
            return {title.left(at).trimmed(), site};
    }
    return {title, {}};
}

QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression re(QStringLiteral("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromLatin1(bytes.left(2048))).captured(1).toLatin1();
}

} // namespace

DocumentKind documentKindForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("txt") || ext == QLatin1String("text"))
        return DocumentKind::Text;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return DocumentKind::Markdown;
    if (ext == QLatin1String("html") || ext == QLatin1String("htm") || ext == QLatin1String("xhtml"))
        return DocumentKind::Html;
    if (ext == QLatin1String("pdf"))
        return DocumentKind::Pdf;
    return DocumentKind::Unknown;
}

QString mimeForKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Markdown: return QStringLiteral("text/markdown");
    case DocumentKind::Html: return QStringLiteral("text/html");
    case DocumentKind::Pdf: return QStringLiteral("application/pdf");
    case DocumentKind::Text:
    case DocumentKind::Unknown: break;
    }
    return QStringLiteral("text/plain");
}

Result<QString> decodeDocumentBytes(const QByteArray &bytes, bool html, const QString &fileName)
{
    if (auto bom = QStringConverter::encodingForData(bytes); bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        return normaliseNewlines(decoder(bytes));
    }
    if (bytes.left(8192).contains('\0'))
        return Error{QStringLiteral("this looks like a binary file, not text"), fileName};
    QByteArray charset = html ? declaredCharset(bytes).toLower() : QByteArray();
    if (charset == "utf-8" || charset == "utf8")
        charset.clear();
    if (isWindows1252Label(charset)) // what browsers read for every Latin-1 label
        return normaliseNewlines(decodeWindows1252(bytes));
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid()) {
            const QString text = decoder(bytes);
            if (!decoder.hasError())
                return normaliseNewlines(text);
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return normaliseNewlines(text);
    // Not UTF-8: old Windows files are cp1252 far more often than anything else
    // (Latin-1 text decodes the same, but for the C1 controls no text uses).
    return normaliseNewlines(decodeWindows1252(bytes));
}

QString pageMarker(int page) { return QStringLiteral("[Page %1]").arg(page); }

int pageAtOffset(const QString &text, int offset)
{
    static const QRegularExpression marker(QStringLiteral("(?:^|\\n)\\[Page (\\d+)\\]\\n"));
    int page = 0;
    for (auto it = marker.globalMatch(text.left(qMax(0, offset) + 1)); it.hasNext();)
        page = it.next().captured(1).toInt();
    return page;
}

ExtractedDocument extractMarkdown(const QString &text)
{
    const FrontMatter fm = parseFrontMatter(text);
    ExtractedDocument doc;
    doc.mime = mimeForKind(DocumentKind::Markdown);
    doc.text = text.mid(fm.bodyStart);
    doc.meta.url = safeHttpUrl(firstField(fm, {"url", "canonical", "link", "source_url", "source"}));
    if (doc.meta.url.isEmpty())
        doc.meta.url = findUrl(doc.text);
    doc.meta.publisher = firstField(fm, {"publisher", "site", "site_name", "outlet", "source_name"});
    if ((doc.meta.title = firstField(fm, {"title"})); !doc.meta.title.isEmpty()) {
        doc.meta.titleFrom = QStringLiteral("front matter");
    } else if ((doc.meta.title = firstMarkdownHeading(doc.text)); !doc.meta.title.isEmpty()) {
        doc.meta.titleFrom = QStringLiteral("first heading");
        // "Story - IEEE Spectrum": the suffix names the site the URL is on.
        const auto [title, site] = splitSiteSuffix(doc.meta.title, doc.meta.url);
        doc.meta.title = title;
        if (doc.meta.publisher.isEmpty())
            doc.meta.publisher = site;
    } else if ((doc.meta.title = guessTitle(doc.text)); !doc.meta.title.isEmpty()) {
        doc.meta.titleFrom = QStringLiteral("first lines of text");
    }
    if (doc.meta.publisher.isEmpty())
        doc.meta.publisher = publisherFromUrl(doc.meta.url);
    if ((doc.meta.authors = firstField(fm, {"author", "authors", "by"})); !doc.meta.authors.isEmpty())
        doc.meta.authorsFrom = QStringLiteral("front matter");
    doc.meta.date = parseLooseDate(firstField(fm, {"date", "published", "published_on", "publishdate"}));
    if (doc.meta.date.isValid())
        doc.meta.dateFrom = QStringLiteral("front matter");
    else if ((doc.meta.date = findDate(doc.text)).isValid())
        doc.meta.dateFrom = QStringLiteral("first lines of text");
    return doc;
}

ExtractedDocument extractPlainText(const QString &text)
{
    ExtractedDocument doc;
    doc.mime = mimeForKind(DocumentKind::Text);
    doc.text = text;
    doc.meta.title = guessTitle(text);
    if (!doc.meta.title.isEmpty())
        doc.meta.titleFrom = QStringLiteral("first lines of text");
    doc.meta.url = findUrl(text);
    doc.meta.publisher = guessMasthead(text, doc.meta.title);
    if (doc.meta.publisher.isEmpty())
        doc.meta.publisher = publisherFromUrl(doc.meta.url);
    if ((doc.meta.date = findDate(text)).isValid())
        doc.meta.dateFrom = QStringLiteral("first lines of text");
    return doc;
}

Result<ExtractedDocument> extractDocument(const QByteArray &bytes, DocumentKind kind, const QString &fileName)
{
    if (kind == DocumentKind::Pdf || kind == DocumentKind::Unknown)
        return Error{QStringLiteral("not a text, Markdown or HTML document"), fileName};
    auto decoded = decodeDocumentBytes(bytes, kind == DocumentKind::Html, fileName);
    if (!decoded)
        return decoded.error();
    ExtractedDocument doc;
    if (kind == DocumentKind::Html) {
        HtmlExtract html = extractHtml(*decoded);
        doc.text = html.text;
        doc.meta = html.meta;
        doc.mime = mimeForKind(kind);
    } else {
        doc = kind == DocumentKind::Markdown ? extractMarkdown(*decoded) : extractPlainText(*decoded);
    }
    if (doc.text.trimmed().isEmpty())
        return Error{QStringLiteral("the document has no text"), fileName};
    if (doc.meta.title.isEmpty()) {
        doc.meta.title = QFileInfo(fileName).completeBaseName();
        doc.meta.titleFrom = QStringLiteral("file name");
    }
    return doc;
}

} // namespace stratos
