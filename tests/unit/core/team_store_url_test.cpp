// The team store URL (issue 19): what reaches libpq, and what is refused.

#include "config/team_store_url.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(TeamStoreUrl, ReadsHostPortDatabaseUserAndOptions)
{
    auto a = parseTeamStoreUrl(QStringLiteral("postgresql://ana@db.example.org:6543/stratos?sslmode=verify-full&connect_timeout=5"));
    ASSERT_TRUE(a) << qPrintable(a.error().message);
    EXPECT_EQ(a->host, QStringLiteral("db.example.org"));
    EXPECT_EQ(a->port, 6543);
    EXPECT_EQ(a->database, QStringLiteral("stratos"));
    EXPECT_EQ(a->user, QStringLiteral("ana"));
    EXPECT_EQ(a->connectOptions(), QStringLiteral("sslmode='verify-full';connect_timeout='5'"));
    EXPECT_EQ(a->display(), QStringLiteral("postgresql://ana@db.example.org:6543/stratos?sslmode=verify-full&connect_timeout=5"));
}

TEST(TeamStoreUrl, PostgresSchemeAndDefaultsAreLibpqs)
{
    EXPECT_TRUE(isTeamStoreUrl(QStringLiteral("POSTGRES://h/d")));
    EXPECT_FALSE(isTeamStoreUrl(QStringLiteral("/home/ana/postgresql.sqlite")));
    auto a = parseTeamStoreUrl(QStringLiteral("postgres://h/d"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->port, 0);
    EXPECT_TRUE(a->user.isEmpty());
    auto service = parseTeamStoreUrl(QStringLiteral("postgresql://?service=team"));
    ASSERT_TRUE(service) << qPrintable(service.error().message);
    EXPECT_TRUE(service->host.isEmpty());
    EXPECT_EQ(service->connectOptions(), QStringLiteral("service='team'"));
}

TEST(TeamStoreUrl, RefusesPasswordsUnknownParametersAndBadPorts)
{
    auto withPassword = parseTeamStoreUrl(QStringLiteral("postgresql://ana:hunter2@h/d"));
    ASSERT_FALSE(withPassword);
    EXPECT_TRUE(withPassword.error().message.contains(QStringLiteral(".pgpass")));
    EXPECT_FALSE(withPassword.error().message.contains(QStringLiteral("hunter2")));
    EXPECT_FALSE(parseTeamStoreUrl(QStringLiteral("postgresql://h/d?password=x")));
    auto unknown = parseTeamStoreUrl(QStringLiteral("postgresql://h/d?sslmod=require"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("'sslmod'")));
    EXPECT_FALSE(parseTeamStoreUrl(QStringLiteral("postgresql://h:port/d")));
    EXPECT_FALSE(parseTeamStoreUrl(QStringLiteral("postgresql://h/d/extra")));
    EXPECT_FALSE(parseTeamStoreUrl(QStringLiteral("postgresql://h/d?sslmode=")));
}

TEST(TeamStoreUrl, QuotesValuesForLibpq)
{
    auto a = parseTeamStoreUrl(QStringLiteral("postgresql://h/d?application_name=ana%27s%20stratos"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->connectOptions(), QStringLiteral("application_name='ana\\'s stratos'"));
}

TEST(TeamStoreUrl, TheFormsAddressReadsBackTheSame)
{
    TeamStoreAddress a;
    a.host = QStringLiteral("db.example.org");
    a.port = 5433;
    a.database = QStringLiteral("team data");
    a.user = QStringLiteral("ana");
    a.options = {{QStringLiteral("sslmode"), QStringLiteral("require")},
                 {QStringLiteral("application_name"), QStringLiteral("a&b=c")}};
    auto back = parseTeamStoreUrl(a.url());
    ASSERT_TRUE(back) << qPrintable(back.error().message) << " " << qPrintable(a.url());
    EXPECT_EQ(back->host, a.host);
    EXPECT_EQ(back->port, a.port);
    EXPECT_EQ(back->database, a.database);
    EXPECT_EQ(back->user, a.user);
    EXPECT_EQ(back->options, a.options);
}
