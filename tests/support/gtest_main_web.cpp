// GoogleTest main for tests that show the Ask panel or the reader: the app's
// URL scheme must be registered before the QApplication exists, as in main().
#include "web/app_scheme.h"

#include <QApplication>
#include <gtest/gtest.h>

#include "own_user_dirs.h"

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    stratos::test::useOwnUserDirs();
    stratos::registerAppUrlScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StratosTests"));
    QCoreApplication::setApplicationName(QStringLiteral("StratosTests"));
    return RUN_ALL_TESTS();
}
