// The real binary and its web pages: QtWebEngine starts only for the pages that
// need it, and the screenshot options open a document at a span or ask a
// question and wait for the pages to finish before grabbing.
#include "test_env.h"

#include <QFile>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

const QStringList kWebLog{QStringLiteral("QT_LOGGING_RULES=qt.webenginecontext.debug=true")};

QString documentId(const QString &db, const QString &title)
{
    QString id;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ids"));
        c.setDatabaseName(db);
        QSqlQuery q(c);
        if (c.open() && q.exec(QStringLiteral("SELECT id FROM document WHERE title = '%1'").arg(title)) && q.next())
            id = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ids"));
    return id;
}

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY");
}

} // namespace

TEST(WebScreenshot, QtWebEngineStartsOnlyForTheLibraryAndAskPages)
{
    if (!haveDisplay())
        GTEST_SKIP() << "no display (make test runs this under xvfb-run)";
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    auto r = runStratos({"--db", db, "--screenshot", dir.filePath("o.png"), "--page", "overview"}, 120000, kWebLog);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_FALSE(r.err.contains(QLatin1String("webenginecontext"))) << qPrintable(r.err);
    r = runStratos({"--db", db, "--screenshot", dir.filePath("l.png"), "--page", "library"}, 120000, kWebLog);
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("webenginecontext"))) << "the reader starts it";
}

TEST(WebScreenshot, ReaderAtASpanAndAnAnsweredQuestion)
{
    if (!haveDisplay())
        GTEST_SKIP() << "no display (make test runs this under xvfb-run)";
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    const QString doc = dir.filePath("kuiper.md");
    {
        QFile f(doc);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("# Kuiper notes\n\nAmazon launched 27 Kuiper satellites on 28 April 2025 from Cape Canaveral.\n");
    }
    ASSERT_EQ(runStratos({"import-docs", doc, "--db", db}).exitCode, 0);
    const QString id = documentId(db, QStringLiteral("Kuiper notes"));
    ASSERT_FALSE(id.isEmpty());
    const QString png = dir.filePath("reader.png");
    auto r = runStratos({"--db", db, "--screenshot", png, "--open-document", id, "--span", "16-60"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_FALSE(r.err.contains(QLatin1String("did not finish"))) << qPrintable(r.err);
    EXPECT_FALSE(QImage(png).isNull());

    const QString ask = dir.filePath("ask.png");
    r = runStratos({"--db", db, "--screenshot", ask, "--ask", "How many Kuiper satellites did Amazon launch?"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_FALSE(r.err.contains(QLatin1String("did not finish"))) << qPrintable(r.err);
    EXPECT_FALSE(QImage(ask).isNull());
}

TEST(WebScreenshot, BadScenarioOptionsExit2)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("s.sqlite");
    for (const QStringList &args : QList<QStringList>{{"--open-document", "x"},
                                                      {"--open-document", "3", "--span", "9-2"},
                                                      {"--span", "1-2"},
                                                      {"--open-citation", "1"},
                                                      {"--ask", "q", "--open-document", "1"}}) {
        const auto r = runStratos(QStringList{"--db", db, "--screenshot", dir.filePath("x.png")} + args);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(args.join(' ')) << qPrintable(r.err);
        EXPECT_EQ(r.err.count(u'\n'), 1) << qPrintable(r.err);
    }
}
