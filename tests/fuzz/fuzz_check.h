#pragma once
// Shared by the fuzz targets: invariant checks that abort() (so libFuzzer, or
// the replay driver in a normal build, reports the input), and helpers to put
// a real header in front of inputs that do not start with one.

#include "import/parsed.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace stratos::fuzz {

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant violated: %s\n", file, line, what);
    std::abort();
}

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::stratos::fuzz::fail(#cond, __FILE__, __LINE__);                                      \
    } while (false)

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as is when it starts with header, else header + input, so most
// runs reach the body parser instead of stopping at the header.
inline QByteArray withHeader(const QByteArray &input, const QByteArray &header)
{
    return input.startsWith(header) ? input : header + input;
}

// At least the number of lines (LF, CRLF and a lone CR each end one).
inline int lineBound(const QByteArray &input)
{
    return int(input.count('\n') + input.count('\r')) + 1;
}

// What parseFile promises for every input: problems are FILE:LINE:COLUMN with a
// message, capped at maxProblems, and records point at real lines.
inline void checkOutcome(const import::ParseOutcome &o, const QByteArray &input,
                         const QString &fileName)
{
    using import::ParseOutcome;
    const int lines = lineBound(input);
    FUZZ_CHECK(o.fileName == fileName);
    FUZZ_CHECK(o.problems.size() <= ParseOutcome::maxProblems);
    FUZZ_CHECK(o.totalProblems >= o.problems.size());
    FUZZ_CHECK(o.problems.size() == qMin(o.totalProblems, ParseOutcome::maxProblems));
    for (const Error &e : o.problems) {
        FUZZ_CHECK(!e.message.isEmpty());
        FUZZ_CHECK(e.file == fileName);
        FUZZ_CHECK(e.line >= 1);
        FUZZ_CHECK(e.line <= lines + 1); // "rows expected after the header" may be one past
        FUZZ_CHECK(e.column >= 1);
    }
    FUZZ_CHECK(o.dataLines >= 0);
    FUZZ_CHECK(!o.cancelled); // nothing asked to cancel
    for (const auto &m : o.models)
        FUZZ_CHECK(m.line >= 1 && m.line <= lines);
    for (const auto &l : o.launches) {
        FUZZ_CHECK(l.line >= 1 && l.line <= lines);
        for (const auto &p : l.payloads)
            FUZZ_CHECK(p.line >= 1 && p.line <= lines);
    }
}

// Price bars are kept only from rows without problems: a valid day seen once,
// positive Close (and Adj Close), non-negative Open/High/Low/Volume, High >= Low.
inline void checkPrices(const import::ParseOutcome &o, const QByteArray &input)
{
    const int lines = lineBound(input);
    FUZZ_CHECK(o.prices.bars.size() <= o.dataLines);
    if (o.ok())
        FUZZ_CHECK(o.dataLines > 0);
    QSet<qint64> days;
    int lastLine = 0;
    for (const import::ParsedBar &b : o.prices.bars) {
        FUZZ_CHECK(b.line > lastLine && b.line <= lines);
        lastLine = b.line;
        FUZZ_CHECK(b.day.isValid());
        FUZZ_CHECK(!days.contains(b.day.toJulianDay()));
        days.insert(b.day.toJulianDay());
        FUZZ_CHECK(b.close > 0);
        FUZZ_CHECK(!b.adjClose || *b.adjClose > 0);
        FUZZ_CHECK(!b.open || *b.open >= 0);
        FUZZ_CHECK(!b.high || *b.high >= 0);
        FUZZ_CHECK(!b.low || *b.low >= 0);
        FUZZ_CHECK(!(b.high && b.low) || *b.high >= *b.low);
        FUZZ_CHECK(!b.volume || *b.volume >= 0);
    }
    if (!o.prices.bars.isEmpty())
        FUZZ_CHECK(!o.layout.isEmpty());
}

// Skipped rows (blank, or bad with skipBadRows) are listed by line, each with
// a reason, and never also kept.
inline void checkSkipped(const import::ParseOutcome &o, const QByteArray &input)
{
    const int lines = lineBound(input);
    FUZZ_CHECK(o.skipped.size() <= o.skippedBlank + o.skippedBad);
    int last = 0;
    for (const import::SkippedRow &s : o.skipped) {
        FUZZ_CHECK(s.line >= last && s.line >= 1 && s.line <= lines);
        FUZZ_CHECK(s.column >= 1);
        FUZZ_CHECK(!s.reason.isEmpty());
        last = s.line;
        for (const import::ParsedBar &b : o.prices.bars)
            FUZZ_CHECK(b.line != s.line);
    }
    if (o.ok() && o.skippedBad > 0)
        FUZZ_CHECK(!o.prices.bars.isEmpty() || !o.models.isEmpty() || !o.satellites.isEmpty());
}

// One price layout: header in front unless the input has it, then the checks.
inline int runPrices(const std::uint8_t *data, std::size_t size, const QByteArray &header,
                     const QString &fileName, bool skipBadRows = false)
{
    const QByteArray input = withHeader(bytesOf(data, size), header);
    import::ParseOptions options;
    options.format = import::Format::Prices;
    options.skipBadRows = skipBadRows;
    const import::ParseOutcome o = import::parseFile(input, fileName, options);
    FUZZ_CHECK(o.format == import::Format::Prices);
    checkOutcome(o, input, fileName);
    checkPrices(o, input);
    checkSkipped(o, input);
    if (o.ok())
        FUZZ_CHECK(!o.prices.symbol.isEmpty());
    return 0;
}

} // namespace stratos::fuzz
