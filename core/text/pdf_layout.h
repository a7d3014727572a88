#pragma once
// Reads a PDF's title, authors and date the way a librarian would when the
// file's own metadata says nothing useful: from the first page's layout (the
// largest type near the top, before the abstract). The lines come from Qt Pdf
// (ui/library/pdf_text.cpp); this part is plain values, testable without a PDF.

#include <QDate>
#include <QList>
#include <QString>

namespace stratos {

struct PdfLine
{
    QString text;
    double size = 0; // glyph height in points (the tallest of the line's first characters)
    double top = 0;  // distance from the top of the page, points
};

struct PdfFrontMatter
{
    QString title;
    QString authors;
    QDate date;
    QString titleFrom; // "first-page layout (largest type)", "first page (line before AGENCY:)", ...
};

// Title, authors and a printed date from the first page's lines in reading order.
PdfFrontMatter frontMatterFromLayout(const QList<PdfLine> &lines, double pageHeight);

// True when a PDF's Title metadata names the document (not "untitled", a file
// name, a Word template, or an empty string).
bool meaningfulPdfTitle(const QString &title);

} // namespace stratos
