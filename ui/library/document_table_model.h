#pragma once
// The library's documents as a table: title, publisher, date and URL are
// editable in place and saved through a callback (the store); the proxy
// narrows the table to the documents a search found.

#include "claim_store.h"
#include "library_store.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <functional>
#include <optional>

namespace stratos {

class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Authors, Publisher, Date, Type, Passages, File, Url, Figures, ColumnCount };
    enum class Role { Id = Qt::UserRole, Sort };
    // Saves against the row version this table loaded (LibraryStore::saveMeta).
    using Saver = std::function<Result<DocumentSaveOutcome>(qint64, const DocumentEdit &, qint64 expectedVersion)>;

    explicit DocumentTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(QList<Document> rows);
    // The checked figures per document (the Figures column; the "differ" filter).
    void setClaimCounts(QHash<qint64, ClaimCounts> counts);
    ClaimCounts claimCounts(qint64 id) const { return m_claims.value(id); }
    void setSaver(Saver saver) { m_save = std::move(saver); }
    // The row versions of the rows (after setRows): what an edit is checked against.
    void setRowVersions(QHash<qint64, qint64> versions) { m_versions = std::move(versions); }
    const Document *rowById(qint64 id) const;
    const Document &at(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    static QString typeLabel(const QString &mime);
    static QString fileLabel(const QString &path);

signals:
    void saveFailed(const QString &message);
    // Someone else changed the row after it was loaded: nothing was saved.
    void editConflict(qint64 id, const stratos::DocumentEditConflict &conflict);

private:
    QList<Document> m_rows;
    QHash<qint64, ClaimCounts> m_claims;
    Saver m_save;
    QHash<qint64, qint64> m_versions;
};

class DocumentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // nullopt: every document; otherwise only these (in any order).
    void setAllowedIds(std::optional<QSet<qint64>> ids);
    // Only documents with at least one figure that differs from the store.
    void setOnlyDiffering(bool on);
    bool onlyDiffering() const { return m_onlyDiffering; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<qint64>> m_ids;
    bool m_onlyDiffering = false;
};

} // namespace stratos
