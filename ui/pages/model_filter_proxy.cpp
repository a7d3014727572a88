#include "pages/model_filter_proxy.h"

#include "models/column_table_model.h"

namespace stratos {

void ModelFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ModelFilterProxy::setCountry(const QString &country)
{
    m_country = country;
    invalidateFilter();
}

void ModelFilterProxy::setOrganization(const QString &organization)
{
    m_organization = organization;
    invalidateFilter();
}

void ModelFilterProxy::setOpenOnly(bool on)
{
    m_openOnly = on;
    invalidateFilter();
}

void ModelFilterProxy::setSinceYear(int year)
{
    m_sinceYear = year;
    invalidateFilter();
}

bool ModelFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole()), b = right.data(sortRole());
    if (a.isNull() || b.isNull())
        return a.isNull() && !b.isNull();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ModelFilterProxy::filterAcceptsRow(int row, const QModelIndex &) const
{
    const auto *m = static_cast<const ColumnTableModel *>(sourceModel());
    const QVariantList &r = m->row(row);
    if (!m_country.isEmpty() && r.value(Country).toString() != m_country)
        return false;
    if (!m_organization.isEmpty() && r.value(Organization).toString() != m_organization)
        return false;
    if (m_openOnly && !r.value(OpenWeights).toBool())
        return false;
    if (m_sinceYear > 0 && r.value(Released).toString().left(4).toInt() < m_sinceYear)
        return false;
    return m_text.isEmpty() || r.value(Name).toString().contains(m_text, Qt::CaseInsensitive) ||
           r.value(Organization).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace stratos
