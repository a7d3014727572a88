// Close-only series: Date,Close (seeds also cover Date,<SYMBOL> and Adj Close only).
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runPrices(data, size, "Date,Close\n", QStringLiteral("GSPC_close.csv"));
}
