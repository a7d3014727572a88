// Markdown documents: front matter, heading title, URL and date detection.
#include "fuzz_text_check.h"
#include "text/front_matter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stratos;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString text = QString::fromUtf8(bytes);
    const FrontMatter fm = parseFrontMatter(text);
    FUZZ_CHECK(fm.bodyStart >= 0 && fm.bodyStart <= text.size());
    if (!text.startsWith(QLatin1String("---\n")))
        FUZZ_CHECK(fm.bodyStart == 0 && fm.fields.isEmpty());
    const ExtractedDocument md = extractMarkdown(text);
    fuzz::checkUrl(md.meta.url);
    fuzz::checkDocument(extractDocument(bytes, DocumentKind::Markdown, QStringLiteral("note.md")),
                        DocumentKind::Markdown);
    return 0;
}
