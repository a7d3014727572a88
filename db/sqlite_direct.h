#pragma once
// Bulk inserts straight through SQLite's C API on the connection QtSql opened.
// QtSql spends thousands of instructions per bound value (it builds a
// placeholder name for each); a million-row import is dominated by that.
// Only compiled where Qt's SQLite driver uses the system SQLite library (Linux
// distributions), and only used when the linked library reports the same
// version as the one serving the connection; elsewhere create() returns null
// and callers keep using QSqlQuery. STRATOS_NO_DIRECT_SQLITE (any value) turns
// it off at run time, as on Windows and macOS (store_backup.cpp reads it too).

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

namespace stratos {

class DirectInsert
{
public:
    static std::unique_ptr<DirectInsert> create(QSqlDatabase db, const QString &sql);
    ~DirectInsert();
    DirectInsert(const DirectInsert &) = delete;
    DirectInsert &operator=(const DirectInsert &) = delete;

    // Binds values in order and runs the statement once.
    bool run(const QVariantList &values, QString *error);

private:
    DirectInsert() = default;
    void *m_db = nullptr;   // sqlite3*
    void *m_stmt = nullptr; // sqlite3_stmt*
};

// Reading many rows the same way: QtSql caches each row as QVariants through
// several layers (a fifth of a GCAT import went to preloading the store's
// launches and payloads through it). Values come as qlonglong, double,
// QString or null, as SQLite stores them.
enum class DirectRead { Unavailable, Failed, Done };
DirectRead directForEachRow(QSqlDatabase db, const QString &sql, const QVariantList &binds,
                            const std::function<void(const QVariantList &row)> &onRow, QString *error);

// The current row of a direct read, column by column, without a QVariant per
// value (a caller that keeps thousands of rows stores them its own way). A
// text (or blob) is valid until the next row.
class DirectRow
{
public:
    enum Type { Integer, Real, Text, Null };
    explicit DirectRow(void *stmt) : m_stmt(stmt) {}
    int columns() const;
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView utf8(int column) const;

private:
    void *m_stmt; // sqlite3_stmt*
};
DirectRead directForEachRawRow(QSqlDatabase db, const QString &sql, const QVariantList &binds,
                               const std::function<void(const DirectRow &row)> &onRow, QString *error);

} // namespace stratos
