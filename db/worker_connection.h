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
    explicit WorkerConnection(const QString &storePath, const QString &connectOptions = {});
    // The same file, opened the same way (read-only, immutable...) as `like`'s
    // name and options say; read them on the thread that owns `like`.
    struct Like
    {
        QString databaseName;
        QString connectOptions;
    };
    static Like like(const QSqlDatabase &db) { return {db.databaseName(), db.connectOptions()}; }
    explicit WorkerConnection(const Like &l) : WorkerConnection(l.databaseName, l.connectOptions) {}
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
