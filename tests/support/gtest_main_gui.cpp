// GoogleTest main with a QApplication, for widget tests (under Xvfb in `make test`).
#include <QApplication>
#include <gtest/gtest.h>

#include "own_user_dirs.h"

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    stratos::test::useOwnUserDirs();
    stratos::test::useBuiltModules();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StratosTests"));
    QCoreApplication::setApplicationName(QStringLiteral("StratosTests"));
    return RUN_ALL_TESTS();
}
