#pragma once
// The store: an SQLite file (the single-user default) or a team store on
// PostgreSQL (a postgresql:// URL, store_pg.cpp). Opens or creates it, applies
// the numbered migrations (SQLite: PRAGMA user_version; PostgreSQL: the
// stratos_schema table, with db/migrations/postgresql/ where the SQL differs),
// refuses stores from a newer schema without touching them.

#include "store_check.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace stratos {

class Store
{
public:
    struct Options
    {
        bool readOnly = false;
        bool loadSeed = true;   // apply the embedded dataset when it is newer than the store's
        int migrateTo = -1;     // for tests: stop at this schema version (-1 = latest)
        bool alwaysCheck = false; // quick_check even after a clean close (clean_close.h)
        // The weekly full check is left to the caller (fullCheckDue()): the
        // window runs it on a worker once it shows, instead of before.
        bool deferWeeklyCheck = false;
        // A team store's password when the user typed one: kept in memory for
        // this session's connections only, never written anywhere. Empty: libpq
        // finds it (.pgpass, PGPASSFILE, a service file, PGPASSWORD).
        QString password;
    };

    // Checks the file first (header, quick_check, version, permissions, the
    // write lock) and fills *health with what is wrong when it refuses.
    // quick_check is skipped while the clean-close record matches the file
    // (clean_close.h) and the last full check is less than a week old (with
    // deferWeeklyCheck, fullCheckDue() says to run one on a worker instead).
    // A store about to be migrated is backed up first (backups/, see store_backup.h).
    static Result<std::unique_ptr<Store>> open(const QString &path, const Options &options,
                                               StoreHealth *health = nullptr);
    static Result<std::unique_ptr<Store>> open(const QString &path) { return open(path, Options{}); }
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; } // the file, or a team store's URL
    bool isTeamStore() const { return m_teamStore; }
    // What the window title and messages call it: the file, or the URL without secrets.
    QString displayName() const { return displayNameOf(m_path); }
    static QString displayNameOf(const QString &location);
    int schemaVersion() const;
    bool readOnly() const { return m_readOnly; }
    // On a team store opened read-only because the user's role may only read
    // it: that user (current_user); empty otherwise.
    QString readOnlyUser() const { return m_readOnlyUser; }

    // A team store's connection after the server came back (a restart, a cut
    // network): checked with a round trip, opened again with the same
    // settings when it is dead. Nothing to do on SQLite.
    Status reconnect();

    // A second connection to the same store, for use on another thread (jobs
    // use WorkerConnection, worker_connection.h, which closes itself).
    Result<QString> openWorkerConnection(const QString &name) const;

    static int latestSchemaVersion();

    bool fullCheckDue() const { return m_fullCheckDue; }
    // A full check passed (on a worker): the clean-close record carries its time.
    void noteFullCheck(const QDateTime &when)
    {
        m_lastFullCheck = when;
        m_fullCheckDue = false;
    }

private:
    Store(QString path, QString connection, bool readOnly);
    static Result<std::unique_ptr<Store>> openTeamStore(const QString &url, const Options &options,
                                                        StoreHealth *health);
    Status migrate(int target);
    static Status loadSeedAndClaims(QSqlDatabase db);
    Result<QString> openTeamWorkerConnection(const QString &name) const;

    QDateTime m_lastFullCheck; // carried into the clean-close record
    bool m_fullCheckDue = false;
    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    bool m_teamStore = false;
    QString m_readOnlyUser;
    QString m_password; // team store, typed for this session (Options::password)
};

} // namespace stratos
