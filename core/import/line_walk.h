#pragma once
// Walks a file's bytes one '\n'-ended line at a time for the parsers that
// split lines themselves (GCAT's two files, unquoted price CSV): the line, its
// number, how far into the file it ends (for progress), and when to poll.

#include "import/parse_context.h"

#include <QByteArrayView>

namespace stratos::import::detail {

class LineWalk
{
public:
    explicit LineWalk(QByteArrayView all) : m_all(all) {}

    // Moves to the next line; false once the text is used up.
    bool next()
    {
        if (m_pos >= m_all.size())
            return false;
        qsizetype end = m_all.indexOf('\n', m_pos);
        if (end < 0)
            end = m_all.size();
        m_line = m_all.sliced(m_pos, end - m_pos);
        m_pos = end + 1;
        ++m_lineNo;
        return true;
    }

    QByteArrayView line() const { return m_line; }
    int lineNo() const { return m_lineNo; } // 1-based; 0 before the first line
    qsizetype pos() const { return m_pos; } // bytes read so far

    // Says so (at column 1) when the line is longer than any parser reads;
    // what follows (stop, or count the row and go on) is each parser's rule.
    bool tooLong(ParseContext &ctx) const
    {
        if (m_line.size() <= maxLineBytes)
            return false;
        ctx.problem(m_lineNo, 1, tooLongLine(m_line.size()));
        return true;
    }

    // True on every `every`th call: each parser calls it on the lines it
    // counts (polling costs a clock read, so not on every line).
    bool pollDue(int every)
    {
        if (++m_sincePoll < every)
            return false;
        m_sincePoll = 0;
        return true;
    }

private:
    QByteArrayView m_all;
    QByteArrayView m_line;
    qsizetype m_pos = 0;
    int m_lineNo = 0;
    int m_sincePoll = 0;
};

} // namespace stratos::import::detail
