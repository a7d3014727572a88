// Launch Library 2 JSON page, format forced.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stratos;
    const QString fileName = QStringLiteral("launches.json");
    const QByteArray input = fuzz::bytesOf(data, size);
    import::ParseOptions options;
    options.format = import::Format::Ll2;
    const import::ParseOutcome o = import::parseFile(input, fileName, options);
    FUZZ_CHECK(o.format == import::Format::Ll2);
    fuzz::checkOutcome(o, input, fileName);
    for (const import::ParsedLaunch &l : o.launches)
        FUZZ_CHECK(l.tag.startsWith(QLatin1String("LL2:")) && l.tag.size() > 4);
    return 0;
}
