#pragma once
// Daily price CSVs (Yahoo classic, yfinance, Stooq, close-only): one ParsedBar
// per row, columns found by header name, with a fast path for plain files.

#include "import/parse_context.h"

namespace stratos::import::detail {

// text: checked UTF-8 with LF line ends (see prepareText). asciiWithoutQuotes
// selects the byte-level fast path; otherwise the RFC 4180 reader is used.
void parseOhlcvCsv(const QByteArray &text, bool asciiWithoutQuotes, ParseContext &ctx);

} // namespace stratos::import::detail
