#include "widgets/store_counts_label.h"

#include "repository.h"
#include "store.h"
#include "worker_connection.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>
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
    // Start-up, before the window has painted: the count waits for the
    // window's first paint, so its worker's CPU is not spent while that paint
    // is being made (the label itself may be too narrow to paint while empty).
    if (!m_windowPainted) {
        if (!m_waitingForPaint) {
            m_waitingForPaint = true;
            window()->installEventFilter(this);
        }
        return;
    }
    countOnWorkerNow();
}

void StoreCountsLabel::countOnWorkerNow()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(countOnWorker, WorkerConnection::like(m_store.database())));
}

bool StoreCountsLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_waitingForPaint) {
        watched->removeEventFilter(this);
        m_waitingForPaint = false;
        m_windowPainted = true;
        // Queued twice: after the rest of the window has painted and been
        // flushed, and after the events posted during that paint have run.
        QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, &StoreCountsLabel::countOnWorkerNow); });
    }
    return QLabel::eventFilter(watched, event);
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
