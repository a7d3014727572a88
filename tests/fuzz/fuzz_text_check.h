#pragma once
// Checks shared by the document text targets.
#include "fuzz_check.h"
#include "text/document_text.h"

namespace stratos::fuzz {

// DocumentMeta::url is "http(s) only; anything else is dropped".
inline void checkUrl(const QString &url)
{
    FUZZ_CHECK(url.isEmpty() || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
               url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive));
}

// extractDocument: an empty document is an error; otherwise there is text and a
// title (falling back to the file's base name).
inline void checkDocument(const Result<ExtractedDocument> &doc, DocumentKind kind)
{
    if (!doc.ok()) {
        FUZZ_CHECK(!doc.error().message.isEmpty());
        return;
    }
    const ExtractedDocument &d = doc.value();
    FUZZ_CHECK(!d.text.trimmed().isEmpty());
    FUZZ_CHECK(!d.meta.title.isEmpty());
    FUZZ_CHECK(d.mime == mimeForKind(kind));
    checkUrl(d.meta.url);
}

} // namespace stratos::fuzz
