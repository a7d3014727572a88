#pragma once
// Finds columns by name in a header row: trimmed, case-insensitive, with the
// alternative spellings real files use.

#include <QStringList>
#include <initializer_list>

namespace stratos::import::detail {

class HeaderLookup
{
public:
    explicit HeaderLookup(const QStringList &names);

    // Index of the first column named any of names, or -1.
    int find(std::initializer_list<const char16_t *> names) const;
    qsizetype size() const { return m_names.size(); }
    const QStringList &names() const { return m_names; }
    // "Date, Close, High" for messages, shortened when long.
    QString listed() const;

private:
    QStringList m_names; // trimmed, as written
};

} // namespace stratos::import::detail
