#pragma once
// The line each date was first seen on, for "found 2025-01-27 again (first on
// line N)" in price files.

#include <QtGlobal>
#include <algorithm>
#include <vector>

namespace stratos::import::detail {

// Remembers the line of every date seen in a flat table indexed by Julian day
// (O(1) per row, no allocation per row). Four-digit years bound it to ~3.7M days.
class SeenDays
{
public:
    int insert(qint64 jd, int line) // returns the earlier line, or 0
    {
        if (m_table.empty()) {
            m_base = jd - 2048;
            m_table.assign(8192, 0);
        }
        if (jd < m_base || jd >= m_base + qint64(m_table.size()))
            grow(jd);
        int &seen = m_table[size_t(jd - m_base)];
        if (seen)
            return seen;
        seen = line;
        return 0;
    }

private:
    void grow(qint64 jd)
    {
        const qint64 size = qint64(m_table.size());
        const qint64 lo = qMin(m_base, jd);
        const qint64 hi = qMax(m_base + size, jd + 1);
        const qint64 newSize = qMax(2 * size, 2 * (hi - lo)); // amortised, either direction
        const qint64 newBase = jd < m_base ? hi - newSize : lo;
        std::vector<int> table(size_t(newSize), 0);
        std::copy(m_table.begin(), m_table.end(), table.begin() + (m_base - newBase));
        m_table.swap(table);
        m_base = newBase;
    }

    qint64 m_base = 0;
    std::vector<int> m_table;
};

} // namespace stratos::import::detail
