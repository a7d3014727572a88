#pragma once
// What the importer tells the user before writing: the first rows as parsed,
// the layout, the symbol and where it came from, and the skipped rows.

#include "importer.h"

namespace stratos::detail {

void fillPreview(const import::ParseOutcome &parsed, ImportReport &report);
void describeParse(const import::ParseOutcome &parsed, ImportReport &report);
// One "line L, column C: reason" per skipped row, for the batch record.
QString skippedDetail(const ImportReport &report);

} // namespace stratos::detail
