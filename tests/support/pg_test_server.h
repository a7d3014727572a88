#pragma once
// The throw-away PostgreSQL server that ctest starts for the tests that need
// one (fixture pg_server, tools/pg-test-server.sh), and one fresh database per
// test on it, so tests run in parallel without seeing each other's rows.

#include <QString>

namespace stratos::test {

struct PgTestServer
{
    QString url;         // postgresql://stratos_admin@127.0.0.1:PORT/postgres (no password)
    QString passFile;    // libpq .pgpass with the password; exported as PGPASSFILE
    QString unavailable; // why there is no server here (tests skip with it), else empty
};

// Reads what the fixture wrote and sets PGPASSFILE for this process and the
// processes it starts (the real binary finds the password the way libpq users' tools do).
PgTestServer pgTestServer();

// A database created for one test and dropped (even with open sessions) when it
// goes out of scope.
class PgScratchDatabase
{
public:
    // templateDatabase: a database on the same server to copy (CREATE DATABASE
    // ... TEMPLATE), e.g. a seeded store; empty for an empty database.
    explicit PgScratchDatabase(const QString &templateDatabase = {});
    ~PgScratchDatabase();
    PgScratchDatabase(const PgScratchDatabase &) = delete;
    PgScratchDatabase &operator=(const PgScratchDatabase &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }    // unavailable server or failed CREATE DATABASE
    bool skipped() const { return m_skipped; }   // true when there is no server at all
    QString url() const { return m_url; }        // postgresql://...@127.0.0.1:PORT/<name>
    QString name() const { return m_name; }

private:
    QString m_adminUrl;
    QString m_url;
    QString m_name;
    QString m_error;
    bool m_skipped = false;
};

// Runs one statement on the server's maintenance database (CREATE ROLE and
// the like); returns the error text, empty on success.
QString pgAdminExec(const QString &sql);

} // namespace stratos::test

// In a test body: skip with the fixture's reason when there is no server, fail
// when there is one but the database could not be made.
#define STRATOS_PG_SCRATCH(var)                                                                    \
    ::stratos::test::PgScratchDatabase var;                                                        \
    if (var.skipped())                                                                             \
        GTEST_SKIP() << qPrintable(var.error());                                                   \
    ASSERT_TRUE(var.ok()) << qPrintable(var.error())
