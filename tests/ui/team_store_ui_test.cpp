// File → Open team store… (issue 19), driven the way a user does it: the form
// filled from the keyboard, Open clicked with the mouse; then the window on
// the team store says which one it is, and a worker's connection finds the
// password typed for the session (none in a file: PGPASSFILE is unset).
#include "main_window.h"
#include "pg_test_server.h"
#include "store.h"
#include "store/team_store_dialog.h"
#include "store_backends.h"
#include "worker_connection.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

// The password the test server's .pgpass holds (host:port:db:user:password).
QString serverPassword()
{
    QFile f(test::pgTestServer().passFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readLine()).trimmed().section(u':', 4);
}

// Runs `fill` on the team store form once it is up (it is modal).
void whenTheFormShows(std::function<void(TeamStoreDialog *)> fill)
{
    QTimer::singleShot(50, [fill] {
        auto *dialog = qobject_cast<TeamStoreDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog) << "the team store form is not showing";
        fill(dialog);
    });
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void clickOpen(TeamStoreDialog *dialog)
{
    QPushButton *open = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    QTest::mouseClick(open, Qt::LeftButton);
}

} // namespace

TEST(TeamStoreUi, TheFormOpensTheTeamStoreWithASessionPasswordAndTheWindowNamesIt)
{
    test::TestStoreLocation team(test::Backend::Postgres, true);
    if (team.skipped())
        GTEST_SKIP() << qPrintable(team.error());
    ASSERT_TRUE(team.ok()) << qPrintable(team.error());
    const QUrl where(team.location());
    const QString password = serverPassword();
    ASSERT_FALSE(password.isEmpty());

    QTemporaryDir dir;
    Store::Options seedless;
    seedless.loadSeed = false;
    auto local = Store::open(dir.filePath(QStringLiteral("local.sqlite")), seedless);
    ASSERT_TRUE(local) << qPrintable(local.error().toString());
    MainWindow window(**local);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("team store")));
    QSignalSpy requested(&window, &MainWindow::openStoreRequested);

    bool refusedEmptyHost = false;
    whenTheFormShows([&](TeamStoreDialog *dialog) {
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("host")), QString());
        clickOpen(dialog); // no host: the form says so and stays
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        refusedEmptyHost = dialog->isVisible() && error->isVisible() && error->text().contains(QStringLiteral("host"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("host")), where.host());
        typeInto(dialog->findChild<QSpinBox *>(QStringLiteral("port")), QString::number(where.port()));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("database")), where.path().mid(1));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("user")), where.userName());
        auto *ssl = dialog->findChild<QComboBox *>(QStringLiteral("sslmode"));
        ssl->setFocus();
        while (ssl->currentText() != QLatin1String("disable") && ssl->currentIndex() < ssl->count() - 1)
            QTest::keyClick(ssl, Qt::Key_Down);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("password")), password);
        clickOpen(dialog);
    });
    QAction *openTeam = window.findChild<QAction *>(QStringLiteral("openTeamStoreAction"));
    ASSERT_TRUE(openTeam);
    openTeam->trigger();
    EXPECT_TRUE(refusedEmptyHost);
    ASSERT_EQ(requested.size(), 1);
    const QString url = requested.first().at(0).toString();
    EXPECT_EQ(requested.first().at(1).toString(), password);
    EXPECT_FALSE(url.contains(password)) << "the password never goes into the URL";
    EXPECT_EQ(url, QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                        .arg(where.userName(), where.host())
                        .arg(where.port())
                        .arg(where.path().mid(1)));

    // Only the typed password can open it now: no .pgpass.
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qunsetenv("PGPASSFILE");
    {
        auto without = Store::open(url);
        EXPECT_FALSE(without) << "the server wants a password";
        Store::Options o;
        o.password = password;
        auto opened = Store::open(url, o);
        ASSERT_TRUE(opened) << qPrintable(opened.error().toString());
        MainWindow teamWindow(**opened);
        teamWindow.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&teamWindow));
        EXPECT_TRUE(teamWindow.windowTitle().contains(QStringLiteral("team store postgresql://"))) << qPrintable(teamWindow.windowTitle());
        bool labelled = false;
        for (QLabel *l : teamWindow.findChildren<QLabel *>())
            labelled = labelled || l->text().startsWith(QStringLiteral("Team store: postgresql://%1@").arg(where.userName()));
        EXPECT_TRUE(labelled) << "the status bar names the team store";
        // An import or update runs on a worker with its own connection: the
        // session's password reaches it, from memory.
        WorkerConnection worker(url);
        ASSERT_TRUE(worker.status()) << qPrintable(worker.status().error().message);
        QSqlQuery q(worker.db());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM event")) && q.next());
        EXPECT_GT(q.value(0).toInt(), 0);
    }
    qputenv("PGPASSFILE", passFile);
}
