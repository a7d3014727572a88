#include "library/document_import_job.h"

#include <QPointer>
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
    DocImportOptions options;
    options.cancel = m_cancel.get();
    options.progress = [self](int done, int total, const QString &file) {
        QMetaObject::invokeMethod(
            self, [self, done, total, file] {
                if (self)
                    emit self->progress(done, total, file);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([store = m_storePath, options, cancel = m_cancel,
                                           paths = m_paths]() -> DocImportRun {
        Q_UNUSED(cancel); // keeps the flag options.cancel points at alive
        return DocumentImporter::importOnWorker(store, paths, options);
    }));
}

} // namespace stratos
