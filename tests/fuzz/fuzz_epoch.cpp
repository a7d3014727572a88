// Epoch AI "Notable AI Models" CSV, format forced. Inputs without a header get
// one with the columns the parser reads (the seeds carry the full 42-column one).
#include "fuzz_check.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stratos;
    const QString fileName = QStringLiteral("notable_ai_models.csv");
    QByteArray input = fuzz::bytesOf(data, size);
    if (!input.startsWith("Model,"))
        input.prepend("Model,Domain,Organization,Country (from Organization),Publication date,"
                      "Link,Parameters,Training compute (FLOP),Training compute cost (2023 USD),"
                      "Model accessibility\n");
    import::ParseOptions options;
    options.format = import::Format::Epoch;
    const import::ParseOutcome o = import::parseFile(input, fileName, options);
    FUZZ_CHECK(o.format == import::Format::Epoch);
    fuzz::checkOutcome(o, input, fileName);
    FUZZ_CHECK(o.models.size() <= o.dataLines);
    for (const import::ParsedModel &m : o.models)
        FUZZ_CHECK(!m.parameters || std::isfinite(*m.parameters));
    return 0;
}
