// `stratos check-claims` through the real binary: the five seed articles (the
// Nasdaq's 3.6% differs from the store's -3.07%, Nvidia's "over 12%" agrees),
// offsets into the extracted text, a file read without being imported, stored
// checks for a library document, and exit codes 0 / 1 / 2.
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

struct Line
{
    QString source, span, verdict, claim, storeFigure, rows;
};

QList<Line> parse(const QString &out)
{
    QList<Line> lines;
    for (const QString &l : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = l.split(u'\t');
        EXPECT_EQ(f.size(), 6) << qPrintable(l);
        if (f.size() == 6)
            lines.append({f[0], f[1], f[2], f[3], f[4], f[5]});
    }
    return lines;
}

int documents(const QString &db)
{
    int n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        c.setDatabaseName(db);
        QSqlQuery q(c);
        if (c.open() && q.exec(QStringLiteral("SELECT count(*) FROM document")) && q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return n;
}

TEST(CheckClaimsCli, SeedArticlesShowTheNasdaqFigureDiffersAndNvidiasAgrees)
{
    const QString seeds = sharedFile(QStringLiteral("seeds"));
    STRATOS_SKIP_WITHOUT(seeds);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    QStringList args{QStringLiteral("check-claims"), QStringLiteral("--db"), db};
    for (const QString &f : QDir(seeds).entryList({QStringLiteral("0*.txt")}, QDir::Files, QDir::Name))
        args << seeds + u'/' + f;
    ASSERT_EQ(args.size(), 8);
    const ProcessResult r = runStratos(args);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QList<Line> lines = parse(r.out);
    const Line *nasdaq = nullptr, *nvidia = nullptr;
    for (const Line &l : lines) {
        if (l.claim.contains(QLatin1String("^IXIC")) && l.claim.contains(QLatin1String("3.6%")))
            nasdaq = &l;
        if (l.claim.contains(QLatin1String("NVDA")) && l.claim.contains(QLatin1String("over 12%")))
            nvidia = &l;
    }
    ASSERT_NE(nasdaq, nullptr) << qPrintable(r.out);
    EXPECT_EQ(nasdaq->verdict, QStringLiteral("differs"));
    EXPECT_EQ(nasdaq->storeFigure, QStringLiteral("-3.07%"));
    EXPECT_TRUE(nasdaq->rows.startsWith(QLatin1String("^IXIC closes 2025-01-24 and 2025-01-27"))) << qPrintable(nasdaq->rows);
    EXPECT_TRUE(nasdaq->source.endsWith(QLatin1String("002_21dd2d8ca1c2bef4.txt")));
    ASSERT_NE(nvidia, nullptr) << qPrintable(r.out);
    EXPECT_EQ(nvidia->verdict, QStringLiteral("agrees"));
    EXPECT_EQ(nvidia->storeFigure, QStringLiteral("-16.97%"));
    // START-END are offsets into the text as Stratos extracts it: for a plain
    // text file with LF line ends, the file's own characters.
    QFile f(nasdaq->source);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QStringList span = nasdaq->span.split(u'-');
    ASSERT_EQ(span.size(), 2);
    EXPECT_EQ(text.mid(span[0].toInt(), span[1].toInt() - span[0].toInt()), QStringLiteral("3.6%"));
    // Read, not imported: the new store holds the briefing notes only, none of the articles.
    const int docs = documents(db);
    EXPECT_GT(docs, 0);
    EXPECT_EQ(docs, QDir(sourceDir() + QStringLiteral("/resources/corpus")).entryList({QStringLiteral("*.md")}, QDir::Files).size());
}

TEST(CheckClaimsCli, StoredChecksOfALibraryDocumentAndExitCodes)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.sqlite"));
    const QString note = dir.filePath(QStringLiteral("note.md"));
    QFile f(note);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("---\ntitle: Monday\ndate: 2025-01-28\n---\n\nOn Monday Nvidia lost 17% and the Nasdaq Composite fell 3.6%.\n");
    f.close();
    ProcessResult r = runStratos({QStringLiteral("import-docs"), QStringLiteral("--db"), db, note});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    int id = 0;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        c.setDatabaseName(db);
        QSqlQuery q(c);
        ASSERT_TRUE(c.open() && q.exec(QStringLiteral("SELECT id FROM document WHERE title = 'Monday'")) && q.next());
        id = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    r = runStratos({QStringLiteral("check-claims"), QStringLiteral("--db"), db, QStringLiteral("--document"), QString::number(id)});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QList<Line> lines = parse(r.out);
    ASSERT_EQ(lines.size(), 2) << qPrintable(r.out);
    EXPECT_EQ(lines[0].verdict, QStringLiteral("agrees"));
    EXPECT_EQ(lines[1].verdict, QStringLiteral("differs"));
    EXPECT_EQ(lines[1].storeFigure, QStringLiteral("-3.07%"));

    r = runStratos({QStringLiteral("check-claims"), QStringLiteral("--db"), db, dir.filePath(QStringLiteral("missing.txt"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("missing.txt"))) << qPrintable(r.err);
    r = runStratos({QStringLiteral("check-claims"), QStringLiteral("--db"), db, QStringLiteral("--document"), QStringLiteral("999999")});
    EXPECT_EQ(r.exitCode, 1);
    r = runStratos({QStringLiteral("check-claims"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 2);
    r = runStratos({QStringLiteral("check-claims"), QStringLiteral("--db"), db, QStringLiteral("--document"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("positive number"))) << qPrintable(r.err);
}

} // namespace
