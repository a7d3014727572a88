#pragma once
// Helpers for the issue-12 tests: the real main window on a seeded store,
// shown and active as a user would have it, and driving modal dialogs.

#include "main_window.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace stratos::test {

inline std::unique_ptr<MainWindow> shownWindow(Store &store, QSize size = {1440, 900})
{
    auto w = std::make_unique<MainWindow>(store);
    w->resize(size);
    w->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    // The status bar's counts arrive from a worker a moment after the first paint.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        auto *counts = w->findChild<QLabel *>(QStringLiteral("statusCounts"));
        return counts && !counts->text().isEmpty();
    }, 10000));
    // Xvfb has no window manager to activate windows; shortcuts need an active one.
    QApplication::setActiveWindow(w.get());
    return w;
}

// Runs `act` once a modal dialog is up (the dialog's exec() blocks the caller);
// `act` must close it. *came says whether a dialog came within 10 s.
inline void whenModal(const std::function<void(QWidget *)> &act, bool *came)
{
    *came = false;
    auto *timer = new QTimer;
    timer->setInterval(50);
    auto left = std::make_shared<int>(200);
    QObject::connect(timer, &QTimer::timeout, [timer, act, came, left] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal || --*left <= 0) {
            timer->stop();
            timer->deleteLater();
        }
        if (modal) {
            *came = true;
            act(modal);
        }
    });
    timer->start();
}

} // namespace stratos::test
