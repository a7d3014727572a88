#pragma once
// GCAT launch log TSV (J. McDowell): one row per payload in the 17- and
// 20-column layouts, grouped into launches by Launch_Tag.

#include "import/parse_context.h"

namespace stratos::import::detail {

// text: checked UTF-8 with LF line ends (see prepareText).
void parseGcatLaunchLog(const QByteArray &text, ParseContext &ctx);

} // namespace stratos::import::detail
