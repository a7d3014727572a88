#include "docimport/pdf_text.h"

#include "text/pdf_clean.h"
#include "text/pdf_layout.h"

#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <algorithm>

namespace stratos {
namespace {

QString pdfError(QPdfDocument::Error e)
{
    switch (e) {
    case QPdfDocument::Error::FileNotFound: return QStringLiteral("the file was not found");
    case QPdfDocument::Error::InvalidFileFormat: return QStringLiteral("this is not a valid PDF file");
    case QPdfDocument::Error::IncorrectPassword: return QStringLiteral("the PDF is protected by a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QStringLiteral("the PDF uses an encryption Stratos cannot read");
    default: break;
    }
    return QStringLiteral("the PDF could not be read");
}

// The page's text lines with their type size and position. The indexes of
// getAllText() are the character indexes getSelectionAtIndex() takes.
QList<PdfLine> pageLines(QPdfDocument &pdf, int page, const QString &text)
{
    QList<PdfLine> out;
    qsizetype start = 0;
    while (start < text.size() && out.size() < 80) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        PdfLine line;
        line.text = text.mid(start, end - start).simplified();
        if (!line.text.isEmpty()) {
            // The tallest of the first characters: capitals and ascenders give the type size.
            double top = -1;
            int seen = 0;
            for (qsizetype i = start; i < end && seen < 10; ++i) {
                if (text[i].isSpace())
                    continue;
                const QRectF r = pdf.getSelectionAtIndex(page, int(i), 1).boundingRectangle();
                if (r.isValid() && r.height() < 200) {
                    line.size = std::max(line.size, r.height());
                    top = top < 0 ? r.top() : std::min(top, r.top());
                }
                ++seen;
            }
            line.top = std::max(0.0, top);
            out << line;
        }
        start = end + 1;
    }
    return out;
}

} // namespace

Result<ExtractedDocument> extractPdf(const QString &path, const std::atomic_bool *cancel)
{
    QPdfDocument pdf;
    if (const auto e = pdf.load(path); e != QPdfDocument::Error::None)
        return Error{pdfError(e), path};
    ExtractedDocument doc;
    doc.mime = mimeForKind(DocumentKind::Pdf);
    QStringList raw;
    for (int i = 0; i < pdf.pageCount(); ++i) {
        if (cancel && cancel->load())
            return Error{QStringLiteral("cancelled"), path};
        raw << pdf.getAllText(i).text();
    }
    const QStringList cleaned = cleanPdfPages(raw);
    QStringList pages;
    for (int i = 0; i < cleaned.size(); ++i)
        pages << pageMarker(i + 1) + QStringLiteral("\n\n") + cleaned[i];
    doc.text = pages.join(QStringLiteral("\n\n")).trimmed();
    static const QRegularExpression onlyMarkers(QStringLiteral("^(\\[Page \\d+\\]\\s*)*$"));
    if (onlyMarkers.match(doc.text).hasMatch())
        return Error{QStringLiteral("the PDF has no text layer (a scan?); Stratos cannot read it"), path};

    const QString firstPage = cleaned.value(0);
    const PdfFrontMatter front =
        raw.isEmpty() ? PdfFrontMatter{} : frontMatterFromLayout(pageLines(pdf, 0, raw[0]), pdf.pagePointSize(0).height());
    QString title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString().simplified();
    static const QRegularExpression officePrefix(QStringLiteral("^Microsoft (Word|PowerPoint) - "));
    title.remove(officePrefix);
    if (meaningfulPdfTitle(title)) {
        doc.meta.title = title;
        doc.meta.titleFrom = QStringLiteral("PDF metadata");
    } else if (!front.title.isEmpty()) {
        doc.meta.title = front.title;
        doc.meta.titleFrom = front.titleFrom;
    } else if (doc.meta.title = guessTitle(firstPage); !doc.meta.title.isEmpty()) {
        doc.meta.titleFrom = QStringLiteral("first page text");
    }
    const QString author = pdf.metaData(QPdfDocument::MetaDataField::Author).toString().simplified();
    if (meaningfulPdfTitle(author) || author.contains(u' ')) {
        doc.meta.authors = author;
        doc.meta.authorsFrom = QStringLiteral("PDF metadata");
    } else if (!front.authors.isEmpty()) {
        doc.meta.authors = front.authors;
        doc.meta.authorsFrom = QStringLiteral("first page");
    }
    // A date printed on the first page is the document's; the file's creation
    // date is the next best (for LaTeX papers it is the day of the build).
    const QDate created = pdf.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime().date();
    if (front.date.isValid()) {
        doc.meta.date = front.date;
        doc.meta.dateFrom = QStringLiteral("first page");
    } else if (created.isValid()) {
        doc.meta.date = created;
        doc.meta.dateFrom = QStringLiteral("PDF metadata (creation date)");
    } else if (doc.meta.date = findDate(firstPage); doc.meta.date.isValid()) {
        doc.meta.dateFrom = QStringLiteral("first page text");
    }
    doc.meta.url = findUrl(doc.text.left(20000));
    // No publisher from a URL in the text: in a paper it is a code or data link, not the publisher.
    if (doc.meta.title.isEmpty()) {
        doc.meta.title = QFileInfo(path).completeBaseName();
        doc.meta.titleFrom = QStringLiteral("file name");
    }
    return doc;
}

} // namespace stratos
