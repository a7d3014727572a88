#pragma once
// The db tests on both stores (issue 19): a fixture asks for a store on the
// backend its parameter names, SQLite (a file in a temporary folder) or
// PostgreSQL (a scratch database on the tests' server). Seeded PostgreSQL
// stores are copies of a template seeded once per server, so a test pays for
// CREATE DATABASE ... TEMPLATE, not for loading the seed row by row.

#include "store.h"

#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace stratos::test {

class PgScratchDatabase;

enum class Backend { Sqlite, Postgres };

// gtest prints the parameter in test names and failures.
inline void PrintTo(Backend b, std::ostream *os) { *os << (b == Backend::Postgres ? "PostgreSQL" : "SQLite"); }

inline auto bothBackends() { return ::testing::Values(Backend::Sqlite, Backend::Postgres); }
// "SQLite" / "PostgreSQL", for INSTANTIATE_TEST_SUITE_P's test names.
std::string backendName(const ::testing::TestParamInfo<Backend> &info);

// Where one test's store lives, removed with this object.
class TestStoreLocation
{
public:
    TestStoreLocation(Backend backend, bool seeded);
    ~TestStoreLocation();
    TestStoreLocation(const TestStoreLocation &) = delete;
    TestStoreLocation &operator=(const TestStoreLocation &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    bool skipped() const { return m_skipped; } // no PostgreSQL server here
    QString error() const { return m_error; }
    // The file path or the postgresql:// URL, for Store::open or --db.
    QString location() const { return m_location; }
    // A second location on the same backend (another file in the folder; on
    // PostgreSQL another scratch database), for tests that need two stores.
    QString sibling(const QString &fileName);

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<PgScratchDatabase> m_pg;
    std::vector<std::unique_ptr<PgScratchDatabase>> m_siblings;
    QString m_location;
    QString m_error;
    bool m_skipped = false;
};

// What a test compares to say "the store is untouched": on SQLite the file's
// bytes (after a checkpoint), on PostgreSQL every table's rows, hashed.
QByteArray storeFingerprint(const Store &store);

// A fixture base: m_store opened on backend() in openStore().
class BackendStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    Backend backend() const { return GetParam(); }
    bool onPostgres() const { return GetParam() == Backend::Postgres; }
    // Opens m_store (skips the test without a PostgreSQL server).
    void openStore(const Store::Options &options = {});
    QSqlDatabase db() const { return m_store->database(); }

    std::unique_ptr<TestStoreLocation> m_where; // outlives m_store
    std::unique_ptr<Store> m_store;
};

} // namespace stratos::test

// In SetUp or a test body of a BackendStoreTest: open, or skip/fail with the reason.
#define STRATOS_OPEN_BACKEND_STORE(options)                                                        \
    do {                                                                                           \
        openStore(options);                                                                        \
        if (m_where && m_where->skipped())                                                         \
            GTEST_SKIP() << qPrintable(m_where->error());                                          \
        ASSERT_TRUE(m_store) << qPrintable(m_where ? m_where->error() : QString());                \
    } while (0)
