#include "import/import_job.h"
#include "worker_connection.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace stratos {

ImportJob::ImportJob(QString storePath, QString filePath, ImportOptions options, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_filePath(std::move(filePath)),
      m_options(std::move(options)), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

bool ImportJob::isRunning() const { return m_watcher.isRunning(); }

void ImportJob::wait() { m_watcher.waitForFinished(); }

void ImportJob::start()
{
    ImportOptions options = m_options;
    options.parse.cancel = m_cancel.get();
    auto cancelFlag = m_cancel; // keeps the flag alive for the worker
    QPointer<ImportJob> self(this);
    const QString storePath = m_storePath;
    const QString filePath = m_filePath;
    m_watcher.setFuture(QtConcurrent::run([options, cancelFlag, self, storePath, filePath]() -> ImportReport {
        Q_UNUSED(cancelFlag);
        ImportReport report;
        {
            // A file or a team store's URL: its own connection, on this thread.
            WorkerConnection worker(storePath);
            if (!worker.status()) {
                report.fileName = filePath;
                report.problems.append(worker.status().error());
            } else {
                Importer importer(worker.db());
                importer.setProgress([self](int percent, const QString &stage) {
                    if (self)
                        QMetaObject::invokeMethod(self, [self, percent, stage] {
                            if (self)
                                emit self->progress(percent, stage);
                        }, Qt::QueuedConnection);
                });
                report = importer.importFile(filePath, options);
            }
        }
        return report;
    }));
}

} // namespace stratos
