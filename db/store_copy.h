#pragma once
// `stratos copy-store`: a whole store into a new one, SQLite -> PostgreSQL to
// start a team, PostgreSQL -> SQLite to take a copy on a plane. Every table the
// two schemas share, in foreign-key order, in one transaction on the target;
// then each table's row count and a checksum of its rows (sorted, so the
// order a server returns them in does not matter) on both sides.

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace stratos {

struct TableCheck
{
    QString table;
    qint64 sourceRows = 0, targetRows = 0;
    QString sourceSum, targetSum; // SHA-256 of the sorted canonical rows
    bool ok() const { return sourceRows == targetRows && sourceSum == targetSum; }
};

// Row count and checksum of every data table of `db` (the same tables and
// columns on both dialects), by table name.
Result<QList<TableCheck>> storeChecksums(const QSqlDatabase &db);

// Copies `from` into `to`, which must hold no data yet (a new store). Returns
// the checks of every copied table; an Error when anything failed (the target
// is then left as it was).
Result<QList<TableCheck>> copyStore(const QSqlDatabase &from, const QSqlDatabase &to,
                                    const std::function<void(const QString &table)> &progress = {});

} // namespace stratos
