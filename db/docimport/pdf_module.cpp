// The PDF module (stratos_pdf): the only code that links Qt PDF. Loaded by
// pdf_text.cpp the first time a PDF is read.
#include "docimport/pdf_pages.h"

#include <QPdfDocument>
#include <QPdfSelection>
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

Result<PdfPages> readPdfPages(const QString &path, const std::atomic_bool *cancel)
{
    QPdfDocument pdf;
    if (const auto e = pdf.load(path); e != QPdfDocument::Error::None)
        return Error{pdfError(e), path};
    PdfPages out;
    for (int i = 0; i < pdf.pageCount(); ++i) {
        if (cancel && cancel->load())
            return Error{QStringLiteral("cancelled"), path};
        out.texts << pdf.getAllText(i).text();
    }
    if (!out.texts.isEmpty()) {
        out.firstPageLines = pageLines(pdf, 0, out.texts.first());
        out.firstPageHeight = pdf.pagePointSize(0).height();
    }
    out.title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString();
    out.author = pdf.metaData(QPdfDocument::MetaDataField::Author).toString();
    out.created = pdf.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime().date();
    return out;
}

} // namespace
} // namespace stratos

extern "C" Q_DECL_EXPORT stratos::ReadPdfPagesFn stratos_pdf_reader()
{
    return &stratos::readPdfPages;
}
