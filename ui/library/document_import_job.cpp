#include "library/document_import_job.h"

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
    static QAtomicInt counter;
    const QString connection = QStringLiteral("doc-import-%1").arg(counter.fetchAndAddRelaxed(1));
    QPointer<DocumentImportJob> self(this);
    m_watcher.setFuture(QtConcurrent::run([connection, self, cancel = m_cancel, storePath = m_storePath,
                                           paths = m_paths]() -> DocImportRun {
        DocImportRun run;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(storePath);
            if (!db.open()) {
                run.outcomes.append({storePath, DocumentWrite::Unchanged, {}, 0, 0,
                                     Error{QStringLiteral("cannot open the store: %1").arg(db.lastError().text()),
                                           storePath}});
            } else {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
                q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
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
                run = DocumentImporter(db).importPaths(paths, options);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return run;
    }));
}

} // namespace stratos
