#pragma once
// The status bar's row counts ("1,234 models · 12,345 price bars …"). The
// first count, at start-up, runs on a worker with its own connection, started
// once the window has first painted, so the first paint neither waits for
// count(*) over every table nor shares the CPU with it; later ones (after an
// edit or import, while the label is on screen) are counted at once.

#include <QFutureWatcher>
#include <QLabel>

namespace stratos {

class Store;
struct TableCount;

class StoreCountsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StoreCountsLabel(const Store &store, QWidget *parent = nullptr);
    ~StoreCountsLabel() override; // waits for a count still running

    // Counts again; a call while a count runs is served by one more count after it.
    void refresh();
    // Shown after the counts ("prices to 5 Dec 2025"); applied at the next count.
    void setSuffix(const QStringList &parts) { m_suffix = parts; }

signals:
    void counted(); // the text is up to date

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCounts(const QList<TableCount> &counts);
    void countOnWorkerNow();

    const Store &m_store;
    QFutureWatcher<QList<TableCount>> m_watcher;
    bool m_again = false;
    bool m_windowPainted = false;   // the window's first paint has happened
    bool m_waitingForPaint = false; // a count was asked for before it
    QStringList m_suffix;
};

} // namespace stratos
