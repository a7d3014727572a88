#include "library/document_import_job.h"
#include "worker_connection.h"

#include <QAtomicInt>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace stratos {

DocumentImportJob::DocumentImportJob(QString storePath, QStringList paths, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_paths(std::move(paths)),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<DocImportRun>::finished, this, [this] {
        m_result = m_watcher.result();
        emit finished();
    });
}

DocumentImportJob::~DocumentImportJob()
{
    cancel();
    wait();
}

void DocumentImportJob::start()
{
    QPointer<DocumentImportJob> self(this);
    m_watcher.setFuture(QtConcurrent::run([self, cancel = m_cancel, storePath = m_storePath,
                                           paths = m_paths]() -> DocImportRun {
        DocImportRun run;
        {
            // A file or a team store's URL: its own connection, on this thread.
            WorkerConnection worker(storePath);
            if (!worker.status()) {
                run.outcomes.append({storePath, DocumentWrite::Unchanged, {}, 0, 0, worker.status().error()});
            } else {
                DocImportOptions options;
                options.cancel = cancel.get();
                options.progress = [self](int done, int total, const QString &file) {
                    QMetaObject::invokeMethod(
                        self, [self, done, total, file] {
                            if (self)
                                emit self->progress(done, total, file);
                        },
                        Qt::QueuedConnection);
                };
                run = DocumentImporter(worker.db()).importPaths(paths, options);
            }
        }
        return run;
    }));
}

} // namespace stratos
