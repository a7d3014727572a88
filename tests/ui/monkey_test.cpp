// A random user (issue 12): a seeded session of a few hundred clicks, double
// clicks, wheels, drags and keys on the real main window over a seeded store,
// across every page. Dialogs and menus that open are closed with Escape. It fails
// on a crash (the process dies, the log names the step) or when the event loop
// stalls for more than 2 s. CI uses a fixed seed; STRATOS_MONKEY_SEED picks
// another and STRATOS_MONKEY_STEPS the number of steps.
#include "first_hour/window_driver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <gtest/gtest.h>
#include <iostream>
#include <random>
#include <thread>

using namespace stratos;
using namespace stratos::test;

namespace {

constexpr quint32 kCiSeed = 20261207;
constexpr qint64 kStallMs = 2000;

// What the monkey is doing, kept where a crash handler can print it.
char g_step[512] = "starting";
// When the current step started (ms since g_clock started), -1 between steps.
QElapsedTimer g_clock;
std::atomic<qint64> g_stepStarted{-1};
std::atomic<qint64> g_lastTick{0}; // the stall meter's last tick

void printStepAndDie(int sig)
{
    std::fputs("\nmonkey: crashed during ", stderr);
    std::fputs(g_step, stderr);
    std::fputs("\n", stderr);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// The stall meter cannot tick while the event loop is blocked for good: this
// thread ends the run then, naming the step, instead of waiting for ctest's timeout.
class Watchdog
{
public:
    Watchdog()
        : m_thread([this] {
              while (!m_stop) {
                  std::this_thread::sleep_for(std::chrono::milliseconds(250));
                  if (g_clock.elapsed() - g_lastTick > 15000) {
                      std::fputs("\nmonkey: the event loop is blocked for good (15 s)", stderr);
                      std::abort(); // the SIGABRT handler prints the step
                  }
              }
          })
    {
    }
    ~Watchdog()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

quint32 seedFromEnvironment()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("STRATOS_MONKEY_SEED").toUInt(&ok);
    return ok ? seed : kCiSeed;
}

// Measures the longest gap between ticks of a 20 ms timer: a gap is a time the
// event loop could not run (nested dialog loops still tick).
class StallMeter
{
public:
    StallMeter()
    {
        m_tick.setInterval(20);
        QObject::connect(&m_tick, &QTimer::timeout, [this] {
            g_lastTick = g_clock.elapsed();
            const qint64 gap = m_since.restart();
            if (gap > m_worst) {
                m_worst = gap;
                m_worstDuring = QString::fromUtf8(g_step);
            }
        });
        m_since.start();
        m_tick.start();
    }
    qint64 worst() const { return m_worst; }
    QString worstDuring() const { return m_worstDuring; }

private:
    QTimer m_tick;
    QElapsedTimer m_since;
    qint64 m_worst = 0;
    QString m_worstDuring;
};

// Closes what a random click opened: modal dialogs and popup menus get Escape,
// as a user would press it; a dialog that ignores Escape is closed. A step that
// runs on in a nested event loop with neither (a drag that a web page started:
// it waits for a button release the window system never saw) gets Escape too.
class DialogCloser
{
public:
    DialogCloser()
    {
        m_timer.setInterval(150);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget *popup = QApplication::activePopupWidget()) {
                QTest::keyClick(popup, Qt::Key_Escape);
                ++m_closed;
                return;
            }
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                m_tries = 0;
                const qint64 started = g_stepStarted;
                if (started >= 0 && g_clock.elapsed() - started > 1500) {
                    QWidget *focus = QApplication::focusWidget();
                    if (!focus)
                        focus = QApplication::activeWindow();
                    if (qEnvironmentVariableIsSet("STRATOS_MONKEY_VERBOSE"))
                        std::cerr << "  Escape to a step that runs on: " << (focus ? focus->metaObject()->className() : "none") << std::endl;
                    if (focus)
                        QTest::keyClick(focus, Qt::Key_Escape);
                    ++m_closed;
                }
                return;
            }
            if (++m_tries > 3)
                modal->close();
            else
                QTest::keyClick(modal, Qt::Key_Escape);
            ++m_closed;
        });
        m_timer.start();
    }
    int closed() const { return m_closed; }

