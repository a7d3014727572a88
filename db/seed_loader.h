#pragma once
// Loads the embedded default dataset (db/seed CSVs and the briefing notes) into
// the store. Seed rows are versioned: a newer seed updates rows whose origin is
// still 'seed' and never touches rows a user imported or edited.

#include "util/result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace stratos {

struct SeedReport
{
    int seedVersion = 0;
    bool applied = false;         // false when the store already had this seed version
    int changedRows = 0;          // rows inserted or updated, all tables
    QMap<QString, int> perTable;  // table -> rows inserted or updated
};

class SeedLoader
{
public:
    // Roots are resource paths (":/seed") or directories on disk (tests).
    explicit SeedLoader(QSqlDatabase db, QString seedRoot = QStringLiteral(":/seed"),
                        QString corpusRoot = QStringLiteral(":/corpus"));

    // Applies the seed when its version is newer than the store's.
    Result<SeedReport> ensureCurrent();
    // Applies the seed whatever the stored version; a no-op on an up-to-date store.
    Result<SeedReport> apply();

    int embeddedVersion() const;
    static int storedVersion(QSqlDatabase db);

    using Progress = std::function<void(const QString &step, int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

private:
    Status loadAll(SeedReport &report);
    QSqlDatabase m_db;
    QString m_seedRoot;
    QString m_corpusRoot;
    Progress m_progress;
};

} // namespace stratos
