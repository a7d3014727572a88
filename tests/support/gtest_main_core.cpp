// GoogleTest main with a QCoreApplication (QtSql and timers need one).
#include <QCoreApplication>
#include <gtest/gtest.h>

#include "own_user_dirs.h"

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    stratos::test::useOwnUserDirs();
    stratos::test::useBuiltModules();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StratosTests"));
    QCoreApplication::setApplicationName(QStringLiteral("StratosTests"));
    return RUN_ALL_TESTS();
}
