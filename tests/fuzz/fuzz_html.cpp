// HTML text extraction: extractHtml on the input as UTF-8, and extractDocument
// for kind html (charset detection and decoding first).
#include "fuzz_text_check.h"
#include "text/html_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stratos;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const HtmlExtract html = extractHtml(QString::fromUtf8(bytes));
    fuzz::checkUrl(html.meta.url);
    fuzz::checkDocument(extractDocument(bytes, DocumentKind::Html, QStringLiteral("page.html")),
                        DocumentKind::Html);
    return 0;
}