private:
    QTimer m_timer;
    int m_tries = 0;
    int m_closed = 0;
};

class Monkey
{
public:
    Monkey(MainWindow &w, quint32 seed) : m_w(w), m_rng(seed) {}

    void step(int n)
    {
        g_stepStarted = g_clock.elapsed();
        const int roll = pick(100);
        if (roll < 6)
            switchPage(n);
        else if (roll < 44)
            click(n, Qt::LeftButton, false);
        else if (roll < 48)
            click(n, Qt::RightButton, false);
        else if (roll < 55)
            click(n, Qt::LeftButton, true);
        else if (roll < 67)
            wheel(n);
        else if (roll < 79)
            drag(n);
        else
            key(n);
        QTest::qWait(5 + pick(30)); // part of the step: a web page may start a drag meanwhile
        g_stepStarted = -1;
    }

private:
    int pick(int n) { return int(m_rng() % quint32(n)); }

    void describe(int n, const QString &what)
    {
        const QByteArray text = QStringLiteral("step %1 on %2: %3").arg(n).arg(m_w.currentPageId(), what).toUtf8();
        qstrncpy(g_step, text.constData(), sizeof g_step);
        if (qEnvironmentVariableIsSet("STRATOS_MONKEY_VERBOSE"))
            std::cerr << g_step << std::endl;
    }

    // A point in the window, mostly on the current page, and the widget under it.
    QPair<QPointer<QWidget>, QPoint> target()
    {
        QRect area = m_w.rect();
        if (pick(100) < 85) {
            auto *stack = m_w.findChild<QStackedWidget *>();
            if (stack)
                area = QRect(stack->mapTo(&m_w, QPoint(0, 0)), stack->size());
        }
        const QPoint p(area.left() + pick(std::max(1, area.width())), area.top() + pick(std::max(1, area.height())));
        QWidget *w = m_w.childAt(p);
        if (!w)
            w = &m_w;
        return {w, w->mapFrom(&m_w, p)};
    }

    Qt::KeyboardModifiers modifiers()
    {
        const int r = pick(10);
        return r == 0 ? Qt::ControlModifier : r == 1 ? Qt::ShiftModifier : Qt::NoModifier;
    }

    void switchPage(int n)
    {
        const QStringList ids = MainWindow::pageIds();
        const int i = pick(int(ids.size()));
        if (pick(2) == 0) {
            describe(n, QStringLiteral("Ctrl+%1").arg(i + 1));
            QTest::keyClick(&m_w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        } else {
            describe(n, QStringLiteral("sidebar %1").arg(ids[i]));
            clickSidebar(m_w, ids[i]);
        }
    }

    void click(int n, Qt::MouseButton button, bool twice)
    {
        auto [w, p] = target();
        const Qt::KeyboardModifiers mods = modifiers();
        describe(n, QStringLiteral("%1 %2 on %3 at %4,%5")
                        .arg(twice ? QStringLiteral("double-click") : QStringLiteral("click"))
                        .arg(button == Qt::LeftButton ? QStringLiteral("left") : QStringLiteral("right"))
                        .arg(QString::fromLatin1(w->metaObject()->className()))
                        .arg(p.x()).arg(p.y()));
        if (twice)
            QTest::mouseDClick(w, button, mods, p);
        else
            QTest::mouseClick(w, button, mods, p);
    }

    void wheel(int n)
    {
        auto [w, p] = target();
        const int delta = (pick(2) ? 120 : -120) * (1 + pick(3));
        const Qt::KeyboardModifiers mods = modifiers();
        describe(n, QStringLiteral("wheel %1 on %2 at %3,%4")
                        .arg(delta).arg(QString::fromLatin1(w->metaObject()->className())).arg(p.x()).arg(p.y()));
        QWheelEvent e(p, w->mapToGlobal(p), QPoint(), QPoint(0, delta), Qt::NoButton, mods, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &e);
    }

    void drag(int n)
    {
        auto [w, p] = target();
        const QPoint to = p + QPoint(pick(401) - 200, pick(201) - 100);
        describe(n, QStringLiteral("drag on %1 from %2,%3 to %4,%5")
                        .arg(QString::fromLatin1(w->metaObject()->className()))
                        .arg(p.x()).arg(p.y()).arg(to.x()).arg(to.y()));
        QTest::mousePress(w, Qt::LeftButton, {}, p);
        for (int k = 1; k <= 5 && w; ++k)
            QTest::mouseMove(w, p + (to - p) * k / 5);
        if (w)
            QTest::mouseRelease(w, Qt::LeftButton, {}, to);
    }

    void key(int n)
    {
        static const QList<QPair<int, Qt::KeyboardModifiers>> keys = {
            {Qt::Key_Tab, {}}, {Qt::Key_Backtab, Qt::ShiftModifier}, {Qt::Key_Up, {}}, {Qt::Key_Down, {}},
            {Qt::Key_Left, {}}, {Qt::Key_Right, {}}, {Qt::Key_PageUp, {}}, {Qt::Key_PageDown, {}},
            {Qt::Key_Home, {}}, {Qt::Key_End, {}}, {Qt::Key_Space, {}}, {Qt::Key_Return, {}},
            {Qt::Key_Escape, {}}, {Qt::Key_Delete, {}}, {Qt::Key_Backspace, {}}, {Qt::Key_Plus, {}},
            {Qt::Key_Minus, {}}, {Qt::Key_Z, Qt::ControlModifier}, {Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier},
            {Qt::Key_F, Qt::ControlModifier}, {Qt::Key_E, Qt::ControlModifier}, {Qt::Key_F5, {}},
            {Qt::Key_A, {}}, {Qt::Key_N, {}}, {Qt::Key_V, {}}, {Qt::Key_2, {}}, {Qt::Key_0, {}}};
        const auto &[k, mods] = keys[pick(int(keys.size()))];
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != &m_w)
            focus = &m_w;
        describe(n, QStringLiteral("key %1 (modifiers %2) to %3")
                        .arg(k, 0, 16).arg(int(mods)).arg(QString::fromLatin1(focus->metaObject()->className())));
        QTest::keyClick(focus, Qt::Key(k), mods);
    }

