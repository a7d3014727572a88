#pragma once
// What is wrong with a store file, found without changing it: the SQLite
// header, PRAGMA quick_check, the schema version, and whether it can be written.

#include <QString>

namespace stratos {

enum class StoreProblem {
    None,
    NotSqlite,      // not an SQLite database at all
    Foreign,        // an SQLite database of another program
    Damaged,        // SQLite file that fails the header checks or quick_check
    Unreadable,     // cannot even be read (permissions)
    ReadOnlyFile,   // readable, but the file cannot be written
    ReadOnlyFolder, // readable, but SQLite cannot create -wal/-shm next to it
    Locked,         // another program holds the write lock
    NewerSchema,    // written by a newer Stratos
    CannotOpen,     // anything else SQLite refuses
};

struct StoreHealth
{
    StoreProblem problem = StoreProblem::None;
    QString path;
    QString detail;         // SQLite's own words, for the details box
    bool exists = false;
    bool walMode = false;
    int schemaVersion = -1; // -1 when unknown or the file does not exist
    int latestSchema = 0;

    bool ok() const { return problem == StoreProblem::None; }
    // "<what is wrong>; <what to do>", without the path.
    QString message() const;
    // One short title for dialogs ("The store is damaged").
    QString title() const;
    // Whether opening it read-only is a way out (read-only file/folder, locked).
    bool readOnlyHelps() const;
    // Whether the file is unusable as a database (garbage): restoring or
    // starting over must move it aside instead of writing into it.
    bool fileIsGarbage() const;
};

struct SqliteHeader
{
    bool sqlite = false; // starts with the SQLite magic string
    QString damage;      // empty when the header and the file size agree
    bool wal = false;
    int userVersion = 0;
};

// The first 100 bytes and the file size, without SQLite.
SqliteHeader readSqliteHeader(const QString &path);

// Read-only checks only: never writes, never creates -wal/-shm files for a
// WAL store that nobody has open (it is read with immutable=1 then).
// HeaderOnly skips SQLite's quick_check (and the foreign-database probe): for a
// file known untouched since Stratos closed it cleanly (clean_close.h).
enum class CheckDepth { Full, HeaderOnly };
StoreHealth checkStoreFile(const QString &path, CheckDepth depth = CheckDepth::Full);

// Whether opening the store for writing would work: file and folder
// permissions (as the OS reports them: root passes chmod but not chattr +i).
StoreHealth checkWritable(const StoreHealth &health);

// The connection options a read-only open of this file needs: immutable=1 when
// no -wal exists and the file or its folder cannot be written (then nobody can
// be writing to it, and SQLite could not create the -shm it otherwise wants).
bool readOnlyOpenNeedsImmutable(const QString &path);

// file: URI for QSQLITE_OPEN_URI with the given query ("immutable=1"); UNC
// paths (//server/share/..., \\server\share\...) keep the host in the path.
QString sqliteUri(const QString &path, const QString &query);

// Whether a new file can be created in dir, found by creating (and removing)
// one. QFileInfo::isWritable() on Windows reads only the read-only attribute,
// which Explorer sets on folders like Documents and which stops nobody.
bool folderAcceptsNewFiles(const QString &dir);

// The primary SQLite result code behind a QtSql error text/code pair.
int sqlitePrimaryCode(const QString &nativeErrorCode);

} // namespace stratos
