#pragma once
// Runs a document import on a worker thread with its own database connection;
// reports progress and the outcome per file back on the GUI thread. Cancel
// stops after the file being read (a PDF stops between pages).

#include "docimport/document_importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace stratos {

class DocumentImportJob : public QObject
{
    Q_OBJECT
public:
    DocumentImportJob(QString storePath, QStringList paths, QObject *parent = nullptr);
    ~DocumentImportJob() override;

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    void wait() { m_watcher.waitForFinished(); }
    const DocImportRun &result() const { return m_result; }

signals:
    void progress(int done, int total, const QString &file);
    void finished();

private:
    QString m_storePath;
    QStringList m_paths;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<DocImportRun> m_watcher;
    DocImportRun m_result;
};

} // namespace stratos
