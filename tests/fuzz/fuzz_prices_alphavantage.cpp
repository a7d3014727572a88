// Alpha Vantage layout (timestamp,open,...), Polish Stooq header when the input
// starts with "Data": lower-case and localised names, blank lines, \r\r\n.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const bool polish = size > 0 && data[0] == 'D';
    return stratos::fuzz::runPrices(
        data, size,
        polish ? QByteArray("Data,Otwarcie,Najwyzszy,Najnizszy,Zamkniecie,Wolumen\n")
               : QByteArray("timestamp,open,high,low,close,volume\n"),
        QStringLiteral("daily_AMZN.csv"));
}
