#include "update_job.h"
#include "worker_connection.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace stratos {

UpdateJob::UpdateJob(QString storePath, QObject *parent) : QObject(parent), m_storePath(std::move(storePath)) {}

UpdateJob::~UpdateJob()
{
    cancel();
    wait();
}

void UpdateJob::run(Work work)
{
    m_cancel->store(false);
    const QString storePath = m_storePath;
    m_watcher.setFuture(QtConcurrent::run([storePath, work] {
        {
            // A file or a team store's URL: its own connection, on this thread.
            WorkerConnection worker(storePath);
            work(worker.db()); // an unopened db fails at its first query, with the reason
        }
    }));
}

void UpdateJob::check(const QStringList &names, bool networkAllowed)
{
    QPointer<UpdateJob> self(this);
    auto cancelFlag = m_cancel;
    run([self, names, networkAllowed, cancelFlag](QSqlDatabase db) {
        CheckOptions options;
        options.names = names;
        options.networkAllowed = networkAllowed;
        options.cancel = cancelFlag.get();
        options.progress = [self](const QString &label, qint64 received, qint64 total) {
            QMetaObject::invokeMethod(self, [self, label, received, total] {
                if (self)
                    emit self->progress(label, received, total);
            }, Qt::QueuedConnection);
        };
        FeedUpdater updater(db);
        auto items = updater.check(options);
        const QList<FeedItem> list = items ? *items : QList<FeedItem>{};
        const QString error = items ? QString() : items.error().toString();
        QMetaObject::invokeMethod(self, [self, list, error] {
            if (self)
                emit self->checked(list, error);
        }, Qt::QueuedConnection);
    });
}

void UpdateJob::apply(const QList<FeedItem> &items, const QStringList &keep)
{
    QPointer<UpdateJob> self(this);
    auto cancelFlag = m_cancel;
    run([self, items, keep, cancelFlag](QSqlDatabase db) {
        QList<FeedItem> list = items;
        FeedUpdater updater(db);
        const bool ok = updater.apply(list, keep, cancelFlag.get());
        QMetaObject::invokeMethod(self, [self, list, ok] {
            if (self)
                emit self->applied(list, ok);
        }, Qt::QueuedConnection);
    });
}

} // namespace stratos
