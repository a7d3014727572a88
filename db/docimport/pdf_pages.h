#pragma once
// What the PDF module (stratos_pdf, Qt PDF) reads from a file: raw page texts,
// the first page's lines with their type size, and the metadata. Everything
// made of them (cleaning, the title, dates) is done by pdf_text.cpp in the
// program, so the module stays a thin reader. Plain types only: the module is
// loaded on first use (util/module_loader.h) and shares no code with us.

#include "text/pdf_layout.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <atomic>

namespace stratos {

struct PdfPages
{
    QStringList texts;            // page by page, as Qt PDF gives them
    QList<PdfLine> firstPageLines; // the first lines of page 1, with size and position
    double firstPageHeight = 0;   // points
    QString title, author;        // metadata, as stored
    QDate created;
};

// The module exports, unmangled, kPdfModuleFunction: a function returning its reader.
using ReadPdfPagesFn = Result<PdfPages> (*)(const QString &path, const std::atomic_bool *cancel);
using PdfReaderGetter = ReadPdfPagesFn (*)();
inline constexpr char kPdfModule[] = "stratos_pdf";
inline constexpr char kPdfModuleFunction[] = "stratos_pdf_reader";

} // namespace stratos
