#pragma once
// COPY ... FROM STDIN through libpq: the fast way to put many rows into
// PostgreSQL (what sqlite_direct is for SQLite). A file goes in inside one
// transaction: either every row lands or none does, also when the client is
// killed or the connection drops half-way (the server rolls back).

#include "pg_connection.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QVariantList>
#include <functional>

namespace stratos::pg {

class BinaryRows;

enum class CopyFormat { Text, Csv, Binary };

// One COPY in progress on a connection (which must not be used for anything
// else until finish() or abort()). Call inside a transaction the caller owns.
class CopyIn
{
public:
    static Result<std::unique_ptr<CopyIn>> start(Connection &conn, const QString &table,
                                                 const QStringList &columns, CopyFormat format,
                                                 bool csvHeader = false);
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    // Raw bytes in the chosen format (any chunking).
    Status put(const QByteArray &bytes);
    // One row in text format (start() with CopyFormat::Text): values are written
    // with COPY's escapes; a null QVariant is SQL NULL.
    Status putRow(const QVariantList &values);
    // Ends the COPY; the rows the server took.
    Result<qint64> finish();
    // Ends the COPY with an error: the server discards the rows (and the
    // transaction is then failed: roll it back).
    void abort(const QString &why);

    // COPY's text-format encoding of one row, with the trailing newline.
    static QByteArray textRow(const QVariantList &values);

private:
    CopyIn(Connection &conn, QString table) : m_conn(conn), m_table(std::move(table)) {}
    Status flushBuffer();

    Connection &m_conn;
    QString m_table;
    QByteArray m_buffer; // putRow() gathers rows into larger writes
    bool m_open = true;
};

// The new rows of an import on a team store (RowWriter): sent with one COPY
// FROM STDIN on the QPSQL connection's own libpq handle, so they belong to
// the import's one transaction. In COPY's binary format when every column's
// type has a binary writer (pg_binary.h; the types are asked once), else in
// text. `constants` are appended to every row
// (source_id, batch_id, origin). While rows are being added the COPY is open
// and the connection takes no other statement: flush() before any.
class RowCopy
{
public:
    // nullptr when `db` is not a PostgreSQL connection (or libpq is missing).
    static std::unique_ptr<RowCopy> create(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                           const QVariantList &constants);
    ~RowCopy();
    RowCopy(const RowCopy &) = delete;
    RowCopy &operator=(const RowCopy &) = delete;
    Status add(const QVariantList &values); // starts the COPY, sends rows as they gather
    Status flush();                         // sends what is waiting and ends the COPY

private:
    RowCopy() = default;
    Status chooseFormat(); // binary when every column's type allows it, else text
    std::unique_ptr<Connection> m_conn;
    QString m_table;
    QStringList m_columns;
    QVariantList m_constants;
    std::unique_ptr<CopyIn> m_copy; // open between the first add() and flush()
    std::unique_ptr<BinaryRows> m_binary; // null: text format
    bool m_formatChosen = false;
    QByteArray m_constantBytes; // the constants, encoded once
    QByteArray m_buffer;        // rows waiting for the next piece
};

struct CopyFileOptions
{
    CopyFormat format = CopyFormat::Text;
    bool csvHeader = false;
    // Called after each chunk with the bytes sent so far; return false to cancel
    // (the transaction is rolled back).
    std::function<bool(qint64 bytesSent)> progress;
};

// BEGIN; COPY table (columns) FROM STDIN with the file's bytes; COMMIT. On any
// failure the transaction is rolled back and the error names the file and,
// when the server says so, the line that was refused. Returns the row count.
Result<qint64> copyFile(Connection &conn, const QString &path, const QString &table,
                        const QStringList &columns, const CopyFileOptions &options = {});

} // namespace stratos::pg
