// Issue 12, bug 2: the first visit to Library or Ask re-created the main window
// (black flash, placed again by the window manager, a key pressed meanwhile
// lost) because the first QWebEngineView needs an OpenGL-composed top level.
// The window is now prepared before it is first shown.
#include "window_driver.h"

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QPointer>
#include <QTest>
#include <QWebEngineView>
#include <QWindow>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

// With STRATOS_TEST_SHOT_DIR set, saves what the screen shows now (the X root
// window, not a widget re-render): the frames a user sees on the first visit.
void saveScreen(const QString &name)
{
    const QString dir = qEnvironmentVariable("STRATOS_TEST_SHOT_DIR");
    if (!dir.isEmpty())
        QGuiApplication::primaryScreen()->grabWindow(0).save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

TEST(FirstWebVisit, CtrlSixThenCtrlSevenKeepsTheWindowAndTheKey)
{
    SeededStore store;
    ASSERT_TRUE(store.store()) << qPrintable(store.error());
    MainWindow w(*store.store());
    ASSERT_TRUE(showWindow(w));
    QPointer<QWindow> window = w.windowHandle();
    const WId id = w.winId();
    ASSERT_TRUE(window);
    ASSERT_EQ(w.currentPageId(), QStringLiteral("overview"));

    // Keys go where the window system sends them: to the window that had them.
    QTest::keyClick(window, Qt::Key_6, Qt::ControlModifier);
    saveScreen(QStringLiteral("library-first-visit-0000ms"));
    EXPECT_TRUE(window) << "showing the Library re-created the top-level window";
    if (window) // else the key goes to a window that is gone: lost
        QTest::keyClick(window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_TRUE(window) << "showing the Ask panel re-created the top-level window";
    EXPECT_EQ(w.currentPageId(), QStringLiteral("ask")) << "Ctrl+7 right after Ctrl+6 was lost";
    // Give the web views time to start and paint: nothing may replace the window meanwhile.
    for (int ms = 150; ms <= 1500; ms += 150) {
        QTest::qWait(150);
        saveScreen(QStringLiteral("library-then-ask-%1ms").arg(ms, 4, 10, QLatin1Char('0')));
    }
    EXPECT_FALSE(w.findChildren<QWebEngineView *>().isEmpty());
    ASSERT_TRUE(window);
    EXPECT_EQ(w.windowHandle(), window.data());
    EXPECT_EQ(w.winId(), id);
    EXPECT_TRUE(w.isVisible());
    EXPECT_EQ(QGuiApplication::focusWindow(), window.data());
}
