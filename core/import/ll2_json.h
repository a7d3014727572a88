#pragma once
// Launch Library 2 JSON (one page of the /launch/ endpoint or a saved export):
// {count, next, previous, results:[...]}, one ParsedLaunch per result.

#include "import/parse_context.h"

#include <QList>

namespace stratos::import::detail {

// text: checked UTF-8 with LF line ends (see prepareText).
void parseLl2Json(const QByteArray &text, ParseContext &ctx);

// Byte offsets where each element of the root object's "results" array
// starts, so problems and records can name a line. Tolerates bad JSON.
QList<qsizetype> ll2ResultOffsets(QByteArrayView json);

} // namespace stratos::import::detail
