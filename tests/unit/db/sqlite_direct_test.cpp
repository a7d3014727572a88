// Rows written and read through SQLite's C API (db/sqlite_direct, RowWriter's
// compact preload) come back exactly as QtSql would write and read them:
// texts outside ASCII and outside the BMP, empty texts, nulls and numbers.
#include "row_writer.h"
#include "sqlite_direct.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace stratos;

namespace {

class SqliteDirect : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                         QStringLiteral("sqlite_direct_test"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("t.sqlite")));
        ASSERT_TRUE(m_db.open());
        QSqlQuery q(m_db);
        ASSERT_TRUE(
            q.exec(QStringLiteral("CREATE TABLE t (k TEXT NOT NULL UNIQUE, name TEXT, size REAL, "
                                  "source_id INTEGER, batch_id INTEGER, origin TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "CREATE TABLE import_undo (batch_id INTEGER, table_name TEXT, row_key TEXT, "
            "old_values TEXT, UNIQUE (batch_id, table_name, row_key))")));
    }
    void TearDown() override
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("sqlite_direct_test"));
    }
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

const QString kWide = QStringLiteral("Gr\u00fc\u00dfe \u5317\u4eac \U0001F680");

} // namespace

TEST_F(SqliteDirect, InsertedTextsNullsAndNumbersReadBackUnchanged)
{
    auto insert = DirectInsert::create(
        m_db, QStringLiteral("INSERT INTO t (k, name, size) VALUES (?, ?, ?), (?, ?, ?)"));
    if (!insert)
        GTEST_SKIP() << "this build's Qt SQLite driver does not use the system SQLite (or "
                        "STRATOS_NO_DIRECT_SQLITE is set)";
    QString error;
    // NULL wherever Qt's own SQLite driver binds NULL: a null variant of type
    // QString, and also a QVariant holding a null QString (which Qt 6's
    // QVariant::isNull() calls not null); an empty QString is an empty text.
    const QVariant nullText(QMetaType::fromType<QString>());
    ASSERT_TRUE(insert->run(
        {QStringLiteral("a"), kWide, 1.5, QStringLiteral("b"), nullText, qlonglong(7)}, &error))
        << qPrintable(error);
    ASSERT_TRUE(insert->run(
        {QStringLiteral("c"), QString(), QVariant(), kWide, QStringLiteral("x"), 2.25}, &error))
        << qPrintable(error);
    ASSERT_TRUE(insert->run({QStringLiteral("d"), QStringLiteral(""), 3, QStringLiteral("e"), QByteArray(), 4}, &error))
        << qPrintable(error);
    QSqlQuery q(m_db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT k, name, typeof(name), size FROM t ORDER BY rowid")));
    const QList<QStringList> expected{
        {QStringLiteral("a"), kWide, QStringLiteral("text"), QStringLiteral("1.5")},
        {QStringLiteral("b"), QString(), QStringLiteral("null"), QStringLiteral("7")},
        {QStringLiteral("c"), QString(), QStringLiteral("null"), QString()},
        {kWide, QStringLiteral("x"), QStringLiteral("text"), QStringLiteral("2.25")},
        {QStringLiteral("d"), QString(), QStringLiteral("text"), QStringLiteral("3")},
        {QStringLiteral("e"), QString(), QStringLiteral("null"), QStringLiteral("4")}};
    for (const QStringList &row : expected) {
        ASSERT_TRUE(q.next());
        for (int c = 0; c < 4; ++c)
            EXPECT_EQ(q.value(c).toString(), row[c]) << qPrintable(row[0]) << " column " << c;
    }
    EXPECT_FALSE(q.next());
    // A statement that fails says why and can run again.
    EXPECT_FALSE(insert->run({QStringLiteral("a"), kWide, 1.0, QStringLiteral("z"), QString(), 1.0},
                             &error));
    EXPECT_TRUE(error.contains(QStringLiteral("UNIQUE"))) << qPrintable(error);
}

TEST_F(SqliteDirect, PreloadedRowsCompareAndUpdateLikeTheFileSays)
{
    {
        RowWriter first(m_db, QStringLiteral("t"), {QStringLiteral("k")},
                        {QStringLiteral("name"), QStringLiteral("size")}, 1, 1);
        ASSERT_TRUE(first.preload());
        ASSERT_EQ(*first.write({kWide}, {kWide, 3.0}), RowChange::Added);
        ASSERT_EQ(*first.write({QStringLiteral("plain")},
                               {QVariant(QMetaType::fromType<QString>()), qlonglong(4)}),
                  RowChange::Added);
        ASSERT_TRUE(first.flush());
    }
    RowWriter second(m_db, QStringLiteral("t"), {QStringLiteral("k")},
                     {QStringLiteral("name"), QStringLiteral("size")}, 2, 1);
    ASSERT_TRUE(second.preload());
    // The same values (a null says nothing; 3 and 3.0 are one number) change nothing.
    EXPECT_EQ(*second.write({kWide}, {kWide, qlonglong(3)}), RowChange::Unchanged);
    EXPECT_EQ(*second.write({QStringLiteral("plain")}, {QVariant(), 4.0}), RowChange::Unchanged);
    EXPECT_EQ(*second.write({QStringLiteral("plain")}, {kWide, QVariant()}), RowChange::Updated);
    // Written again in the same batch: compared with what this batch wrote.
    EXPECT_EQ(*second.write({QStringLiteral("plain")}, {kWide, 4.0}), RowChange::Unchanged);
    EXPECT_EQ(*second.write({QStringLiteral("new")}, {QVariant(), QVariant()}), RowChange::Added);
    ASSERT_TRUE(second.flush());
    QSqlQuery q(m_db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name, batch_id FROM t WHERE k = 'plain'")) &&
                q.next());
    EXPECT_EQ(q.value(0).toString(), kWide);
    EXPECT_EQ(q.value(1).toLongLong(), 2);
    // The old values are kept once, for undo.
    ASSERT_TRUE(q.exec(QStringLiteral(
                    "SELECT count(*), max(old_values) FROM import_undo WHERE batch_id = 2")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(
        q.value(1).toString(),
        QStringLiteral(
            "{\"batch_id\":1,\"name\":null,\"origin\":\"import\",\"size\":4,\"source_id\":1}"));
}
