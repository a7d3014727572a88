// libpq is loaded on first use (db/pg/libpq_on_demand.h): where it cannot be
// loaded, opening a team store's libpq connection fails with a message that
// says so, instead of crashing or blaming the server. Each case runs in a
// fresh process (the library is looked for once per process).
#include "pg/libpq_on_demand.h"
#include "pg/pg_connection.h"

#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>

using namespace stratos;

TEST(LibpqOnDemand, AMissingLibraryIsAClearError)
{
    if (!pg::supported())
        GTEST_SKIP() << qPrintable(pg::unsupportedMessage());
    GTEST_FLAG_SET(death_test_style, "threadsafe"); // a new process: libpq not yet looked for
    EXPECT_EXIT(
        {
            qputenv("STRATOS_LIBPQ", "/nonexistent/libpq-for-this-test.so");
            auto opened = pg::Connection::open(QStringLiteral("postgresql://127.0.0.1:1/none"), QStringLiteral("test"));
            const QString message = opened ? QStringLiteral("opened") : opened.error().message;
            std::fprintf(stderr, "%s\n", qPrintable(message));
            const bool clear = !opened && message.contains(QStringLiteral("(libpq) could not be loaded")) &&
                               message.contains(QStringLiteral("libpq-for-this-test"));
            std::_Exit(clear ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "could not be loaded");
}

TEST(LibpqOnDemand, TheSystemLibraryLoadsWhenFirstAskedFor)
{
    if (!pg::supported())
        GTEST_SKIP() << qPrintable(pg::unsupportedMessage());
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            const QString error = pg::libpqLoadError();
            std::fprintf(stderr, "load: %s\n", error.isEmpty() ? "ok" : qPrintable(error));
            std::_Exit(error.isEmpty() ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "load: ok");
}
