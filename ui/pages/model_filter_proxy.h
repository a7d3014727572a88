#pragma once
// The model table's filters: text over name and organization, country,
// organization, open weights only, released since a year.

#include <QSortFilterProxyModel>

namespace stratos {

class ModelFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Source columns the filters read.
    enum Column { Name = 0, Organization = 1, Country = 2, Released = 3, OpenWeights = 7 };

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setCountry(const QString &country);
    void setOrganization(const QString &organization);
    void setOpenOnly(bool on);
    void setSinceYear(int year); // 0: any

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    // Missing values (no cost, no price) sort below every number, so a descending
    // sort starts with the largest figure rather than with the blanks.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text, m_country, m_organization;
    bool m_openOnly = false;
    int m_sinceYear = 0;
};

} // namespace stratos
