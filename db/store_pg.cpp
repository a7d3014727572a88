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
#include "store.h"
#include "team_connection.h"

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
    // Made once, by the role that creates the store: a writer or reader role
    // of the team has no CREATE on the schema and must not need it.
    const bool hasSchemaTable = q.exec(QStringLiteral("SELECT to_regclass('stratos_schema') IS NOT NULL")) && q.next()
                                && q.value(0).toBool();
    if (!options.readOnly && !hasSchemaTable && !q.exec(sql::ensureSchemaTable(SqlDialect::Postgres)))
        return refuse(StoreProblem::CannotOpen, q.lastError().text(),
                      QStringLiteral("cannot prepare the team store (does this role have CREATE on the "
                                     "database?): %1").arg(q.lastError().text()));
    q.finish();
    health.exists = true;
    health.schemaVersion = store->schemaVersion();
    const int latest = health.latestSchema;
    if (health.schemaVersion > latest) {
        health.problem = StoreProblem::NewerSchema;
        return refuse(StoreProblem::NewerSchema, {}, health.message());
    }
    if (options.readOnly) {
        if (health.schemaVersion < latest)
            return upgradeRefused(QStringLiteral("team store"), health.schemaVersion, latest, url);
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
