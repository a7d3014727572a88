// Store on PostgreSQL (issue 19): a team shares one server-side store through
// Qt's QPSQL driver. The password comes from libpq's own places (.pgpass,
// PGPASSFILE, a service file, PGPASSWORD) or, typed by the user, lives in
// memory for this session only. The SQLite-file checks (header, quick_check,
// clean-close record, file-copy backups) have no meaning here: the server keeps
// its own consistency, a migration runs in one transaction, and backups are
// pg_dump's job (docs/team-store.md).

#include "config/team_store_url.h"
#include "dialect.h"
#include "migration_list.h"
#include "seed_loader.h"
#include "store.h"
#include "team_connection.h"
#include "write_access.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {

QAtomicInt g_teamConnections;

// Passwords typed for this session, by store URL: memory only.
QMutex g_passwordsLock;
QHash<QString, QString> g_passwords;

QString sessionPassword(const QString &url, const QString &typed)
{
    QMutexLocker lock(&g_passwordsLock);
    if (!typed.isEmpty())
        g_passwords.insert(url, typed);
    return g_passwords.value(url);
}

// Configures a QPSQL connection for the address; false when Qt has no driver.
bool configure(QSqlDatabase &db, const TeamStoreAddress &a, bool readOnly, const QString &password)
{
    if (!db.isValid())
        return false;
    if (!a.host.isEmpty())
        db.setHostName(a.host);
    if (a.port > 0)
        db.setPort(a.port);
    if (!a.database.isEmpty())
        db.setDatabaseName(a.database);
    if (!a.user.isEmpty())
        db.setUserName(a.user);
    if (!password.isEmpty())
        db.setPassword(password);
    QString options = a.connectOptions();
    bool named = false;
    for (const auto &kv : a.options)
        named = named || kv.first == QLatin1String("application_name");
    if (!named)
        options += QStringLiteral("%1application_name=stratos").arg(options.isEmpty() ? "" : ";");
    // A read-only open cannot write even by mistake: the server refuses.
    if (readOnly)
        options += QStringLiteral("%1options='-c default_transaction_read_only=on'").arg(options.isEmpty() ? "" : ";");
    db.setConnectOptions(options);
    return true;
}

Error noDriver(const QString &url)
{
    return Error{QStringLiteral("this build has no PostgreSQL support: Qt's PostgreSQL driver (QPSQL) "
                                "is not installed (on Debian: apt install libqt6sql6-psql)"),
                 url, 0, 0};
}

// Session settings every connection to a team store shares: quiet notices
// (CREATE ... IF NOT EXISTS), and dates compared as the text they are stored as.
Status configureSession(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
        return Error{QStringLiteral("cannot configure the team store session: %1").arg(q.lastError().text())};
    return {};
}

} // namespace

