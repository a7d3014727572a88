#pragma once
// Shared plumbing for the importers: one place that caps and formats problems,
// reports progress, honours cancel, and turns raw file bytes into checked text.

#include "import/parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>
#include <concepts>
#include <optional>

namespace stratos::import::detail {

class ParseContext
{
public:
    ParseContext(ParseOutcome &out, const ParseOptions &options, qint64 totalBytes)
        : m_out(out), m_options(options), m_total(totalBytes)
    {
    }

    ParseOutcome &out() { return m_out; }
    const ParseOptions &options() const { return m_options; }
    const QString &fileName() const { return m_out.fileName; }

    // Records a problem; past maxProblems only counts it. make() builds the
    // message lazily so a file with a million bad rows stays fast.
    template <typename MakeMessage>
    requires std::invocable<MakeMessage>
    void problem(int line, int column, MakeMessage &&make)
    {
        ++m_out.totalProblems;
        if (m_out.problems.size() < ParseOutcome::maxProblems)
            m_out.problems.append(Error{make(), m_out.fileName, line, column});
    }
    void problem(int line, int column, const QString &message)
    {
        problem(line, column, [&] { return message; });
    }
    void problem(const Error &error)
    {
        problem(error.line, error.column, [&] { return error.message; });
    }
    bool hasProblems() const { return m_out.totalProblems > 0; }

    // A problem confined to one data row. By default it is a problem like any
    // other (the file is refused); with skipBadRows the row is skipped and
    // listed with its first reason. rowProblems() counts both kinds.
    template <typename MakeMessage>
    requires std::invocable<MakeMessage>
    void rowProblem(int line, int column, MakeMessage &&make)
    {
        ++m_rowProblems;
        if (!m_options.skipBadRows) {
            problem(line, column, std::forward<MakeMessage>(make));
            return;
        }
        if (m_skippedLines.contains(line))
            return; // one entry per row: its first reason
        m_skippedLines.insert(line);
        ++m_out.skippedBad;
        if (m_out.skipped.size() < ParseOutcome::maxSkippedListed)
            m_out.skipped.append(SkippedRow{line, column, make(), false});
    }
    void rowProblem(int line, int column, const QString &message)
    {
        rowProblem(line, column, [&] { return message; });
    }
    int rowProblems() const { return m_rowProblems; }
    // A problem with the file as a whole (header, encoding, quoting), not a row.
    bool hasFileProblems() const
    {
        return m_out.totalProblems > (m_options.skipBadRows ? 0 : m_rowProblems);
    }
    // A record with nothing in it but bookkeeping: left out with a note.
    void blankRecord(int line, const QString &what);
    // Call once the rows are read: sorts the skipped list and, with
    // skipBadRows, refuses a file whose rows were all bad.
    void finishRows(int goodRows);

    // Call every few thousand lines: reports progress and returns true once the
    // caller asked to cancel (and marks the outcome cancelled).
    bool poll(qint64 doneBytes);
    void finish() const;

private:
    ParseOutcome &m_out;
    const ParseOptions &m_options;
    qint64 m_total = 0;
    int m_rowProblems = 0;
    QSet<int> m_skippedLines;
};

// The bytes of a file ready for byte-level parsing: UTF-8 checked, BOM gone,
// CRLF and CR turned into LF (so line numbers agree with decodeUtf8Text).
struct PreparedText
{
    QByteArray bytes;
    bool ascii = true;
    std::optional<Error> error;
};
PreparedText prepareText(const QByteArray &raw, const QString &fileName);

// "'abc'" for messages, shortened when long; "an empty field" when empty.
QString found(QByteArrayView text);
QString found(QStringView text);

// Parses a whole field as a finite double (no surrounding spaces allowed).
std::optional<double> parseDouble(QByteArrayView text);
std::optional<double> parseDouble(QStringView text);
// The same, without std::from_chars: Apple's libc++ has none for double, so
// parseDouble uses this there; tested against from_chars where both exist.
std::optional<double> parseDoubleWithoutFromChars(QByteArrayView text);

// Accepts "2025-01-27", "2025-01-27 05:00:00+00:00", "2005-08-30T00:00:00-04:00":
// the calendar day as written (no conversion to UTC). Returns the Julian day, or -1.
qint64 parseIsoDay(QByteArrayView text);

// 1-based line and character column of a byte offset in UTF-8 text.
struct Position
{
    int line = 1;
    int column = 1;
};
Position positionOf(QByteArrayView text, qsizetype offset);

// Counts the characters (not bytes) of a UTF-8 prefix: columns in messages.
int charCount(QByteArrayView utf8);

// Lines longer than this are treated as garbage rather than parsed.
inline constexpr qsizetype maxLineBytes = 1 << 20;
QString tooLongLine(qsizetype bytes);

} // namespace stratos::import::detail
