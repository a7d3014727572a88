#include "import/header_lookup.h"

namespace stratos::import::detail {

HeaderLookup::HeaderLookup(const QStringList &names)
{
    m_names.reserve(names.size());
    for (const QString &name : names)
        m_names.append(name.trimmed());
}

int HeaderLookup::find(std::initializer_list<const char16_t *> names) const
{
    for (const char16_t *wanted : names) {
        const QStringView w(wanted);
        for (qsizetype i = 0; i < m_names.size(); ++i)
            if (QStringView(m_names[i]).compare(w, Qt::CaseInsensitive) == 0)
                return int(i);
    }
    return -1;
}

QString HeaderLookup::listed() const
{
    constexpr qsizetype maxShown = 12;
    QStringList shown = m_names.mid(0, maxShown);
    for (QString &name : shown)
        if (name.isEmpty())
            name = QStringLiteral("(empty)");
    QString text = shown.join(QStringLiteral(", "));
    if (m_names.size() > maxShown)
        text += QStringLiteral(", … (%1 columns)").arg(m_names.size());
    return text;
}

} // namespace stratos::import::detail
