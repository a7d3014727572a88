#pragma once
// Turns the bytes of a .txt, .md or .html file into the plain text passages
// point into, plus the metadata that can be detected. PDF is read elsewhere
// (QtPdf needs QtGui); this stays QtCore only.

#include "text/text_metadata.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace stratos {

enum class DocumentKind { Unknown, Text, Markdown, Html, Pdf };

// By file extension (.txt .text .md .markdown .html .htm .xhtml .pdf).
DocumentKind documentKindForPath(const QString &path);
QString mimeForKind(DocumentKind kind);

struct ExtractedDocument
{
    QString text;
    DocumentMeta meta;
    QString mime;
};

// Decodes text bytes: BOM (UTF-8/16), an HTML charset declaration, UTF-8, and
// Windows-1252 as the fallback for old files. CRLF and CR become LF. Binary
// data gives an error.
Result<QString> decodeDocumentBytes(const QByteArray &bytes, bool html, const QString &fileName = {});

// Extracts a text, Markdown or HTML document. The title falls back to the file's
// base name; an empty document is an error.
Result<ExtractedDocument> extractDocument(const QByteArray &bytes, DocumentKind kind, const QString &fileName);

// PDF text keeps one "[Page N]" paragraph before each page's text, so a span can
// say which page it is on.
QString pageMarker(int page);
// The page an offset falls on (1-based), or 0 when the text has no page markers.
int pageAtOffset(const QString &text, int offset);

// Markdown: front matter fields, else the first heading.
ExtractedDocument extractMarkdown(const QString &text);
// Plain text: a headline among the first lines, a masthead, a date, a URL.
ExtractedDocument extractPlainText(const QString &text);

} // namespace stratos
