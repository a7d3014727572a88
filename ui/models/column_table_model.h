#pragma once
// A read-only table model over rows of typed values with per-column headers,
// display formatting and sort keys. Pages fill it from repository results and
// put a QSortFilterProxyModel in front.

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace stratos {

enum class TableRole { SortKey = Qt::UserRole + 1, RowIndex };

class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        Column(QString title_, Qt::Alignment alignment_ = Qt::AlignLeft | Qt::AlignVCenter,
               std::function<QString(const QVariant &)> format_ = {}, QString toolTip_ = {})
            : title(std::move(title_)), alignment(alignment_), format(std::move(format_)),
              toolTip(std::move(toolTip_))
        {
        }
        QString title;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        // Text shown for a raw value; default: the value as a string.
        std::function<QString(const QVariant &)> format;
        QString toolTip;
    };

    explicit ColumnTableModel(QList<Column> columns, QObject *parent = nullptr);

    void setRows(QList<QVariantList> rows, QList<QString> rowToolTips = {});
    const QVariantList &row(int r) const { return m_rows[r]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
    QList<QString> m_toolTips;
};

// Formatting helpers shared by pages.
QString formatUsd(double value);
QString formatCompact(double value); // 1.8e12 -> "1.8 T"
QString formatFlop(double value);    // 2.1e25 -> "2.1e25"

} // namespace stratos
