// Two users on one team store (issue 19): Bob's `stratos import` in another
// process reaches Alice's open window through LISTEN/NOTIFY, which refreshes
// the pages that show prices and says so, naming him, in the status bar.
#include "main_window.h"
#include "pages/markets_page.h"
#include "store.h"
#include "store_backends.h"
#include "test_env.h"
#include "widgets/check_list_button.h"

#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;

namespace {

bool listed(QListWidget *list, const QString &symbol)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(symbol) || list->item(i)->data(Qt::UserRole).toString() == symbol)
            return true;
    return false;
}

} // namespace

TEST(PgWindowRefresh, AnotherUsersImportRefreshesTheOpenWindow)
{
    TestStoreLocation where(Backend::Postgres, /*seeded=*/true);
    if (where.skipped())
        GTEST_SKIP() << qPrintable(where.error());
    ASSERT_TRUE(where.ok()) << qPrintable(where.error());
    auto alice = Store::open(where.location());
    ASSERT_TRUE(alice.ok()) << qPrintable(alice.error().toString());
    MainWindow w(**alice);
    w.resize(1400, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_TRUE(w.showPage(QStringLiteral("markets")));
    auto *markets = static_cast<MarketsPage *>(w.page(QStringLiteral("markets")));
    auto *list = markets->securities()->findChild<QListWidget *>();
    ASSERT_TRUE(list);
    ASSERT_GT(list->count(), 0);
    ASSERT_FALSE(listed(list, QStringLiteral("ZZTS")));

    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("ZZTS.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("Date,Open,High,Low,Close,Volume\n");
    for (int d = 1; d <= 28; ++d)
        csv.write(QStringLiteral("2025-02-%1,10,11,9,10.5,1000\n").arg(d, 2, 10, QLatin1Char('0')).toUtf8());
    csv.close();
    QProcess bob;
    bob.start(binaryPath(), {QStringLiteral("import"), QStringLiteral("--db"), where.location(), csv.fileName()});
    QElapsedTimer clock;
    clock.start();
    while (bob.state() != QProcess::NotRunning && clock.elapsed() < 120000)
        QTest::qWait(20); // Alice's event loop keeps running meanwhile
    ASSERT_EQ(bob.exitCode(), 0) << bob.readAllStandardError().constData();
    clock.restart();
    while (!listed(list, QStringLiteral("ZZTS")) && clock.elapsed() < 15000)
        QTest::qWait(20);
    EXPECT_TRUE(listed(list, QStringLiteral("ZZTS"))) << "Alice's markets page did not learn of Bob's import";
    std::printf("Alice's window listed Bob's new security %lld ms after his import ended\n", qlonglong(clock.elapsed()));
    // Who did it, as the server knows them: the same role here.
    QSqlQuery who((*alice)->database());
    ASSERT_TRUE(who.exec(QStringLiteral("SELECT current_user")) && who.next());
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(
        QStringLiteral("Updated by another user (%1): prices").arg(who.value(0).toString())))
        << qPrintable(w.statusBar()->currentMessage());
}