    MainWindow &m_w;
    std::mt19937 m_rng;
};

} // namespace

TEST(RandomUser, SeededSessionNeitherCrashesNorStalls)
{
    const quint32 seed = seedFromEnvironment();
    const int steps = qEnvironmentVariableIsSet("STRATOS_MONKEY_STEPS")
                          ? qEnvironmentVariableIntValue("STRATOS_MONKEY_STEPS") : 400;
    std::cout << "monkey seed: " << seed << " (replay with STRATOS_MONKEY_SEED=" << seed << "), "
              << steps << " steps" << std::endl;
    RecordProperty("seed", std::to_string(seed));
    std::signal(SIGSEGV, printStepAndDie);
    std::signal(SIGABRT, printStepAndDie);
    std::signal(SIGFPE, printStepAndDie);

    SeededStore store;
    ASSERT_TRUE(store.store()) << qPrintable(store.error());
    MainWindow w(*store.store());
    ASSERT_TRUE(showWindow(w, QSize(1280, 800)));
    g_clock.start();
    StallMeter meter;
    DialogCloser closer;
    Watchdog watchdog;
    Monkey monkey(w, seed);
    QElapsedTimer clock;
    clock.start();
    for (int n = 1; n <= steps; ++n) {
        // Xvfb has no window manager: a closed dialog does not give activation back.
        if (!QApplication::activeModalWidget() && QApplication::activeWindow() != &w)
            QApplication::setActiveWindow(&w);
        monkey.step(n);
        ASSERT_TRUE(w.isVisible()) << "the window closed at " << g_step << " (seed " << seed << ")";
    }
    QTest::qWait(300); // let the last debounced replots run
    std::cout << "monkey: " << steps << " steps in " << clock.elapsed() << " ms, " << closer.closed()
              << " dialogs or menus closed, longest event-loop stall " << meter.worst() << " ms (during "
              << qPrintable(meter.worstDuring()) << ")" << std::endl;
    EXPECT_LT(meter.worst(), kStallMs) << "the event loop stalled during " << qPrintable(meter.worstDuring())
                                       << " (seed " << seed << ")";
    std::signal(SIGSEGV, SIG_DFL);
    std::signal(SIGABRT, SIG_DFL);
    std::signal(SIGFPE, SIG_DFL);
}
