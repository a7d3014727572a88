#pragma once
// The clean-close record of a store: written when the store closed cleanly,
// removed when a writer opens it. While it matches the file (size,
// modification time, no -wal), nothing has touched the store since Stratos
// closed it, so start-up can skip the full quick_check. A crash, a write by
// anyone, a copy, a move or a restore all break the match. Records live in the
// user's cache folder, keyed by the store's path, never beside the store (its
// folder, backups included, holds only what the user put there).

#include <QDateTime>
#include <QString>
#include <optional>

namespace stratos {

// How long a store may go without a full quick_check, however clean its closes.
inline constexpr qint64 kFullCheckEveryDays = 7;

// When the last full check of this file ran, if the record matches the file
// as it is now; nullopt when the file must be checked in full.
std::optional<QDateTime> cleanCloseRecord(const QString &storePath);

// The record for the file as it is now, unless a -wal shows a connection is
// still open (then no record: the next start checks in full).
void writeCleanCloseRecord(const QString &storePath, const QDateTime &lastFullCheck);

void removeCleanCloseRecord(const QString &storePath);

// Where the record of a store is kept (for tests).
QString cleanCloseRecordPath(const QString &storePath);

} // namespace stratos
