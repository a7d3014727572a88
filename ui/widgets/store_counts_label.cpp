#include "widgets/store_counts_label.h"

#include "repository.h"
#include "store.h"
#include "worker_connection.h"

#include <QLocale>
#include <QtConcurrent>

namespace stratos {
namespace {

QList<TableCount> countOnWorker(const WorkerConnection::Like &like)
{
    WorkerConnection connection(like);
    if (!connection.status()) {
        qWarning("status bar counts: %s", qPrintable(connection.status().error().toString()));
        return {};
    }
    return Repository(connection.db()).tableCounts();
}

} // namespace

StoreCountsLabel::StoreCountsLabel(const Store &store, QWidget *parent) : QLabel(parent), m_store(store)
{
    connect(&m_watcher, &QFutureWatcher<QList<TableCount>>::finished, this, [this] {
        showCounts(m_watcher.result());
        if (m_again) {
            m_again = false;
            refresh();
        } else {
            emit counted();
        }
    });
}

StoreCountsLabel::~StoreCountsLabel() { m_watcher.waitForFinished(); }

void StoreCountsLabel::refresh()
{
    // On screen, a change the user just made (an event added, an import) is
    // counted at once, on the window's connection: a few ms. Before the first
    // show, at start-up, on a worker: the first paint never waits for it.
    if (isVisible() && !m_watcher.isRunning()) {
        showCounts(Repository(m_store.database()).tableCounts());
        emit counted();
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(countOnWorker, WorkerConnection::like(m_store.database())));
}

void StoreCountsLabel::showCounts(const QList<TableCount> &counts)
{
    const QLocale loc;
    QStringList parts;
    for (const TableCount &c : counts)
        if (c.name == QLatin1String("models") || c.name == QLatin1String("price_bars") ||
            c.name == QLatin1String("launches") || c.name == QLatin1String("events") ||
            c.name == QLatin1String("documents"))
            parts << QStringLiteral("%1 %2").arg(loc.toString(c.count), QString(c.name).replace(u'_', u' '));
    setText((parts + m_suffix).join(QStringLiteral(" · ")));
}

} // namespace stratos
