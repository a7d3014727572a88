#include "perf/stall_meter.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace stratos {
namespace {

// CPU time of the calling thread in microseconds; -1 where the platform has no such clock here.
qint64 threadCpuUs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) == 0)
        return qint64(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
#endif
    return -1;
}

} // namespace

StallMeter::StallMeter(QObject *parent, int beatMs) : QObject(parent), m_beatMs(beatMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(beatMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::beat);
}

void StallMeter::start()
{
    m_clock.start();
    m_lastWall = 0;
    m_lastCpuUs = threadCpuUs();
    m_worst = {};
    m_timer.start();
}

void StallMeter::stop()
{
    beat(); // a turn still running when the meter stops counts too
    m_timer.stop();
}

void StallMeter::beat()
{
    if (!m_clock.isValid())
        return;
    const qint64 wall = m_clock.elapsed();
    const qint64 cpu = threadCpuUs();
    // A beat due every m_beatMs arrives late by as much as the turn that held it up.
    const qint64 turnWall = wall - m_lastWall - m_beatMs;
    const qint64 turnCpu = cpu >= 0 && m_lastCpuUs >= 0 ? (cpu - m_lastCpuUs) / 1000 : turnWall;
    m_worst.wallMs = qMax(m_worst.wallMs, turnWall);
    m_worst.cpuMs = qMax(m_worst.cpuMs, turnCpu);
    m_lastWall = wall;
    m_lastCpuUs = cpu;
}

StallMeter::Worst StallMeter::take()
{
    beat();
    const Worst w = m_worst;
    m_worst = {};
    return w;
}

} // namespace stratos
