#include "library/pdf_text.h"

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

bool endsSentence(const QString &line)
{
    static const QRegularExpression end(QStringLiteral("[.!?:\u201D\"')]$"));
    return end.match(line).hasMatch();
}

} // namespace

QString joinPdfLines(const QString &pageText)
{
    QStringList lines;
    for (const QString &raw : QString(pageText).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n'))
        lines << raw.simplified();
    QList<int> lengths;
    for (const QString &l : lines)
        if (!l.isEmpty())
            lengths << int(l.size());
    std::sort(lengths.begin(), lengths.end());
    const int typical = lengths.isEmpty() ? 0 : lengths[lengths.size() * 3 / 4];

    QString out;
    bool paragraphEnded = true;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            paragraphEnded = true;
            continue;
        }
        if (!out.isEmpty())
            out += paragraphEnded ? QStringLiteral("\n\n") : (out.endsWith(u'-') ? QString() : QStringLiteral(" "));
        out += line;
        // A line well short of the column width that ends a sentence ends the paragraph.
        paragraphEnded = endsSentence(line) && line.size() < typical * 0.8;
    }
    return out;
}

Result<ExtractedDocument> extractPdf(const QString &path, const std::atomic_bool *cancel)
{
    QPdfDocument pdf;
    if (const auto e = pdf.load(path); e != QPdfDocument::Error::None)
        return Error{pdfError(e), path};
    ExtractedDocument doc;
    doc.mime = mimeForKind(DocumentKind::Pdf);
    QStringList pages;
    for (int i = 0; i < pdf.pageCount(); ++i) {
        if (cancel && cancel->load())
            return Error{QStringLiteral("cancelled"), path};
        QString text = joinPdfLines(pdf.getAllText(i).text());
        text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n'; });
        pages << pageMarker(i + 1) + QStringLiteral("\n\n") + text;
    }
    doc.text = pages.join(QStringLiteral("\n\n")).trimmed();
    static const QRegularExpression onlyMarkers(QStringLiteral("^(\\[Page \\d+\\]\\s*)*$"));
    if (onlyMarkers.match(doc.text).hasMatch())
        return Error{QStringLiteral("the PDF has no text layer (a scan?); Stratos cannot read it"), path};

    QString title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString().simplified();
    static const QRegularExpression officePrefix(QStringLiteral("^Microsoft (Word|PowerPoint) - "));
    title.remove(officePrefix);
    const QString firstPage = pages.value(0).mid(pageMarker(1).size());
    doc.meta.title = title.isEmpty() || title.endsWith(QLatin1String(".doc")) || title.endsWith(QLatin1String(".docx"))
                         ? guessTitle(firstPage)
                         : title;
    if (doc.meta.title.isEmpty())
        doc.meta.title = QFileInfo(path).completeBaseName();
    doc.meta.publisher = pdf.metaData(QPdfDocument::MetaDataField::Author).toString().simplified();
    doc.meta.date = pdf.metaData(QPdfDocument::MetaDataField::CreationDate).toDateTime().date();
    if (!doc.meta.date.isValid())
        doc.meta.date = findDate(firstPage);
    doc.meta.url = findUrl(doc.text.left(20000));
    if (doc.meta.publisher.isEmpty())
        doc.meta.publisher = publisherFromUrl(doc.meta.url);
    return doc;
}

} // namespace stratos
