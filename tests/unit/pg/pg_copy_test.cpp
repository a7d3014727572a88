// COPY through libpq (db/pg/pg_copy): a file goes in whole, inside one
// transaction, or not at all; a refused line is named by file and line.

#include "pg/pg_copy.h"
#include "pg_test_server.h"

#include <QTemporaryDir>
#include <QFile>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::pg;

namespace {

std::unique_ptr<Connection> connect(const QString &url)
{
    auto c = Connection::open(url);
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : qPrintable(c.error().message));
    return c.ok() ? std::move(*c) : nullptr;
}

QString scalar(Connection &c, const QString &sql)
{
    auto rows = c.query(sql);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : qPrintable(rows.error().message));
    return rows.ok() && !rows->isEmpty() ? rows->first().value(0) : QStringLiteral("<error>");
}

// Rows "day<TAB>close" for `n` days; the sum of close is n*(n+1)/2.
QString writePriceFile(const QTemporaryDir &dir, int n, int badLine = 0)
{
    const QString path = dir.filePath(QStringLiteral("prices.tsv"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray out;
    for (int i = 1; i <= n; ++i) {
        out += QByteArray::number(i) + '\t' + (i == badLine ? QByteArray("12,5") : QByteArray::number(i)) + '\n';
        if (out.size() > 1 << 20) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return path;
}

} // namespace

TEST(PgCopy, AFileLandsWholeInOneTransactionThatOthersDoNotSeeBeforeItCommits)
{
    STRATOS_PG_SCRATCH(scratch);
    auto writer = connect(scratch.url());
    auto other = connect(scratch.url());
    ASSERT_TRUE(writer && other);
    ASSERT_TRUE(writer->exec(QStringLiteral("CREATE TABLE bar (day int PRIMARY KEY, close double precision)")));
    QTemporaryDir dir;
    const int n = 300000;
    const QString path = writePriceFile(dir, n);

    // Half-way through, another session must still see an empty table.
    QString seenHalfWay;
    CopyFileOptions opts;
    opts.progress = [&](qint64 sent) {
        if (seenHalfWay.isEmpty() && sent > QFileInfo(path).size() / 2)
            seenHalfWay = scalar(*other, QStringLiteral("SELECT count(*) FROM bar"));
        return true;
    };
    auto rows = copyFile(*writer, path, QStringLiteral("bar"), {QStringLiteral("day"), QStringLiteral("close")}, opts);
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().toString());
    EXPECT_EQ(*rows, n);
    EXPECT_EQ(seenHalfWay, QStringLiteral("0")) << "rows were visible before the file's transaction committed";
    EXPECT_EQ(scalar(*other, QStringLiteral("SELECT count(*) FROM bar")), QString::number(n));
    EXPECT_EQ(scalar(*other, QStringLiteral("SELECT sum(close)::bigint FROM bar")), QString::number(qint64(n) * (n + 1) / 2));
}

TEST(PgCopy, ARefusedLineNamesFileAndLineAndLeavesNothing)
{
    STRATOS_PG_SCRATCH(scratch);
    auto c = connect(scratch.url());
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->exec(QStringLiteral("CREATE TABLE bar (day int PRIMARY KEY, close double precision)")));
    QTemporaryDir dir;
    const QString path = writePriceFile(dir, 120000, /*badLine=*/98765);
    auto rows = copyFile(*c, path, QStringLiteral("bar"), {QStringLiteral("day"), QStringLiteral("close")});
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().file, path);
    EXPECT_EQ(rows.error().line, 98765);
    EXPECT_TRUE(rows.error().message.contains(QStringLiteral("12,5"))) << qPrintable(rows.error().message);
    EXPECT_EQ(c->lastFailure(), Failure::Statement);
    // Nothing landed, and the connection is usable again (the failed transaction was rolled back).
    EXPECT_EQ(scalar(*c, QStringLiteral("SELECT count(*) FROM bar")), QStringLiteral("0"));
}

TEST(PgCopy, BinaryFormatFileLands)
{
    STRATOS_PG_SCRATCH(scratch);
    auto c = connect(scratch.url());
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->exec(QStringLiteral("CREATE TABLE sat (id int PRIMARY KEY, name text)")));
    // PostgreSQL's binary COPY layout: signature, flags, header extension, then
    // per tuple a field count and length-prefixed big-endian fields, then -1.
    QByteArray bin("PGCOPY\n\xff\r\n\0", 11);
    auto i16 = [&](qint16 v) { char b[2]; qToBigEndian(v, b); bin.append(b, 2); };
    auto i32 = [&](qint32 v) { char b[4]; qToBigEndian(v, b); bin.append(b, 4); };
    i32(0);
    i32(0);
    const QStringList names = {QStringLiteral("Starlink-1007"), QStringLiteral("天宫"), QStringLiteral("Guowang 01")};
    for (int i = 0; i < names.size(); ++i) {
        i16(2);
        i32(4);
        i32(i + 1);
        const QByteArray utf8 = names[i].toUtf8();
        i32(qint32(utf8.size()));
        bin += utf8;
    }
    i16(-1);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("sat.bin")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bin);
    f.close();
    CopyFileOptions opts;
    opts.format = CopyFormat::Binary;
    auto rows = copyFile(*c, f.fileName(), QStringLiteral("sat"), {QStringLiteral("id"), QStringLiteral("name")}, opts);
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().toString());
    EXPECT_EQ(*rows, 3);
    EXPECT_EQ(scalar(*c, QStringLiteral("SELECT string_agg(name, '|' ORDER BY id) FROM sat")), names.join(QLatin1Char('|')));
}

TEST(PgCopy, RowsWithTabsNewlinesBackslashesAndNullsComeBackAsWritten)
{
    STRATOS_PG_SCRATCH(scratch);
    auto c = connect(scratch.url());
    ASSERT_TRUE(c);
    ASSERT_TRUE(c->exec(QStringLiteral("CREATE TABLE doc (id int, title text, score double precision, day date)")));
    const QList<QVariantList> rows = {
        {1, QStringLiteral("tab\there"), 0.1, QDate(2024, 2, 29)},
        {2, QStringLiteral("line\nbreak\r\\N not null"), QVariant(), QDate(1957, 10, 4)},
        {3, QVariant(QMetaType(QMetaType::QString)), 1e-300, QVariant()},
    };
    ASSERT_TRUE(c->begin());
    auto copy = CopyIn::start(*c, QStringLiteral("doc"),
                              {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("score"), QStringLiteral("day")},
                              CopyFormat::Text);
    ASSERT_TRUE(copy.ok()) << qPrintable(copy.error().message);
    for (const QVariantList &r : rows)
        ASSERT_TRUE((*copy)->putRow(r));
    auto n = (*copy)->finish();
    ASSERT_TRUE(n.ok()) << qPrintable(n.error().message);
    EXPECT_EQ(*n, 3);
    ASSERT_TRUE(c->commit());
    auto back = c->query(QStringLiteral("SELECT title, score, day FROM doc ORDER BY id"));
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->size(), 3);
    EXPECT_EQ(back->at(0), QStringList({QStringLiteral("tab\there"), QStringLiteral("0.1"), QStringLiteral("2024-02-29")}));
    EXPECT_EQ(back->at(1).value(0), QStringLiteral("line\nbreak\r\\N not null"));
    EXPECT_TRUE(back->at(1).value(1).isNull());
    EXPECT_TRUE(back->at(2).value(0).isNull());
    EXPECT_EQ(back->at(2).value(1), QStringLiteral("1e-300"));
    EXPECT_TRUE(back->at(2).value(2).isNull());
}
