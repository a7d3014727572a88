// GCAT launch log TSV, format forced; inputs without the header get the real one.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stratos;
    const QString fileName = QStringLiteral("launchlog.tsv");
    QByteArray input = fuzz::bytesOf(data, size);
    if (!input.startsWith("#Launch_Tag") && !input.startsWith("Launch_Tag"))
        input.prepend("#Launch_Tag\tLaunch_Date\tPiece\tType\tName\tPLName\tJCAT\tSatOwner\t"
                      "SatState\tLV_Type\tFlight_ID\tPlatform\tLaunch_Site\tLaunch_Pad\t"
                      "Ascent_Site\tAscent_Pad\tAgency\tLVState\tLaunch_Code\tLTCite\n");
    import::ParseOptions options;
    options.format = import::Format::Gcat;
    const import::ParseOutcome o = import::parseFile(input, fileName, options);
    FUZZ_CHECK(o.format == import::Format::Gcat);
    fuzz::checkOutcome(o, input, fileName);
    for (const import::ParsedLaunch &l : o.launches) {
        FUZZ_CHECK(!l.tag.isEmpty());
        // ISO as precise as GCAT says: YYYY, YYYY-MM, YYYY-MM-DD[THH:MM[:SS]]
        FUZZ_CHECK(l.launchedAt.size() >= 4 && l.launchedAt[0].isDigit());
    }
    return 0;
}
