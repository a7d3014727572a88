// The rows an import sends and reads on a team store in COPY's binary format
// (db/pg/pg_binary, pg_read): every value lands as the text format would have
// stored it, a value its column cannot hold is refused by the column's name
// and leaves nothing, and reading back gives the same values.

#include "pg/pg_copy.h"
#include "pg/pg_read.h"
#include "pg_test_server.h"
#include "team_connection.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace stratos;

namespace {

// A QPSQL connection (what an import writes through) and the table `sql` makes.
struct Store
{
    QString name;
    QSqlDatabase db;
};

Store open(const QString &url, const QString &name, const QString &createTable)
{
    Store s{name, {}};
    const Status st = openTeamConnection(url, name, false);
    EXPECT_TRUE(st) << (st ? "" : qPrintable(st.error().message));
    s.db = QSqlDatabase::database(name);
    QSqlQuery q(s.db);
    EXPECT_TRUE(q.exec(createTable));
    return s;
}

QStringList textRows(QSqlDatabase db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    EXPECT_TRUE(q.exec(sql));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST(PgBinaryRows, NumbersTextsAndNullsLandAsTheTextFormatStoresThem)
{
    STRATOS_PG_SCRATCH(scratch);
    {
        // The same rows through a table of only binary-written types and one
        // with a date column, which keeps the text format.
        Store s = open(scratch.url(), QStringLiteral("binary_rows"),
                       QStringLiteral("CREATE TABLE t (k bigint, n integer, s smallint, x double precision, "
                                      "f real, word text, day text, src bigint, origin text)"));
        QSqlQuery q(s.db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE d (k bigint, n integer, s smallint, x double precision, "
                                          "f real, word text, day date, src bigint, origin text)")));
        const QList<QVariantList> rows = {
            {qint64(1), 42, 7, 0.1, 1.5, QStringLiteral("tab\there, line\nbreak, \\N, Ω"), QStringLiteral("2024-02-29")},
            {qint64(-9007199254740993LL), -2147483647, -32768, 1e-300, QVariant(), QVariant(QMetaType(QMetaType::QString)),
             QVariant(QMetaType(QMetaType::QString))},
            {qint64(3), 3.0 /* a whole double in an int column */, QStringLiteral(" 12 "), -123456.789012345678,
             QStringLiteral("2.25"), 12.5 /* a number in a text column */, QStringLiteral("1957-10-04")},
        };
        for (const QString &table : {QStringLiteral("t"), QStringLiteral("d")}) {
            ASSERT_TRUE(s.db.transaction());
            auto copy = pg::RowCopy::create(s.db, table,
                                            {"k", "n", "s", "x", "f", "word", "day", "src", "origin"},
                                            {qint64(77), QStringLiteral("import")});
            ASSERT_TRUE(copy);
            for (const QVariantList &r : rows)
                ASSERT_TRUE(copy->add(r));
            ASSERT_TRUE(copy->flush());
            ASSERT_TRUE(s.db.commit());
        }
        const QString row = QStringLiteral("SELECT concat_ws('|', k, n, s, x, f, coalesce(word, '<null>'), day, src, origin) "
                                           "FROM %1 ORDER BY k");
        const QStringList expected = {
            QStringLiteral("-9007199254740993|-2147483647|-32768|1e-300|<null>|77|import"), // concat_ws skips nulls
            QStringLiteral("1|42|7|0.1|1.5|tab\there, line\nbreak, \\N, Ω|2024-02-29|77|import"),
            QStringLiteral("3|3|12|-123456.78901234567|2.25|12.5|1957-10-04|77|import"),
        };
        for (const QString &table : {QStringLiteral("t"), QStringLiteral("d")}) {
            const QStringList got = textRows(s.db, row.arg(table));
            EXPECT_EQ(got, expected) << qPrintable(table) << ": " << qPrintable(got.join(QStringLiteral("\n")));
        }

        // Read back in binary: the same values, nulls as nulls.
        QStringList back;
        QString error;
        const DirectRead read = pg::forEachRow(
            s.db, QStringLiteral("SELECT k, n, s, x, f, word FROM t WHERE k > ? ORDER BY k"), {qint64(-1)},
            [&](const pg::ResultRow &r) {
                ASSERT_EQ(r.columns(), 6);
                EXPECT_EQ(r.type(0), pg::ResultRow::Integer);
                EXPECT_EQ(r.type(3), pg::ResultRow::Real);
                back << QStringLiteral("%1 %2 %3 %4 %5 %6")
                            .arg(r.integer(0)).arg(r.integer(1)).arg(r.integer(2))
                            .arg(r.real(3), 0, 'g', 17).arg(r.real(4))
                            .arg(r.type(5) == pg::ResultRow::Null ? QStringLiteral("<null>")
                                                                   : QString::fromUtf8(r.utf8(5)).left(3));
            },
            &error);
        ASSERT_EQ(read, DirectRead::Done) << qPrintable(error);
        EXPECT_EQ(back, QStringList({QStringLiteral("1 42 7 0.10000000000000001 1.5 tab"),
                                     QStringLiteral("3 3 12 -123456.78901234567 2.25 12.")}));
        // A column of a type not read in binary: the caller reads it another way.
        EXPECT_EQ(pg::forEachRow(s.db, QStringLiteral("SELECT day FROM d"), {}, [](const pg::ResultRow &) {}, &error),
                  DirectRead::Unavailable);
        EXPECT_EQ(pg::forEachRow(s.db, QStringLiteral("SELECT nope FROM t"), {}, [](const pg::ResultRow &) {}, &error),
                  DirectRead::Failed);
        EXPECT_TRUE(error.contains(QStringLiteral("nope"))) << qPrintable(error);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("binary_rows"));
}

TEST(PgBinaryRows, AValueItsColumnCannotHoldIsRefusedByNameAndLeavesNothing)
{
    STRATOS_PG_SCRATCH(scratch);
    {
        Store s = open(scratch.url(), QStringLiteral("binary_refused"),
                       QStringLiteral("CREATE TABLE t (k bigint, n integer, x double precision, word text)"));
        const QList<QPair<QVariantList, QString>> bad = {
            {{qint64(1), 2.5, 1.0, QStringLiteral("a")}, QStringLiteral("column n expects a whole number, found \"2.5\"")},
            {{qint64(1), 1, QStringLiteral("12,5"), QStringLiteral("a")}, QStringLiteral("column x expects a number, found \"12,5\"")},
            {{QStringLiteral("one"), 1, 1.0, QStringLiteral("a")}, QStringLiteral("column k expects a whole number, found \"one\"")},
            {{qint64(1), qint64(1) << 40, 1.0, QStringLiteral("a")}, QStringLiteral("column n expects a whole number of at most 32 bits")},
        };
        for (const auto &[row, message] : bad) {
            ASSERT_TRUE(s.db.transaction());
            auto copy = pg::RowCopy::create(s.db, QStringLiteral("t"), {"k", "n", "x", "word"}, {});
            ASSERT_TRUE(copy);
            ASSERT_TRUE(copy->add({qint64(100), 1, 1.0, QStringLiteral("fine")}));
            const Status st = copy->add(row);
            ASSERT_FALSE(st);
            EXPECT_TRUE(st.error().message.contains(message)) << qPrintable(st.error().message);
            ASSERT_TRUE(s.db.rollback());
            EXPECT_EQ(textRows(s.db, QStringLiteral("SELECT count(*) FROM t")), QStringList{QStringLiteral("0")});
        }
        // The connection is usable again: a good file lands.
        ASSERT_TRUE(s.db.transaction());
        auto copy = pg::RowCopy::create(s.db, QStringLiteral("t"), {"k", "n", "x", "word"}, {});
        ASSERT_TRUE(copy && copy->add({qint64(1), 1, std::numeric_limits<double>::infinity(), QStringLiteral("ok")}));
        ASSERT_TRUE(copy->flush());
        ASSERT_TRUE(s.db.commit());
        EXPECT_EQ(textRows(s.db, QStringLiteral("SELECT x::text || word FROM t")), QStringList{QStringLiteral("Infinityok")});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("binary_refused"));
}