Result<std::unique_ptr<Store>> Store::openTeamStore(const QString &url, const Options &options,
                                                    StoreHealth *healthOut)
{
    StoreHealth health;
    health.path = url;
    health.latestSchema = latestSchemaVersion();
    const auto refuse = [&](StoreProblem problem, const QString &detail, const QString &message) -> Error {
        health.problem = problem;
        health.detail = detail;
        if (healthOut)
            *healthOut = health;
        return Error{message, url, 0, 0};
    };
    auto address = parseTeamStoreUrl(url);
    if (!address)
        return refuse(StoreProblem::CannotOpen, address.error().message, address.error().message);
    const QString name = QStringLiteral("team-store-%1").arg(g_teamConnections.fetchAndAddRelaxed(1));
    if (Status s = openTeamConnection(url, name, options.readOnly, options.password); !s)
        return refuse(StoreProblem::CannotOpen, s.error().message, s.error().message);
    std::unique_ptr<Store> store(new Store(url, name, options.readOnly));
    store->m_teamStore = true;
    store->m_password = options.password;
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    const bool hasSchemaTable = q.exec(QStringLiteral("SELECT to_regclass('stratos_schema') IS NOT NULL")) && q.next()
                                && q.value(0).toBool();
    auto role = teamRole(db);
    if (!role)
        return refuse(StoreProblem::CannotOpen, role.error().message, role.error().message);
    // Made once, by the role that creates the store: a writer or reader role
    // of the team has no CREATE on the schema and must not need it.
    if (!hasSchemaTable && (options.readOnly || !role->mayCreate)) {
        const QString why = QStringLiteral("the team store %1 is not set up yet, and %2: its owner must open it "
                                           "once with Stratos first (docs/team-store.md, \"Setting up the "
                                           "server\"). Nothing was written")
                                .arg(address->display(),
                                     options.readOnly ? QStringLiteral("a read-only open cannot set it up")
                                                      : QStringLiteral("user %1 may not create its tables").arg(role->user));
        return refuse(StoreProblem::CannotOpen, why, why);
    }
    if (!hasSchemaTable && !q.exec(sql::ensureSchemaTable(SqlDialect::Postgres)))
        return refuse(StoreProblem::CannotOpen, q.lastError().text(),
                      QStringLiteral("cannot prepare the team store (does this role have CREATE on the "
                                     "database?): %1").arg(q.lastError().text()));
    q.finish();
    // A role that may only read (a team's reader) has the store read-only for
    // the session, as if asked: every page and menu offers reading only, the
    // window says whose rights these are, and the server refuses any write.
    bool readOnly = options.readOnly;
    if (!readOnly && !role->mayWrite) {
        readOnly = true;
        store->m_readOnly = true;
        store->m_readOnlyUser = role->user;
        q = QSqlQuery();
        db.close();
        configure(db, *address, true, sessionPassword(url, options.password));
        if (!db.open())
            return refuse(StoreProblem::CannotOpen, db.lastError().text(),
                          QStringLiteral("cannot connect to the team store %1: %2")
                              .arg(address->display(), db.lastError().text().trimmed()));
        if (Status s = configureSession(db); !s)
            return s.error();
        q = QSqlQuery(db);
    }
    health.exists = true;
    health.schemaVersion = store->schemaVersion();
    const int latest = health.latestSchema;
    if (health.schemaVersion > latest) {
        health.problem = StoreProblem::NewerSchema;
        return refuse(StoreProblem::NewerSchema, {}, health.message());
    }
    if (readOnly) {
        if (health.schemaVersion < latest && store->m_readOnlyUser.isEmpty())
            return upgradeRefused(QStringLiteral("team store"), health.schemaVersion, latest, url);
        if (health.schemaVersion < latest)
            return Error{QStringLiteral("the team store needs an upgrade (schema %1 → %2), which only its owner can "
                                        "make (user %3 may only read it): ask the owner to open it once with this "
                                        "Stratos. Nothing was written")
                             .arg(health.schemaVersion)
                             .arg(latest)
                             .arg(store->m_readOnlyUser),
                         url, 0, 0};
        // The built-in dataset is loaded by the first writer to open the
        // store; a reader would see empty pages and fail to write it.
        if (options.loadSeed && !store->m_readOnlyUser.isEmpty()
            && SeedLoader::storedVersion(db) < SeedLoader(db).embeddedVersion())
            return Error{QStringLiteral("the team store %1 does not hold this Stratos's built-in dataset yet, and "
                                        "user %2 may only read it: ask its owner to open it once with this "
                                        "Stratos. Nothing was written")
                             .arg(address->display(), store->m_readOnlyUser),
                         url, 0, 0};
        return store;
    }
    const int target = options.migrateTo < 0 ? latest : options.migrateTo;
    if (Status s = store->migrate(target); !s)
        return s.error();
    if (options.loadSeed && target == latest)
        if (Status s = loadSeedAndClaims(db); !s)
            return s.error();
    if (healthOut)
        *healthOut = health;
    return store;
}

Status Store::reconnect()
{
    if (!m_teamStore)
        return {};
    QSqlDatabase db = database();
    {
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
            return {};
    }
    // Host, user, password typed for the session and options (read-only
    // included) are kept on the connection: opening it again reuses them.
    db.close();
    if (!db.open())
        return Error{QStringLiteral("cannot connect to the team store %1 again: %2")
                         .arg(displayName(), db.lastError().text().trimmed()),
                     m_path, 0, 0};
    return configureSession(db);
}

Result<QString> Store::openTeamWorkerConnection(const QString &name) const
{
    if (Status s = openTeamConnection(m_path, name, m_readOnly, m_password); !s)
        return s.error();
    return name;
}

Status openTeamConnection(const QString &url, const QString &connectionName, bool readOnly, const QString &password)
{
    auto address = parseTeamStoreUrl(url);
    if (!address)
        return Error{address.error().message, url, 0, 0};
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!configure(db, *address, readOnly, sessionPassword(url, password)))
            status = noDriver(url);
        else if (!db.open())
            status = Error{QStringLiteral("cannot connect to the team store %1: %2")
                               .arg(address->display(), db.lastError().text().trimmed()),
                           url, 0, 0};
        else
            status = configureSession(db);
    }
    if (!status)
        QSqlDatabase::removeDatabase(connectionName);
    return status;
}

} // namespace stratos
