// Yahoo Finance's classic download: Date,Open,High,Low,Close,Adj Close,Volume.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runPrices(data, size, "Date,Open,High,Low,Close,Adj Close,Volume\n",
                                    QStringLiteral("NVDA.csv"));
}
