#include "store_backup.h"

#include "store.h"
#include "store_check.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#ifdef STRATOS_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace stratos {
namespace {

QAtomicInt g_backupCounter;
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// One QtSql connection, removed when this goes out of scope.
class Connection
{
public:
    Connection(const QString &path, const QString &options)
        : m_name(QStringLiteral("backup-%1").arg(g_backupCounter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

// Opens a store for reading without leaving -wal/-shm behind where it can
// be helped: a normal connection deletes them when it is the last to close.
QString sourceOptions(const QString &path, QString *name)
{
    if (readOnlyOpenNeedsImmutable(path)) {
        *name = sqliteUri(path, QStringLiteral("immutable=1"));
        return QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    }
    *name = path;
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

#ifdef STRATOS_SQLITE_DIRECT
// The sqlite3* behind a QtSql connection, when it is served by the library we link.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    // The runtime switch that sends this build down the Windows/macOS path
    // (tested in make test): VACUUM INTO for backups, rename for restore.
    if (qEnvironmentVariableIsSet("STRATOS_NO_DIRECT_SQLITE"))
        return nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Copies src into dst in steps; between steps the source is unlocked, so
// the app's own writes are not held up for the whole copy.
Status copyWithBackupApi(sqlite3 *dst, sqlite3 *src, const BackupOptions &options)
{
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b)
        return Error{QString::fromUtf8(sqlite3_errmsg(dst))};
    int rc = SQLITE_OK;
    int busyRetries = 0;
    while (true) {
        rc = sqlite3_backup_step(b, options.pagesPerStep);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyRetries > 250) // about 5 s of another program holding the lock
                break;
            sqlite3_sleep(20);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
        if (options.progress &&
            !options.progress(sqlite3_backup_remaining(b), sqlite3_backup_pagecount(b))) {
            sqlite3_backup_finish(b);
            return Error{QStringLiteral("the backup was cancelled")};
        }
    }
    const int finish = sqlite3_backup_finish(b);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error{QStringLiteral("the store is locked by another program")};
    if (rc != SQLITE_DONE || finish != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finish))};
    return Status::success();
}
#endif

// Backups are single files: no -wal needed to read them.
Status makeSelfContained(const QString &path)
{
    Connection c(path, {});
    if (!c.ok())
        return Error{c.error(), path};
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
        return Error{q.lastError().text(), path};
    return Status::success();
}

Status copyStore(const QString &from, const QString &to, const BackupOptions &options)
{
    QString srcName;
    const QString srcOptions = sourceOptions(from, &srcName);
    Connection src(srcName, srcOptions);
    if (!src.ok())
        return Error{src.error(), from};
#ifdef STRATOS_SQLITE_DIRECT
    if (sqlite3 *s = nativeHandle(src.db())) {
        Connection dst(to, QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        sqlite3 *d = dst.ok() ? nativeHandle(dst.db()) : nullptr;
        if (!d)
            return Error{dst.ok() ? QStringLiteral("cannot use SQLite's backup API") : dst.error(), to};
        if (Status st = copyWithBackupApi(d, s, options); !st)
            return Error{st.error().message, from};
        return Status::success();
    }
#endif
    // Where the backup API is not linked (Qt's bundled SQLite on Windows and
    // macOS): VACUUM INTO writes a consistent copy in one statement.
    if (QFileInfo::exists(to) && !QFile::remove(to))
        return Error{QStringLiteral("cannot replace the file"), to};
    QSqlQuery q(src.db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(QDir::toNativeSeparators(QFileInfo(to).absoluteFilePath()));
    if (!q.exec())
        return Error{q.lastError().text(), from};
    return Status::success();
}

QRegularExpression backupNamePattern(const QString &storePath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})-schema(\\d+)\\.sqlite$")
                                  .arg(QRegularExpression::escape(QFileInfo(storePath).completeBaseName())));
}

void rotate(const QString &storePath, const BackupOptions &options)
{
    const QList<BackupInfo> all = listBackups(storePath);
    for (qsizetype i = options.keep; i < all.size(); ++i)
        if (QFileInfo(all[i].path) != QFileInfo(options.protect))
            QFile::remove(all[i].path);
    // Partial copies a crashed run left behind (an hour is far longer than a backup takes).
    const QDir dir(backupsDir(storePath));
    const QString prefix = QFileInfo(storePath).completeBaseName() + QLatin1Char('-');
    for (const QFileInfo &f : dir.entryInfoList({prefix + QStringLiteral("*.partial")}, QDir::Files))
        if (f.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(f.filePath());
}

} // namespace

bool nativeBackupAvailable()
{
#ifdef STRATOS_SQLITE_DIRECT
    Connection c(QStringLiteral(":memory:"), {});
    return c.ok() && nativeHandle(c.db()) != nullptr;
#else
    return false;
#endif
}

QString backupsDir(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> listBackups(const QString &storePath)
{
    QList<BackupInfo> list;
    const QRegularExpression pattern = backupNamePattern(storePath);
    const QDir dir(backupsDir(storePath));
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        const SqliteHeader header = readSqliteHeader(f.filePath());
        if (!header.sqlite || !header.damage.isEmpty() || f.size() == 0)
            continue;
        BackupInfo info;
        info.path = f.filePath();
        info.created = QDateTime::fromString(m.captured(1), kStampFormat);
        info.created.setTimeZone(QTimeZone::utc());
        info.size = f.size();
        info.schemaVersion = header.userVersion;
        if (info.created.isValid())
            list.append(info);
    }
    std::sort(list.begin(), list.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.created > b.created; });
    return list;
}

