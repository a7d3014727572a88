#pragma once
// Rolling backups of the store in a backups/ folder next to it, taken with
// SQLite's online backup API (VACUUM INTO where that API is not linked), and
// restoring one of them over the store.

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace stratos {

struct BackupInfo
{
    QString path;
    QDateTime created; // UTC, from the file name
    qint64 size = 0;
    int schemaVersion = -1;
};

struct BackupOptions
{
    int keep = 5;             // rotation keeps this many, newest first
    QString protect;          // never deleted by this rotation (the one being restored)
    int pagesPerStep = 256;   // backup API step size: the source is unlocked between steps
    std::function<bool(int remaining, int total)> progress; // return false to cancel
};

QString backupsDir(const QString &storePath);

// Finished backups of this store, newest first. A backup counts only when its
// name, SQLite header and size agree (a partial or truncated copy is never
// listed); restoreBackup runs a full quick_check before using one.
QList<BackupInfo> listBackups(const QString &storePath);

// Copies the store to backups/<name>-<UTC time>-schema<N>.sqlite through a
// temporary .partial file that must pass quick_check before it is renamed;
// then deletes the oldest beyond options.keep. Safe on any thread: it opens
// its own connections.
Result<BackupInfo> createBackup(const QString &storePath, const BackupOptions &options = {});

// A daily backup is due when the newest is older than 24 hours (or none exists).
bool dailyBackupDue(const QString &storePath, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

// Moves a file (and its -wal/-shm/-journal) aside to
// "<path>.<reason>-<local time>"; returns the new path of the main file.
Result<QString> moveAside(const QString &path, const QString &reason);

struct RestoreReport
{
    QString safetyBackup; // the current store backed up first (empty when unreadable)
    QString movedAside;   // where a damaged current file went (empty when overwritten in place)
};

// Replaces the store's contents with the backup's. The backup must pass
// quick_check. A readable current store is backed up first and overwritten
// through the backup API; a damaged or foreign one is moved aside, never deleted.
// No connection to the store may be open in this process.
Result<RestoreReport> restoreBackup(const QString &storePath, const QString &backupPath);

// Whether this build copies with sqlite3_backup_* (else VACUUM INTO / file copy,
// as on Windows and macOS). Setting STRATOS_NO_DIRECT_SQLITE turns it off at run
// time, so the tests cover that path on Linux too.
bool nativeBackupAvailable();

} // namespace stratos
