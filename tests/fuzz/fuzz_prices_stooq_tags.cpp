// Stooq's own layout: <TICKER> on every row, <PER>, compact dates; the symbol
// comes from the content only (the file name holds none).
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runPrices(
        data, size, "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n",
        QStringLiteral("download.txt"));
}
