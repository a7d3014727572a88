// GoogleTest main for tests that show the Ask panel or the reader: prepared as
// main() prepares the program, and the app's URL scheme registered before the
// QApplication exists (these tests link the web module and use its profile
// directly, before any web view may have loaded it).
#include "web/app_scheme.h"
#include "web/web_views.h"

#include <QApplication>
#include <gtest/gtest.h>

#include "own_user_dirs.h"

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    stratos::test::useOwnUserDirs();
    stratos::test::useBuiltModules();
    stratos::prepareApplicationForWebViews();
    stratos::registerAppUrlScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StratosTests"));
    QCoreApplication::setApplicationName(QStringLiteral("StratosTests"));
    return RUN_ALL_TESTS();
}
