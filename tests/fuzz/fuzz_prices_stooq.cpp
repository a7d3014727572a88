// Stooq-style OHLCV without Adj Close; the symbol comes from "nvda.us.txt".
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runPrices(data, size, "Date,Open,High,Low,Close,Volume\n",
                                    QStringLiteral("nvda.us.txt"));
}
