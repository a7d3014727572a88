#include "pg/dataset_guard.h"

#include "dialect.h"
#include "pg/pg_lock.h"
#include "store_change.h"

#include <QSysInfo>

namespace stratos::pg {

namespace {

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

QString conninfoOf(const QSqlDatabase &db)
{
    QStringList parts;
    if (!db.hostName().isEmpty())
        parts << QStringLiteral("host=") + quoted(db.hostName());
    if (db.port() > 0)
        parts << QStringLiteral("port=%1").arg(db.port());
    if (!db.userName().isEmpty())
        parts << QStringLiteral("user=") + quoted(db.userName());
    if (!db.databaseName().isEmpty())
        parts << QStringLiteral("dbname=") + quoted(db.databaseName());
    if (!db.password().isEmpty())
        parts << QStringLiteral("password=") + quoted(db.password());
    // QPSQL's connect options are libpq keywords joined by ';' (sslmode,
    // service, application_name, options=...).
    for (const QString &opt : db.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        parts << opt.trimmed();
    return parts.join(QLatin1Char(' '));
}

Result<std::unique_ptr<DatasetGuard>> DatasetGuard::acquire(const QSqlDatabase &db, Dataset dataset)
{
    std::unique_ptr<DatasetGuard> guard(new DatasetGuard);
    if (!isPostgres(db))
        return guard;
    auto conn = Connection::open(conninfoOf(db), QStringLiteral("stratos"));
    if (!conn)
        return conn.error();
    guard->m_conn = std::move(*conn);
    guard->m_lock = std::make_unique<DatasetLock>(*guard->m_conn, dataset);
    auto outcome = guard->m_lock->tryAcquire(QSysInfo::machineHostName());
    if (!outcome)
        return outcome.error();
    if (!outcome->acquired)
        return Error(busyMessage(dataset, outcome->holder));
    return guard;
}

DatasetGuard::~DatasetGuard()
{
    m_lock.reset(); // releases before the connection closes
}

Status DatasetGuard::notifyOnCommit(const QSqlDatabase &db, Dataset dataset, const QString &payload)
{
    ChangeKind kind = ChangeKind::Prices;
    switch (dataset) {
    case Dataset::Prices: kind = ChangeKind::Prices; break;
    case Dataset::Models: kind = ChangeKind::Models; break;
    case Dataset::Launches: kind = ChangeKind::Launches; break;
    case Dataset::Satellites: kind = ChangeKind::Satellites; break;
    case Dataset::Documents: kind = ChangeKind::Documents; break;
    }
    return announceChange(db, kind, payload);
}

} // namespace stratos::pg
