// investing.com layout: quoted fields, K/M/B volumes, a % column, separators.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runPrices(
        data, size, "\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"\n",
        QStringLiteral("NVDA Stock Price History.csv"));
}
