#pragma once
// The SQLite store: opens (or creates) the file, applies numbered migrations by
// PRAGMA user_version, refuses files from a newer schema without touching them.

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
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool readOnly() const { return m_readOnly; }

    // A second connection to the same file, for use on another thread.
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
    Status migrate(int target);

    QDateTime m_lastFullCheck; // carried into the clean-close record
    bool m_fullCheckDue = false;
    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
};

} // namespace stratos
