#include "models/column_table_model.h"

#include <QLocale>
#include <cmath>

namespace stratos {

ColumnTableModel::ColumnTableModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{
}

void ColumnTableModel::setRows(QList<QVariantList> rows, QList<QString> rowToolTips)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_toolTips = std::move(rowToolTips);
    endResetModel();
}

int ColumnTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ColumnTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ColumnTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QVariant &v = m_rows[index.row()].value(index.column());
    const Column &c = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        if (v.isNull())
            return QString();
        return c.format ? c.format(v) : v.toString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(c.alignment);
    case Qt::ToolTipRole:
        return index.row() < m_toolTips.size() ? m_toolTips[index.row()] : QVariant();
    case int(TableRole::SortKey):
        return v;
    case int(TableRole::RowIndex):
        return index.row();
    default:
        return {};
    }
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns[section].title;
    if (role == Qt::ToolTipRole && !m_columns[section].toolTip.isEmpty())
        return m_columns[section].toolTip;
    return {};
}

QString formatUsd(double value)
{
    if (value >= 1e9)
        return QStringLiteral("$%1 B").arg(value / 1e9, 0, 'f', value >= 1e10 ? 0 : 1);
    if (value >= 1e6)
        return QStringLiteral("$%1 M").arg(value / 1e6, 0, 'f', value >= 1e7 ? 0 : 1);
    if (value >= 1e3)
        return QStringLiteral("$%1 k").arg(value / 1e3, 0, 'f', 0);
    return QStringLiteral("$%1").arg(value, 0, 'f', value < 10 ? 2 : 0);
}

QString formatCompact(double value)
{
    static const char *suffix[] = {"", " k", " M", " B", " T"};
    int i = 0;
    double v = value;
    while (std::abs(v) >= 1000 && i < 4) {
        v /= 1000;
        ++i;
    }
    return QString::number(v, 'f', v < 10 && i > 0 ? 1 : 0) + QLatin1String(suffix[i]);
}

QString formatFlop(double value)
{
    if (value <= 0)
        return QString();
    const int exp = int(std::floor(std::log10(value)));
    return QStringLiteral("%1e%2").arg(value / std::pow(10.0, exp), 0, 'f', 1).arg(exp);
}

} // namespace stratos
