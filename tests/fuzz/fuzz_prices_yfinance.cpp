// yfinance downloads with one, two (",NVDA,NVDA,...") or three ("Price,...",
// "Ticker,...", "Date,,,,,") header rows. An input that starts with none of
// them gets one: its first byte picks which, the rest is the body.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using stratos::fuzz::bytesOf;
    static const QByteArray headers[] = {
        "Date,Close,High,Low,Open,Volume\n",
        "Date,Close,High,Low,Open,Volume\n,NVDA,NVDA,NVDA,NVDA,NVDA\n",
        "Price,Close,High,Low,Open,Volume\nTicker,NVDA,NVDA,NVDA,NVDA,NVDA\nDate,,,,,\n",
    };
    const QByteArray raw = bytesOf(data, size);
    if (raw.startsWith("Date,") || raw.startsWith("Price,") || size == 0)
        return stratos::fuzz::runPrices(data, size, {}, QStringLiteral("NVDA_yfinance.csv"));
    return stratos::fuzz::runPrices(data + 1, size - 1, headers[data[0] % 3],
                                    QStringLiteral("NVDA_yfinance.csv"));
}
