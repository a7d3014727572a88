#pragma once
// Runs a backend to its end in a local event loop and measures, with a 10 ms
// timer, how long the loop was ever kept from running (the UI's view of it).

#include "ask/backend.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace stratos::test {

// The longest event-loop wait a backend may cause while it streams. A blocked
// loop (parsing a whole body at once, a synchronous socket read) shows as
// seconds; 250 ms is the suite's bound for noisy machines (as the no-stall
// test's), where 100 ms failed only while other builds loaded the two cores.
inline constexpr qint64 kMaxEventLoopGapMs = 250;

struct BackendRun
{
    QStringList tokens;
    QString answer;
    QString error;
    QStringList models;
    bool finished = false;
    bool failed = false;
    bool stopped = false;
    int outcomes = 0;         // finished + failed + stopped + modelsListed signals: exactly one expected
    qint64 maxGapMs = 0;      // longest time the 10 ms timer waited beyond its interval
    qint64 elapsedMs = 0;
};

inline BackendRun runBackend(ask::Backend &backend, const std::function<void()> &begin, int limitMs = 15000,
                             const std::function<void(BackendRun &)> &onToken = {})
{
    BackendRun r;
    QEventLoop loop;
    QElapsedTimer clock, gap;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        r.maxGapMs = std::max(r.maxGapMs, gap.restart() - 10);
    });
    QObject::connect(&backend, &ask::Backend::token, &loop, [&](const QString &t) {
        r.tokens << t;
        if (onToken)
            onToken(r);
    });
    QObject::connect(&backend, &ask::Backend::finished, &loop, [&](const QString &a) {
        r.answer = a;
        r.finished = true;
        ++r.outcomes;
        loop.quit();
    });
    QObject::connect(&backend, &ask::Backend::failed, &loop, [&](const QString &e) {
        r.error = e;
        r.failed = true;
        ++r.outcomes;
        loop.quit();
    });
    QObject::connect(&backend, &ask::Backend::stopped, &loop, [&] {
        r.stopped = true;
        ++r.outcomes;
        loop.quit();
    });
    QObject::connect(&backend, &ask::Backend::modelsListed, &loop, [&](const QStringList &m) {
        r.models = m;
        ++r.outcomes;
        loop.quit();
    });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    clock.start();
    gap.start();
    tick.start();
    begin();
    if (r.outcomes == 0)
        loop.exec();
    r.elapsedMs = clock.elapsed();
    // Late, duplicate outcomes would show up here.
    QEventLoop settle;
    QTimer::singleShot(30, &settle, &QEventLoop::quit);
    settle.exec();
    return r;
}

} // namespace stratos::test
