#pragma once
// Runs FeedUpdater's check or apply on a worker thread with its own store
// connection, so downloads and dry runs never block the window. Results come
// back on the GUI thread; cancel() is honoured within milliseconds.

#include "feed_update.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace stratos {

class UpdateJob : public QObject
{
    Q_OBJECT
public:
    explicit UpdateJob(QString storePath, QObject *parent = nullptr);
    ~UpdateJob() override;

    void check(const QStringList &names, bool networkAllowed);
    void apply(const QList<FeedItem> &items, const QStringList &keep);
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    void wait() { m_watcher.waitForFinished(); }

signals:
    void progress(const QString &label, qint64 received, qint64 total);
    void checked(const QList<stratos::FeedItem> &items, const QString &error);
    void applied(const QList<stratos::FeedItem> &items, bool ok);

private:
    using Work = std::function<void(QSqlDatabase db)>;
    void run(Work work);

    QString m_storePath;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<void> m_watcher;
};

} // namespace stratos
