// `stratos import-docs` through the real binary: per-file lines, unchanged
// re-imports that change nothing, changed files whose passages are replaced,
// folders, a PDF made here with QPdfWriter, and exit codes 0 / 1 / 2.
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

// Reads one value from the store with a connection of our own.
QVariant scalar(const QString &db, const QString &sql, const QVariantList &binds = {})
{
    QVariant out;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec() && q.next())
                out = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return out;
}

int passagesOf(const QString &db, const QString &file)
{
    return scalar(db, "SELECT count(*) FROM passage p JOIN document d ON d.id = p.document_id WHERE d.path = ?",
                  {QFileInfo(file).absoluteFilePath()})
        .toInt();
}

// A paragraph long enough to be a passage of its own.
QByteArray paragraph(const QByteArray &sentence) { return sentence.repeated(600 / sentence.size() + 1).trimmed() + "\n\n"; }

const QByteArray kArticle = "Kuiper launches in 2025\n\n" +
                            paragraph("Amazon launched 27 Kuiper satellites on 28 April 2025. ") +
                            paragraph("A second batch followed in June on another Atlas V. ");

} // namespace

TEST(ImportDocsCli, AddsThenLeavesUnchangedThenReplacesAChangedFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    const QString txt = writeFile(dir.filePath("kuiper.txt"), kArticle);
    const QString md = writeFile(dir.filePath("note.md"),
                                 "---\ntitle: Guowang notes\npublisher: Desk\ndate: 2025-02-11\n---\n"
                                 "# Guowang\n\nChina's Guowang constellation plans about 13,000 satellites.\n");
    auto r = runStratos({"import-docs", txt, md, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.out, QStringLiteral("added: Kuiper launches in 2025 (2 passages)\nadded: Guowang notes (1 passage)\n"))
        << qPrintable(r.out);
    EXPECT_EQ(scalar(db, "SELECT publisher || ' ' || published_on FROM document WHERE title = 'Guowang notes'").toString(),
              QStringLiteral("Desk 2025-02-11"));

    const QString before = scalar(db, "SELECT imported_at FROM document WHERE title = 'Kuiper launches in 2025'").toString();
    r = runStratos({"import-docs", txt, md, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.out, QStringLiteral("unchanged: Kuiper launches in 2025 (2 passages)\nunchanged: Guowang notes (1 passage)\n"));
    EXPECT_EQ(scalar(db, "SELECT imported_at FROM document WHERE title = 'Kuiper launches in 2025'").toString(), before);

    const qint64 oldFirstPassage =
        scalar(db, "SELECT min(p.id) FROM passage p JOIN document d ON d.id = p.document_id WHERE d.path = ?",
               {QFileInfo(txt).absoluteFilePath()})
            .toLongLong();
    writeFile(txt, kArticle + paragraph("A third batch went up in July. ") + paragraph("And a zeppelinfour in August. "));
    r = runStratos({"import-docs", txt, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(r.out, QStringLiteral("replaced: Kuiper launches in 2025 (4 passages)\n")) << qPrintable(r.out);
    EXPECT_EQ(passagesOf(db, txt), 4);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM passage WHERE id = ?", {oldFirstPassage}).toInt(), 0);
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM document").toInt(),
              scalar(db, "SELECT count(DISTINCT path) FROM document").toInt());
    // The FTS index follows: the new text is found, and only once.
    EXPECT_EQ(scalar(db, "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH 'zeppelinfour'").toInt(), 1);
}

TEST(ImportDocsCli, ImportsAFolderRecursivelySkippingHiddenAndOtherFiles)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    const QString root = dir.filePath("docs");
    writeFile(root + "/a.txt", "Alpha field report\n\nStarlink passed 6,000 satellites.\n");
    writeFile(root + "/sub/b.html",
              "<html><head><title>Beta page | Site</title><meta property='og:site_name' content='Site'></head>"
              "<body><script>var x = 1;</script><p>Qianfan &amp; Guowang.</p></body></html>");
    writeFile(root + "/sub/deeper/c.md", "# Gamma\n\nOpen weights.\n");
    writeFile(root + "/.hidden/d.txt", "Hidden file\n\nnot imported\n");
    writeFile(root + "/prices.csv", "Date,Close\n2025-01-27,1\n");
    const auto r = runStratos({"import-docs", root, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QStringList lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3) << qPrintable(r.out);
    EXPECT_EQ(lines[0], QStringLiteral("added: Alpha field report (1 passage)"));
    EXPECT_EQ(lines[1], QStringLiteral("added: Beta page (1 passage)"));
    EXPECT_EQ(lines[2], QStringLiteral("added: Gamma (1 passage)"));
    EXPECT_EQ(scalar(db, "SELECT text FROM document WHERE title = 'Beta page'").toString(),
              QStringLiteral("Qianfan & Guowang."));
    EXPECT_EQ(scalar(db, "SELECT publisher FROM document WHERE title = 'Beta page'").toString(), QStringLiteral("Site"));
}

TEST(ImportDocsCli, ImportsAPdfWithPageMarkersAndMetadata)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("report.pdf");
    {
        QPdfWriter writer(pdf);
        writer.setTitle(QStringLiteral("Orbital race report"));
        writer.setCreator(QStringLiteral("Stratos tests"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(12);
        p.setFont(font);
        p.drawText(QRect(0, 0, writer.width(), 600), Qt::TextWordWrap,
                   QStringLiteral("Page one says Kuiper launched its first production satellites in 2025."));
        writer.newPage();
        p.drawText(QRect(0, 0, writer.width(), 600), Qt::TextWordWrap,
                   QStringLiteral("Page two says Guowang is a state constellation."));
    }
    const QString db = dir.filePath("s.sqlite");
    const auto r = runStratos({"import-docs", pdf, "--db", db});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("added: Orbital race report ("))) << qPrintable(r.out);
    const QString text = scalar(db, "SELECT text FROM document WHERE mime = 'application/pdf'").toString();
    const qsizetype page2 = text.indexOf(QLatin1String("[Page 2]"));
    ASSERT_TRUE(text.startsWith(QLatin1String("[Page 1]"))) << qPrintable(text);
    ASSERT_GT(page2, 0) << qPrintable(text);
    EXPECT_GT(text.indexOf(QLatin1String("Guowang is a state constellation")), page2);
    EXPECT_LT(text.indexOf(QLatin1String("Kuiper launched its first production")), page2);
    EXPECT_TRUE(scalar(db, "SELECT published_on FROM document").toString().startsWith(
        QString::number(QDate::currentDate().year())));
}

TEST(ImportDocsCli, BadFilesExit1AndBadUsageExits2)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    const QString good = writeFile(dir.filePath("good.txt"), kArticle);
    const QString binary = writeFile(dir.filePath("bad.txt"), QByteArray("PK\x03\x04\0\0\0binary", 13));
    const QString notPdf = writeFile(dir.filePath("fake.pdf"), "this is not a pdf");
    auto r = runStratos({"import-docs", good, binary, notPdf, dir.filePath("missing.md"), "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, QStringLiteral("added: Kuiper launches in 2025 (2 passages)\n")); // the good file still goes in
    EXPECT_TRUE(r.err.contains(binary + QStringLiteral(": this looks like a binary file"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(notPdf + QStringLiteral(": this is not a valid PDF file"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.md: no such file or folder"))) << qPrintable(r.err);
    r = runStratos({"import-docs", writeFile(dir.filePath("empty/x.csv"), "a,b\n"), "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    r = runStratos({"import-docs", "--db", db});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count('\n'), 1) << qPrintable(r.err);
    r = runStratos({"import-docs", good, "--bogus", "--db", db});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(ImportDocsCli, SeedArticlesImportWithTheirHeadlines)
{
    const QString seeds = sharedFile("seeds");
    STRATOS_SKIP_WITHOUT(seeds);
    QTemporaryDir dir;
    QStringList args{"import-docs"};
    for (const QString &f : QDir(seeds).entryList({"*.txt"}, QDir::Files, QDir::Name))
        args << QDir(seeds).filePath(f);
    args << "--db" << dir.filePath("s.sqlite");
    const auto r = runStratos(args);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QStringList lines = r.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 5);
    static const QRegularExpression line(QStringLiteral("^added: .{10,} \\(\\d+ passages\\)$"));
    for (const QString &l : lines)
        EXPECT_TRUE(line.match(l).hasMatch()) << qPrintable(l);
    EXPECT_TRUE(r.out.contains(QStringLiteral("added: AI's Sputnik Moment (")));
}
