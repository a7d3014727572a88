// Nasdaq.com layout ($ prices, MM/DD/YYYY decided from the whole file), with
// skipBadRows so the skipped-row path is fuzzed too.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return stratos::fuzz::runPrices(data, size, "Date,Close/Last,Volume,Open,High,Low\n",
                                    QStringLiteral("HistoricalData_NVDA.csv"), true);
}
