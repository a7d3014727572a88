#pragma once
// Epoch AI model database CSV ("notable" and "all models" files, older and
// newer layouts): columns found by header name, one ParsedModel per record.

#include "import/parse_context.h"

namespace stratos::import::detail {

// text: checked UTF-8 with LF line ends (see prepareText).
void parseEpochCsv(const QByteArray &text, ParseContext &ctx);

} // namespace stratos::import::detail
