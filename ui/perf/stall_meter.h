#pragma once
// Measures how long the GUI thread goes without running its event loop: a
// heartbeat timer whose late arrivals are event-loop turns that ran too long.
// Each turn is measured twice: wall time (what the user sees, inflated when
// other programs hold the CPU) and the GUI thread's own CPU time in it (what
// our code spent, the same on a busy machine). Used by the no-stall test and
// the benchmarks.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace stratos {

class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr, int beatMs = 5);

    struct Worst
    {
        qint64 wallMs = 0;
        qint64 cpuMs = 0; // the GUI thread's CPU time in its longest turn (wall time where unavailable)
    };

    void start();
    void stop();
    // The longest turns since start() or the last take(), and forgets them.
    // A turn still running (the caller's own) counts up to now.
    Worst take();

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastWall = 0;
    qint64 m_lastCpuUs = 0;
    Worst m_worst;
    int m_beatMs;
};

} // namespace stratos
