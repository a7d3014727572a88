#pragma once
// A burst of requests (keys typed, rows arriving, a zoom) becomes one call:
// timer is single-shot, each request restarts it, and call runs once it has
// been quiet for ms (0: once control returns to the event loop).

#include <QObject>
#include <QTimer>

namespace stratos {

template <typename Receiver, typename Call>
void coalesceCalls(QTimer &timer, int ms, const Receiver *receiver, Call call)
{
    timer.setSingleShot(true);
    timer.setInterval(ms);
    QObject::connect(&timer, &QTimer::timeout, receiver, call);
}

} // namespace stratos
