#include "store.h"

#include "claim_store.h"
#include "clean_close.h"
#include "config/team_store_url.h"
#include "dialect.h"
#include "migration_list.h"
#include "seed_loader.h"
#include "sql_script.h"
#include "store_backup.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {

QAtomicInt g_connectionCounter;

QString nextConnectionName(const QString &prefix)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

Error sqlError(const QString &path, const QString &what, const QSqlError &e)
{
    return Error{QStringLiteral("%1: %2").arg(what, e.text()), path, 0, 0};
}

} // namespace

int Store::latestSchemaVersion()
{
    const auto list = migrationsFor(SqlDialect::Sqlite);
    return list.isEmpty() ? 0 : list.last().version;
}

Store::Store(QString path, QString connection, bool readOnly)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_readOnly(readOnly)
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            if (!m_readOnly && !m_teamStore) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA optimize"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    // A server keeps its own consistency: the record is about SQLite files.
    if (!m_readOnly && !m_teamStore)
        writeCleanCloseRecord(m_path, m_lastFullCheck);
}

QSqlDatabase Store::database() const { return QSqlDatabase::database(m_connection); }

QString Store::displayNameOf(const QString &location)
{
    if (!isTeamStoreUrl(location))
        return QDir::toNativeSeparators(location);
    auto address = parseTeamStoreUrl(location);
    return address ? address->display() : location;
}

namespace {

// How long opening for writing waits for another program's write lock before
// saying so: long enough for a normal commit, short enough not to look frozen.
constexpr int kLockProbeMs = 400;

bool isBusy(const QSqlError &e)
{
    const int code = sqlitePrimaryCode(e.nativeErrorCode());
    return code == 5 || code == 6;
}

Status updateClaims(QSqlDatabase db, bool dataChanged)
{
    if (!db.transaction())
        return Error{QStringLiteral("cannot start checking document figures: %1").arg(db.lastError().text())};
    ClaimStore claims(db);
    Status s = dataChanged ? claims.recomputeAll() : claims.computeMissing();
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return Error{QStringLiteral("cannot save the document figure checks: %1").arg(db.lastError().text())};
    return {};
}

} // namespace

