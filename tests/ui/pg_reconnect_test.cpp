// The team store's server stops under an open window and starts again (a
// private server, halted and resumed): the window says the connection is lost,
// then that it is back; its own connection works again, and another user's
// import made after the restart (`stratos import` in another process) reaches
// its Markets page.
#include "main_window.h"
#include "pages/markets_page.h"
#include "../unit/pg/pg_private_server.h"
#include "store.h"
#include "test_env.h"
#include "widgets/check_list_button.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

bool listed(QListWidget *list, const QString &symbol)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == symbol || list->item(i)->text().startsWith(symbol))
            return true;
    return false;
}

// PGPASSFILE for this test (and the processes it starts), as it was after.
struct PassFile
{
    QByteArray before = qgetenv("PGPASSFILE");
    explicit PassFile(const QString &path) { qputenv("PGPASSFILE", path.toLocal8Bit()); }
    ~PassFile() { qputenv("PGPASSFILE", before); }
};

} // namespace

TEST(PgReconnect, TheWindowSaysTheServerWentAwayAndCameBackAndWorksAgain)
{
    PrivatePgServer server;
    if (server.unavailable())
        GTEST_SKIP() << qPrintable(server.error());
    ASSERT_TRUE(server.error().isEmpty()) << qPrintable(server.error());
    // A store URL never carries a password file: libpq finds it through PGPASSFILE.
    QUrl url(server.url());
    PassFile passFile(QUrlQuery(url).queryItemValue(QStringLiteral("passfile")));
    url.setQuery(QString());
    auto store = Store::open(url.toString());
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().toString());
    MainWindow w(**store);
    w.resize(1400, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(w.showPage(QStringLiteral("markets")));
    auto *list = static_cast<MarketsPage *>(w.page(QStringLiteral("markets")))->securities()->findChild<QListWidget *>();
    ASSERT_TRUE(list);
    auto *label = w.statusBar()->findChild<QLabel *>(QStringLiteral("storeLabel"));
    ASSERT_TRUE(label);
    const int securities = int(list->count());
    ASSERT_GT(securities, 0);
    QTest::qWait(300); // the window's listener is connected

    ASSERT_EQ(server.halt(), QString());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return label->text().startsWith(QStringLiteral("Connection lost, reconnecting… · Team store: ")); }, 10000))
        << qPrintable(label->text());
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("reconnecting when the server is back")))
        << qPrintable(w.statusBar()->currentMessage());

    ASSERT_EQ(server.resume(), QString());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return w.statusBar()->currentMessage() == QStringLiteral("Connected to the team store again"); }, 20000))
        << qPrintable(w.statusBar()->currentMessage());
    EXPECT_FALSE(label->text().contains(QStringLiteral("Connection lost"))) << qPrintable(label->text());
    // The pages reloaded on reconnecting read through the window's connection:
    // a dead one would have left them empty.
    EXPECT_EQ(list->count(), securities);
    QSqlQuery q((*store)->database());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM security")) && q.next())
        << "the window's own connection works again";

    // Another user's import after the restart reaches the open window.
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("ZZRC.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Date,Open,High,Low,Close,Volume\n2025-03-03,10,11,9,10.5,1000\n2025-03-04,10.5,11,10,10.8,900\n");
    csv.close();
    QProcess bob;
    bob.start(binaryPath(), {QStringLiteral("import"), QStringLiteral("--db"), url.toString(), csv.fileName()});
    QElapsedTimer clock;
    clock.start();
    while (bob.state() != QProcess::NotRunning && clock.elapsed() < 120000)
        QTest::qWait(20);
    ASSERT_EQ(bob.exitCode(), 0) << bob.readAllStandardError().constData();
    EXPECT_TRUE(QTest::qWaitFor([&] { return listed(list, QStringLiteral("ZZRC")); }, 15000))
        << "Alice's markets page did not learn of Bob's import after the restart";
}
