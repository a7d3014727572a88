#pragma once
// Runs an import (or its dry-run preview) on a worker thread with its own
// database connection; reports progress and the result back on the GUI thread.

#include "importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace stratos {

class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString storePath, QString filePath, ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const;
    // Blocks until the job is done (tests, and closing the window mid-import).
    void wait();

signals:
    void progress(int percent, const QString &stage);
    void finished(const stratos::ImportReport &report);

private:
    QString m_storePath;
    QString m_filePath;
    ImportOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportReport> m_watcher;
};

} // namespace stratos
