#pragma once
// Writes imported rows into one table by natural key: inserts new rows, updates
// rows whose values differ (keeping their old values for undo) and counts rows
// that are already as the file says. Existing rows are preloaded once so a
// million-row import does not pay a SELECT per row.

#include "existing_rows.h"
#include "sqlite_direct.h"
#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace stratos {
namespace pg {
class RowCopy;
class StagedRows;
}

enum class RowChange { Added, Updated, Unchanged };

class RowWriter
{
public:
    RowWriter(QSqlDatabase db, QString table, QStringList keyColumns, QStringList valueColumns,
              qint64 batchId, qint64 sourceId);
    ~RowWriter();

    // Loads existing rows (optionally only those matching `where`, e.g. "security_id = ?").
    Status preload(const QString &where = {}, const QVariantList &binds = {});

    // A null value in `values` means "the file does not say": it never erases
    // a value already in the store.
    Result<RowChange> write(const QVariantList &key, const QVariantList &values);
    // The parser guarantees a key appears once per file (e.g. one bar per day):
    // no need to remember added keys, which for a million rows costs time and memory.
    void setKeysUniqueInFile(bool unique) { m_keysUnique = unique; }
    // New rows are written in multi-row INSERTs (a team store: one COPY) and, on a
    // team store, changed rows in one UPDATE per 4 MB, the last here: call before reading the
    // table back, and before the writer goes (what waits is otherwise not written).
    Status flush();

    // Value written for a new row when the file does not say (NOT NULL columns).
    void setInsertDefault(const QString &column, const QVariant &value) { m_defaults.insert(column, value); }

private:
    QString keyString(const QVariantList &key) const;
    Status flushRows(int rows);
    // Binds values, source, batch and key to the prepared UPDATE and runs it.
    Status update(const QVariantList &key, const QVariantList &values);
    // Records the old values of a row this batch changes first (once per batch).
    Status recordUndo(const QVariantList &key, const QVariantList &old);
    // A team store: the staged updates and their undo records, each in one statement.
    Status applyStaged();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_keys;
    QStringList m_values;
    qint64 m_batchId;
    qint64 m_sourceId;
    QHash<QString, QVariant> m_defaults;
    ExistingRows m_existing; // key -> values..., source_id, origin, batch_id
    QSet<QString> m_added; // keys this writer inserted (values not kept: a million-row file must fit)
    QSqlQuery m_insert;     // one row
    QSqlQuery m_insertMany; // kChunk rows at once
    std::unique_ptr<DirectInsert> m_direct;     // when available: one row, bound natively
    std::unique_ptr<DirectInsert> m_directMany; // kChunk rows, bound natively
    std::unique_ptr<pg::RowCopy> m_copy;        // a team store: new rows go in by COPY, in the same transaction
    std::unique_ptr<pg::StagedRows> m_stagedUpdates; // a team store: changed rows, applied by one UPDATE ... FROM
    std::unique_ptr<pg::StagedRows> m_stagedUndo;    // and their old values, by one INSERT ... SELECT
    QSet<QString> m_stagedKeys; // keys waiting in m_stagedUpdates (a key staged twice is applied in between)
    QVariantList m_pending; // bound values of rows waiting for the next multi-row INSERT
    int m_pendingRows = 0;
    QSqlQuery m_update;
    QSqlQuery m_undo;
    bool m_prepared = false;
    bool m_keysUnique = false;
};

bool sameValue(const QVariant &a, const QVariant &b);

} // namespace stratos
