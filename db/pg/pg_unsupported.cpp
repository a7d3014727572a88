// The PostgreSQL layer of a build made without libpq: the same interface, every
// call failing with one message, so the rest of Stratos builds and runs on
// SQLite and says plainly why a postgresql:// store cannot be opened.

#include "pg_connection.h"
#include "libpq_on_demand.h"
#include "pg_binary.h"
#include "pg_copy.h"
#include "pg_listener.h"
#include "pg_read.h"
#include "pg_stage.h"

namespace stratos::pg {

bool supported()
{
    return false;
}

QString unsupportedMessage()
{
    return QStringLiteral("this build has no PostgreSQL support (it was built without libpq)");
}

QString libpqLoadError() { return unsupportedMessage(); }

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &, const QString &)
{
    return Error(unsupportedMessage());
}
std::unique_ptr<Connection> Connection::borrow(pg_conn *) { return nullptr; }
// No Connection is ever made, so the members below are never reached.
Connection::~Connection() = default;
Status Connection::exec(const QString &, const QStringList &) { return Error(unsupportedMessage()); }
Result<Rows> Connection::query(const QString &, const QStringList &) { return Error(unsupportedMessage()); }
void Connection::rollback() {}
Status Connection::setStatementTimeout(int) { return Error(unsupportedMessage()); }
bool Connection::isOpen() const { return false; }
Status Connection::reconnect() { return Error(unsupportedMessage()); }
QString Connection::describe() const { return {}; }
int Connection::backendPid() const { return 0; }
int Connection::socket() const { return -1; }
Error Connection::failure(pg_result *, const QString &) { return Error(unsupportedMessage()); }

Result<std::unique_ptr<CopyIn>> CopyIn::start(Connection &, const QString &, const QStringList &, CopyFormat, bool)
{
    return Error(unsupportedMessage());
}
CopyIn::~CopyIn() = default;
Status CopyIn::put(const QByteArray &) { return Error(unsupportedMessage()); }
Status CopyIn::putRow(const QVariantList &) { return Error(unsupportedMessage()); }
Result<qint64> CopyIn::finish() { return Error(unsupportedMessage()); }
void CopyIn::abort(const QString &) {}
QByteArray CopyIn::textRow(const QVariantList &) { return {}; }
Status CopyIn::flushBuffer() { return Error(unsupportedMessage()); }
Result<qint64> copyFile(Connection &, const QString &, const QString &, const QStringList &, const CopyFileOptions &)
{
    return Error(unsupportedMessage());
}

std::unique_ptr<RowCopy> RowCopy::create(const QSqlDatabase &, const QString &, const QStringList &, const QVariantList &)
{
    return nullptr;
}
RowCopy::~RowCopy() = default;
Status RowCopy::add(const QVariantList &) { return Error(unsupportedMessage()); }
Status RowCopy::flush() { return Error(unsupportedMessage()); }

std::unique_ptr<StagedRows> StagedRows::create(const QSqlDatabase &, const QString &, const QString &,
                                               const QStringList &)
{
    return nullptr;
}
StagedRows::~StagedRows() = default;

DirectRead forEachRow(const QSqlDatabase &, const QString &, const QVariantList &,
                      const std::function<void(const ResultRow &)> &, QString *)
{
    return DirectRead::Unavailable;
}
void StagedRows::add(const QVariantList &) {}
Result<qint64> StagedRows::apply(const QString &) { return Error(unsupportedMessage()); }

Listener::Listener(QString url, QStringList channels, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_channels(std::move(channels))
{
}
Listener::~Listener() = default;
Status Listener::start() { return Error(unsupportedMessage()); }
bool Listener::isConnected() const { return false; }
int Listener::backendPid() const { return 0; }
Status notify(Connection &, const QString &, const QString &) { return Error(unsupportedMessage()); }

} // namespace stratos::pg
