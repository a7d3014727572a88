// Issue 18: QtWebEngine and Qt PDF are modules loaded on first use
// (web/web_views.h, util/module_loader.h). This program, like stratos and unlike
// the other web tests, links neither: its first visit to the Ask panel loads
// the web module after the QApplication exists, as the program's does, and the
// window must stay the one the user had (what FirstWebVisit checks where the
// module is linked).
#include "own_user_dirs.h"
#include "pages/ask_page.h"
#include "web/web_views.h"
#include "window_driver.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QTest>
#include <QWindow>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

// Whether a library whose file name contains `name` is mapped into this process.
bool mapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

} // namespace

TEST(WebModuleVisit, TheAskPanelLoadsQtWebEngineOnFirstUseAndKeepsTheWindow)
{
    SeededStore store;
    ASSERT_TRUE(store.store()) << qPrintable(store.error());
    MainWindow w(*store.store());
    ASSERT_TRUE(showWindow(w));
    QPointer<QWindow> window = w.windowHandle();
    const WId id = w.winId();
    ASSERT_TRUE(window);
#ifdef Q_OS_LINUX
    EXPECT_FALSE(mapped("libQt6WebEngineCore")) << "the overview loaded QtWebEngine";
    EXPECT_FALSE(mapped("libQt6Pdf")) << "the overview loaded Qt PDF";
    EXPECT_FALSE(mapped("libQt6Quick")) << "the overview loaded Qt Quick";
#endif

    QTest::keyClick(window, Qt::Key_7, Qt::ControlModifier);
    ASSERT_EQ(w.currentPageId(), QStringLiteral("ask"));
    auto *ask = qobject_cast<AskPage *>(w.page(QStringLiteral("ask")));
    ASSERT_TRUE(ask);
    // Ready: the module made the view, loaded ask.html and published the bridge,
    // and the page's script connected to it over the web channel.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ask->isPageReady(); }, 30000)) << "the chat page never connected";
    ASSERT_TRUE(ask->chatView());
    EXPECT_TRUE(ask->chatView()->inherits("QWebEngineView"));
#ifdef Q_OS_LINUX
    EXPECT_TRUE(mapped("libQt6WebEngineCore"));
#endif
    ASSERT_TRUE(window) << "the first web view re-created the top-level window";
    EXPECT_EQ(w.windowHandle(), window.data());
    EXPECT_EQ(w.winId(), id);
    EXPECT_TRUE(w.isVisible());
}

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    stratos::test::useOwnUserDirs();
    stratos::test::useBuiltModules();
    stratos::prepareApplicationForWebViews(); // as main() does
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StratosTests"));
    QCoreApplication::setApplicationName(QStringLiteral("StratosTests"));
    return RUN_ALL_TESTS();
}
