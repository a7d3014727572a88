// The PostgreSQL schema of a team store, read from the server's catalog, is
// the one team stores already hold (issue 17). The runner now translates the
// common SQLite migrations (db/sql_translate) where hand-made PostgreSQL copies
// of them used to stand; tests/data/pg_schema/schema_v13.txt is the catalog
// those copies made at schema 13. The runner records nothing but the version
// number, so a store made by the copies and one made by translation cannot be
// told apart, and the old ones open and migrate on unchanged.
// The stores here stop at schema 13, so later migrations leave the file as it
// is; one numbered 13 or below changes it: the test then writes the catalog it
// found (pg_schema_v13.actual.txt in its working directory) to review and copy.

#include "pg_test_server.h"
#include "store.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

constexpr int kCatalogVersion = 13; // the golden file's schema version

// Every row of the query as one tab-separated line after a section title.
QStringList section(QSqlDatabase db, const QString &title, const QString &sql)
{
    QStringList lines{QStringLiteral("## ") + title};
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        ADD_FAILURE() << qPrintable(title) << ": " << qPrintable(q.lastError().text());
        return lines;
    }
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString().simplified());
        lines << cells.join(u'\t');
    }
    return lines;
}

// What a migration decides about the schema, in the server's own words:
// columns and their types, defaults, identity and generation; constraints as
// pg_get_constraintdef prints them (keys, references with their actions,
// checks); indexes; triggers and the functions they call; the identity
// columns' sequences.
QStringList catalog(QSqlDatabase db)
{
    QStringList out;
    out << section(db, QStringLiteral("columns"),
                   QStringLiteral("SELECT table_name, ordinal_position, column_name, data_type, is_nullable, "
                                  "column_default, is_identity, identity_generation, identity_start, "
                                  "identity_increment, is_generated, generation_expression "
                                  "FROM information_schema.columns WHERE table_schema = current_schema() "
                                  "ORDER BY table_name, ordinal_position"));
    out << section(db, QStringLiteral("constraints"),
                   QStringLiteral("SELECT c.conrelid::regclass::text, c.conname, c.contype, "
                                  "pg_get_constraintdef(c.oid) FROM pg_constraint c "
                                  "JOIN pg_namespace n ON n.oid = c.connamespace "
                                  "WHERE n.nspname = current_schema() ORDER BY 1, 2"));
    out << section(db, QStringLiteral("indexes"),
                   QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes "
                                  "WHERE schemaname = current_schema() ORDER BY 1, 2"));
    out << section(db, QStringLiteral("triggers"),
                   QStringLiteral("SELECT event_object_table, trigger_name, event_manipulation, action_timing, "
                                  "action_orientation, action_statement FROM information_schema.triggers "
                                  "WHERE trigger_schema = current_schema() ORDER BY 1, 2, 3"));
    out << section(db, QStringLiteral("functions"),
                   QStringLiteral("SELECT p.proname, pg_get_function_identity_arguments(p.oid), "
                                  "pg_get_function_result(p.oid), p.prosrc FROM pg_proc p "
                                  "JOIN pg_namespace n ON n.oid = p.pronamespace "
                                  "WHERE n.nspname = current_schema() ORDER BY 1, 2"));
    out << section(db, QStringLiteral("sequences"),
                   QStringLiteral("SELECT sequencename, data_type::text, start_value, min_value, max_value, "
                                  "increment_by, cycle FROM pg_sequences "
                                  "WHERE schemaname = current_schema() ORDER BY 1"));
    return out;
}

QStringList expectedCatalog()
{
    QFile f(sourceDir() + QStringLiteral("/tests/data/pg_schema/schema_v13.txt"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Compares line by line and, on a difference, writes the catalog found next
// to the test's working directory so the change can be read as a diff.
void expectCatalog(QSqlDatabase db, const char *what)
{
    const QStringList expected = expectedCatalog();
    ASSERT_FALSE(expected.isEmpty()) << "tests/data/pg_schema/schema_v13.txt is missing";
    const QStringList actual = catalog(db);
    if (actual == expected)
        return;
    const QString path = QDir::current().absoluteFilePath(QStringLiteral("pg_schema_v13.actual.txt"));
    QFile out(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Text))
        out.write((actual.join(u'\n') + u'\n').toUtf8());
    QStringList diff;
    for (const QString &l : expected)
        if (!actual.contains(l))
            diff << QStringLiteral("- ") + l;
    for (const QString &l : actual)
        if (!expected.contains(l))
            diff << QStringLiteral("+ ") + l;
    ADD_FAILURE() << what << ": the catalog differs from tests/data/pg_schema/schema_v13.txt (found: "
                  << qPrintable(path) << ")\n"
                  << qPrintable(diff.join(u'\n'));
}

Store::Options upTo(int version)
{
    Store::Options o;
    o.loadSeed = false;
    o.migrateTo = version;
    return o;
}

} // namespace

TEST(PgSchemaCatalog, AFreshStoreHasTheSchemaTheDialectCopiesMade)
{
    STRATOS_PG_SCRATCH(scratch);
    auto store = Store::open(scratch.url(), upTo(kCatalogVersion));
    ASSERT_TRUE(store) << qPrintable(store.error().toString());
    ASSERT_EQ((*store)->schemaVersion(), kCatalogVersion);
    expectCatalog((*store)->database(), "fresh store");
}

// A store an older release left at schema 6 (its first six steps) and that is
// upgraded now, one transaction a migration, ends with the same catalog; and
// reopening a store at that version runs nothing and changes nothing.
TEST(PgSchemaCatalog, AnOlderStoreUpgradesToTheSameSchemaAndReopensUnchanged)
{
    STRATOS_PG_SCRATCH(scratch);
    {
        auto old = Store::open(scratch.url(), upTo(6));
        ASSERT_TRUE(old) << qPrintable(old.error().toString());
        ASSERT_EQ((*old)->schemaVersion(), 6);
    }
    {
        auto upgraded = Store::open(scratch.url(), upTo(kCatalogVersion));
        ASSERT_TRUE(upgraded) << qPrintable(upgraded.error().toString());
        ASSERT_EQ((*upgraded)->schemaVersion(), kCatalogVersion);
        expectCatalog((*upgraded)->database(), "upgraded store");
    }
    auto reopened = Store::open(scratch.url(), upTo(kCatalogVersion));
    ASSERT_TRUE(reopened) << qPrintable(reopened.error().toString());
    EXPECT_EQ((*reopened)->schemaVersion(), kCatalogVersion);
    expectCatalog((*reopened)->database(), "reopened store");
}
