#pragma once
// A connection of its own to a store file, for one job on a worker thread
// (QtSql connections belong to the thread that opened them). Opened in the
// constructor, closed and unregistered in the destructor, on that thread.

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace stratos {

class WorkerConnection
{
public:
    WorkerConnection(const QString &storePath, const QString &connectOptions);
    // The store at a file path or a team store's URL, for reading and writing.
    explicit WorkerConnection(const QString &location);
    // The same store, opened the same way (read-only, immutable...) as `like`'s
    // driver, name and options say; read them on the thread that owns `like`.
    // A team store's server, user and session password come along.
    struct Like
    {
        QString databaseName;
        QString connectOptions;
        QString driver = QStringLiteral("QSQLITE");
        QString host, user, password;
        int port = -1;
    };
    static Like like(const QSqlDatabase &db)
    {
        return {db.databaseName(), db.connectOptions(), db.driverName(), db.hostName(), db.userName(), db.password(), db.port()};
    }
    explicit WorkerConnection(const Like &l);
    ~WorkerConnection();
    WorkerConnection(const WorkerConnection &) = delete;
    WorkerConnection &operator=(const WorkerConnection &) = delete;

    // What went wrong opening it; a success when db() is usable.
    const Status &status() const { return m_status; }
    // Handles must not outlive this object.
    QSqlDatabase db() const;

private:
    QString m_name;
    Status m_status;
};

} // namespace stratos
