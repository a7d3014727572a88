// GCAT payload catalogue TSV, format forced; inputs without the header get one.
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stratos;
    const QString fileName = QStringLiteral("psatcat.tsv");
    QByteArray input = fuzz::bytesOf(data, size);
    if (!input.startsWith("#JCAT") && !input.startsWith("JCAT"))
        input.prepend("#JCAT\tPiece\tName\tLDate\tTLast\tTOp\tTDate\tTF\tProgram\n");
    import::ParseOptions options;
    options.format = import::Format::Psatcat;
    options.skipBadRows = size > 0 && data[size - 1] == '\n';
    const import::ParseOutcome o = import::parseFile(input, fileName, options);
    FUZZ_CHECK(o.format == import::Format::Psatcat);
    fuzz::checkOutcome(o, input, fileName);
    fuzz::checkSkipped(o, input);
    const int lines = fuzz::lineBound(input);
    for (const import::ParsedSatellite &s : o.satellites) {
        FUZZ_CHECK(s.line >= 1 && s.line <= lines);
        FUZZ_CHECK(!s.jcat.isEmpty());
        FUZZ_CHECK(s.launchedOn.size() >= 4 && s.launchedOn[0].isDigit());
        FUZZ_CHECK(s.operating == s.endedOn.isEmpty()); // '*' or a date, never neither
    }
    if (!o.catalogueDate.isEmpty())
        FUZZ_CHECK(QDate::fromString(o.catalogueDate, Qt::ISODate).isValid());
    return 0;
}
