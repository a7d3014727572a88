#include "docimport/pdf_text.h"

#include "docimport/pdf_pages.h"
#include "text/pdf_clean.h"
#include "text/pdf_layout.h"
#include "util/module_loader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace stratos {

Result<ExtractedDocument> extractPdf(const QString &path, const std::atomic_bool *cancel)
{
    // Qt PDF lives in a module of its own, loaded the first time a PDF is read.
    QString why;
    const auto getter = reinterpret_cast<PdfReaderGetter>(resolveModuleFunction(kPdfModule, kPdfModuleFunction, &why));
    if (!getter)
        return Error{QStringLiteral("PDF support is not installed (%1)").arg(why), path};
    Result<PdfPages> read = getter()(path, cancel);
    if (!read)
        return read.error();
    const PdfPages &pdf = read.value();
    ExtractedDocument doc;
    doc.mime = mimeForKind(DocumentKind::Pdf);
    const QStringList &raw = pdf.texts;
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
        raw.isEmpty() ? PdfFrontMatter{} : frontMatterFromLayout(pdf.firstPageLines, pdf.firstPageHeight);
    QString title = pdf.title.simplified();
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
    const QString author = pdf.author.simplified();
    if (meaningfulPdfTitle(author) || author.contains(u' ')) {
        doc.meta.authors = author;
        doc.meta.authorsFrom = QStringLiteral("PDF metadata");
    } else if (!front.authors.isEmpty()) {
        doc.meta.authors = front.authors;
        doc.meta.authorsFrom = QStringLiteral("first page");
    }
    // A date printed on the first page is the document's; the file's creation
    // date is the next best (for LaTeX papers it is the day of the build).
    const QDate created = pdf.created;
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
