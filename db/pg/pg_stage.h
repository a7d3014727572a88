#pragma once
// Rows an import gathers for one set-based statement on a team store: sent
// with COPY into a temporary table of the import's own transaction, then used
// by one statement (an UPDATE ... FROM it, an INSERT ... SELECT from it). A
// statement per row costs a round trip and, on the tables whose keys are
// checked per statement (migration 0014), a check per row.

#include "pg_connection.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QVariantList>

namespace stratos::pg {

class StagedRows
{
public:
    // nullptr when `db` is not a PostgreSQL connection. The stage `stage` is a
    // temporary table with `columns` of `table` (their types, no constraints),
    // made on first use and dropped when the transaction ends.
    static std::unique_ptr<StagedRows> create(const QSqlDatabase &db, const QString &stage, const QString &table,
                                              const QStringList &columns);
    ~StagedRows();
    StagedRows(const StagedRows &) = delete;
    StagedRows &operator=(const StagedRows &) = delete;

    void add(const QVariantList &row); // a null QVariant is SQL NULL
    qsizetype size() const { return m_count; }
    qsizetype bytes() const { return m_rows.size(); }
    // Sends the waiting rows into the stage, runs `statement` (which reads the
    // stage by its name) and empties the stage; the rows the statement
    // inserted or updated. No rows waiting: nothing is run.
    Result<qint64> apply(const QString &statement);

private:
    StagedRows() = default;
    std::unique_ptr<Connection> m_conn;
    QString m_stage;
    QString m_table;
    QStringList m_columns;
    QByteArray m_rows;
    qsizetype m_count = 0;
};

} // namespace stratos::pg
