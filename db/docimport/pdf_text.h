#pragma once
// Reads a PDF's text with QtPdf: page texts joined with "[Page N]" markers
// (so a citation can name the page), soft line wraps joined into paragraphs,
// and the title, author and creation date from the document's metadata.

#include "text/document_text.h"
#include "util/result.h"

#include <atomic>

namespace stratos {

Result<ExtractedDocument> extractPdf(const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace stratos
