#pragma once
// GCAT payload catalogue TSV (psatcat.tsv, J. McDowell): one row per payload
// with its launch date and its end-of-operations date (TDate, '*' while it
// still operates), so Stratos can count satellites in service on a date.

#include "import/parse_context.h"

namespace stratos::import::detail {

// text: checked UTF-8 with LF line ends (see prepareText).
void parseGcatPsatcat(const QByteArray &text, ParseContext &ctx);

} // namespace stratos::import::detail