Result<BackupInfo> createBackup(const QString &storePath, const BackupOptions &options)
{
    const QString dir = backupsDir(storePath);
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("cannot create the backup folder"), dir};
    int schema = -1;
    {
        QString name;
        const QString opts = sourceOptions(storePath, &name);
        Connection c(name, opts);
        QSqlQuery q(c.db());
        if (!c.ok() || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return Error{QStringLiteral("cannot read the store to back it up: %1")
                             .arg(c.ok() ? q.lastError().text() : c.error()),
                         storePath};
        schema = q.value(0).toInt();
    }
    BackupInfo info;
    info.created = QDateTime::currentDateTimeUtc();
    info.schemaVersion = schema;
    const auto nameAt = [&](const QDateTime &t) {
        return QDir(dir).filePath(QStringLiteral("%1-%2-schema%3.sqlite")
                                      .arg(QFileInfo(storePath).completeBaseName(), t.toString(kStampFormat))
                                      .arg(schema));
    };
    info.path = nameAt(info.created);
    while (QFileInfo::exists(info.path)) // two backups within a millisecond
        info.path = nameAt(info.created = info.created.addMSecs(1));
    const QString partial = info.path + QStringLiteral(".partial");
    QFile::remove(partial);
    auto fail = [&](const QString &why) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        return Error{QStringLiteral("the backup failed: %1").arg(why), storePath};
    };
    if (Status s = copyStore(storePath, partial, options); !s)
        return fail(s.error().message);
    if (Status s = makeSelfContained(partial); !s)
        return fail(s.error().message);
    const StoreHealth check = checkStoreFile(partial);
    if (!check.ok())
        return fail(QStringLiteral("the copy does not pass quick_check: ") + check.detail);
    if (!QFile::rename(partial, info.path))
        return fail(QStringLiteral("cannot rename %1").arg(partial));
    info.size = QFileInfo(info.path).size();
    rotate(storePath, options);
    return info;
}

bool dailyBackupDue(const QString &storePath, const QDateTime &nowUtc)
{
    const QList<BackupInfo> all = listBackups(storePath);
    return all.isEmpty() || all.first().created.secsTo(nowUtc) > 24 * 3600;
}

Result<QString> moveAside(const QString &path, const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(path, reason, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(path, reason, stamp).arg(n);
    if (!QFile::rename(path, target))
        return Error{QStringLiteral("cannot move the file aside to %1").arg(target), path};
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            return Error{QStringLiteral("cannot move %1 aside").arg(side), path};
    }
    return target;
}

Result<RestoreReport> restoreBackup(const QString &storePath, const QString &backupPath)
{
    const StoreHealth backup = checkStoreFile(backupPath);
    if (!backup.ok())
        return Error{QStringLiteral("the backup cannot be used: %1").arg(backup.message()), backupPath};
    if (backup.schemaVersion > Store::latestSchemaVersion())
        return Error{QStringLiteral("the backup is from a newer version of Stratos (schema %1)")
                         .arg(backup.schemaVersion),
                     backupPath};
    RestoreReport report;
    const StoreHealth current = checkWritable(checkStoreFile(storePath));
    const bool replaceFile = current.fileIsGarbage() || current.problem == StoreProblem::Foreign;
    if (current.exists && !replaceFile && !current.ok() && current.problem != StoreProblem::NewerSchema)
        return Error{QStringLiteral("cannot restore: %1").arg(current.message()), storePath};
    if (replaceFile) {
        auto moved = moveAside(storePath, current.problem == StoreProblem::Foreign
                                              ? QStringLiteral("replaced")
                                              : QStringLiteral("damaged"));
        if (!moved)
            return moved.error();
        report.movedAside = *moved;
    } else if (current.exists) {
        BackupOptions options;
        options.protect = backupPath;
        auto safety = createBackup(storePath, options);
        if (!safety)
            return Error{QStringLiteral("could not back up the current store first, so nothing "
                                        "was changed: %1")
                             .arg(safety.error().message),
                         storePath};
        report.safetyBackup = safety->path;
        if (!nativeBackupAvailable()) {
            // Without the backup API the file is replaced; it is in the safety backup.
            auto moved = moveAside(storePath, QStringLiteral("before-restore"));
            if (!moved)
                return moved.error();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(*moved + QLatin1String(suffix));
        }
    }
    if (!QFileInfo::exists(storePath)) {
        if (!QFile::copy(backupPath, storePath))
            return Error{QStringLiteral("cannot copy the backup into place"), storePath};
        QFile(storePath).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
    } else if (Status s = copyStore(backupPath, storePath, BackupOptions{}); !s) {
        return Error{QStringLiteral("the restore failed, the store is unchanged: %1")
                         .arg(s.error().message),
                     storePath};
    }
    const StoreHealth after = checkStoreFile(storePath);
    if (!after.ok())
        return Error{QStringLiteral("the restored store does not pass its check: %1").arg(after.message()),
                     storePath};
    return report;
}

} // namespace stratos
