#include "sql_script.h"

#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(SqlScript, SplitsStatementsAndKeepsTriggerBodiesWhole)
{
    const QString script = QStringLiteral(
        "-- comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'semi;colon');\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO b VALUES (1);\n"
        "  INSERT INTO b VALUES (2);\n"
        "END;\n"
        "CREATE INDEX i ON a(x);");
    const QStringList s = splitSqlScript(script);
    ASSERT_EQ(s.size(), 3);
    EXPECT_TRUE(s[0].contains(QLatin1String("'semi;colon'")));
    EXPECT_TRUE(s[1].startsWith(QLatin1String("CREATE TRIGGER")));
    EXPECT_TRUE(s[1].endsWith(QLatin1String("END")));
    EXPECT_TRUE(s[1].contains(QLatin1String("VALUES (2);")));
    EXPECT_EQ(s[2], QStringLiteral("CREATE INDEX i ON a(x)"));
}

TEST(SqlScript, APostgresTriggerWithoutABodyEndsAtItsSemicolon)
{
    const QStringList s = splitSqlScript(QStringLiteral(
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
        "CREATE TRIGGER u BEFORE UPDATE ON b FOR EACH ROW EXECUTE FUNCTION f();\n"
        "CREATE TABLE c (x int);"));
    ASSERT_EQ(s.size(), 4) << qPrintable(s.join(QStringLiteral("\n--\n")));
    EXPECT_TRUE(s[0].endsWith(QLatin1String("'BEGIN RETURN NEW; END'")));
    EXPECT_EQ(s[1], QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f()"));
    EXPECT_EQ(s[3], QStringLiteral("CREATE TABLE c (x int)"));
}