Status Store::loadSeedAndClaims(QSqlDatabase db)
{
    SeedLoader loader(db);
    auto report = loader.ensureCurrent();
    if (!report)
        return report.error();
    // Claims: re-checked when the seed's data changed, computed for documents that predate them.
    return updateClaims(db, report->applied);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Options &options,
                                           StoreHealth *healthOut)
{
    if (isTeamStoreUrl(path))
        return openTeamStore(path, options, healthOut);
    const int latest = latestSchemaVersion();
    // Everything about the file is checked before anything can write to it;
    // the full quick_check only when the file may have changed since a clean close.
    const std::optional<QDateTime> cleanClose = options.alwaysCheck ? std::nullopt : cleanCloseRecord(path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool weekOld = cleanClose && cleanClose->daysTo(now) >= kFullCheckEveryDays;
    const bool trusted = cleanClose && (!weekOld || options.deferWeeklyCheck);
    StoreHealth health = checkStoreFile(path, trusted ? CheckDepth::HeaderOnly : CheckDepth::Full);
    health.latestSchema = latest;
    if (health.ok() && health.schemaVersion > latest)
        health.problem = StoreProblem::NewerSchema;
    if (health.ok() && !options.readOnly)
        health = checkWritable(health);
    const auto refuse = [&](StoreProblem problem, const QString &detail) -> Error {
        if (problem != StoreProblem::None) {
            health.problem = problem;
            health.detail = detail;
        }
        if (healthOut)
            *healthOut = health;
        return Error{health.message(), path, 0, 0};
    };
    if (!health.ok())
        return refuse(StoreProblem::None, {});
    if (!health.exists) {
        if (options.readOnly)
            return Error{QStringLiteral("the store does not exist"), path, 0, 0};
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return Error{QStringLiteral("cannot create the folder for the store"), dir, 0, 0};
    }

    const QString name = nextConnectionName(QStringLiteral("store"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (options.readOnly && readOnlyOpenNeedsImmutable(path)) {
            // A read-only file or folder: nobody can be writing to it, and a
            // plain read-only open of a WAL store would need to create -shm.
            db.setDatabaseName(sqliteUri(path, QStringLiteral("immutable=1")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else if (options.readOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            const QSqlError e = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return refuse(StoreProblem::CannotOpen, e.text());
        }
    }
    std::unique_ptr<Store> store(new Store(path, name, options.readOnly));
    store->m_lastFullCheck = trusted ? *cleanClose : now;
    store->m_fullCheckDue = trusted && weekOld;
    // Until this store closes cleanly again a crash must lead to a full check.
    if (!options.readOnly)
        removeCleanCloseRecord(path);
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    // Refusing after the connection opened: no query or handle may outlive it.
    const auto closeStore = [&] {
        q = QSqlQuery();
        db = QSqlDatabase();
        store.reset();
    };
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return sqlError(path, QStringLiteral("cannot configure the store"), q.lastError());
    if (!options.readOnly) {
        // Another program holding the write lock: say so now instead of
        // letting the first write sit out the busy timeout.
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kLockProbeMs));
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            const QSqlError e = q.lastError();
            closeStore();
            return refuse(isBusy(e) ? StoreProblem::Locked : StoreProblem::CannotOpen, e.text());
        }
        q.exec(QStringLiteral("ROLLBACK"));
    }
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return sqlError(path, QStringLiteral("cannot configure the store"), q.lastError());
    if (!options.readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            const QSqlError e = q.lastError();
            closeStore();
            if (isBusy(e))
                return refuse(StoreProblem::Locked, e.text());
            return sqlError(path, QStringLiteral("cannot switch the store to WAL"), e);
        }
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        const int target = options.migrateTo < 0 ? latest : options.migrateTo;
        if (health.exists && health.schemaVersion > 0 && health.schemaVersion < target) {
            auto backup = createBackup(path);
            if (!backup)
                return Error{QStringLiteral("the store was not upgraded because it could not be "
                                            "backed up first (%1); free some disk space or make "
                                            "the backups folder writable")
                                 .arg(backup.error().message),
                             path, 0, 0};
        }
        if (Status s = store->migrate(target); !s)
            return s.error();
        if (options.loadSeed && target == latest)
            if (Status s = loadSeedAndClaims(db); !s)
                return s.error();
    } else if (health.schemaVersion < latest) {
        return upgradeRefused(QStringLiteral("store"), health.schemaVersion, latest, path);
    }
    return store;
}

int Store::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(sql::schemaVersionQuery(dialectOf(database()))) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Store::migrate(int target)
{
    QSqlDatabase db = database();
    const SqlDialect dialect = dialectOf(db);
    // A version only grows, so what is already applied needs no lock: a store
    // opened at its current version costs one query here, not four round trips
    // per migration to a server (every `stratos import` opens the store).
    const int applied = schemaVersion();
    for (const Migration &m : migrationsFor(dialect)) {
        if (m.version > target || m.version <= applied)
            continue;
        const auto script = migrationScript(m, dialect);
        if (!script)
            return script.error();
        if (!db.transaction())
            return sqlError(m_path, QStringLiteral("cannot start migration %1").arg(m.version),
                            db.lastError());
        QSqlQuery q(db);
        // On a server another client may be migrating the same store: one at
        // a time, and the version is read again under the lock.
        if (const QString lock = sql::migrationLock(dialect); !lock.isEmpty() && !q.exec(lock)) {
            const Error e = sqlError(m_path, QStringLiteral("cannot lock the store for migration"), q.lastError());
            db.rollback();
            return e;
        }
        if (schemaVersion() >= m.version) {
            db.rollback();
            continue;
        }
        for (const QString &stmt : splitSqlScript(script.value())) {
            if (!q.exec(stmt)) {
                const Error e = sqlError(m_path,
                                         QStringLiteral("migration %1 failed").arg(m.resource),
                                         q.lastError());
                db.rollback();
                return e;
            }
        }
        if (!q.exec(sql::setSchemaVersion(dialect, m.version))) {
            db.rollback();
            return sqlError(m_path, QStringLiteral("cannot record schema version"), q.lastError());
        }
        if (!db.commit())
            return sqlError(m_path, QStringLiteral("cannot commit migration %1").arg(m.version),
                            db.lastError());
    }
    return Status::success();
}

Result<QString> Store::openWorkerConnection(const QString &name) const
{
    if (m_teamStore)
        return openTeamWorkerConnection(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (m_readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return sqlError(m_path, QStringLiteral("cannot open a second connection"), db.lastError());
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    return name;
}

} // namespace stratos
