// Data → Update data… driven by keyboard on the real main window, against a
// loopback server serving the reference files: Ctrl+U, Check, read the
// preview, untick a feed, Apply, then undo one feed from the import history.
// With STRATOS_SHOTS_DIR set it saves the dialog after Check (update.png).
#include "feed_store.h"
#include "feed_test_server.h"
#include "import/import_history_dialog.h"
#include "main_window.h"
#include "store.h"
#include "seed_reference.h"
#include "test_env.h"
#include "update/update_dialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace stratos;
using stratos::test::FeedTestServer;
using stratos::test::Route;

namespace {

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QByteArray readShared(const QString &relative)
{
    QFile f(stratos::test::sharedFile(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Route fileRoute(const QByteArray &body, const QByteArray &type)
{
    Route r;
    r.body = body;
    r.contentType = type;
    r.etag = "\"" + QByteArray::number(qHash(body), 16) + "\"";
    return r;
}

QTreeWidgetItem *rowNamed(QTreeWidget *tree, const QString &label)
{
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == label)
            return *it;
    return nullptr;
}

} // namespace

TEST(UpdateDialog, KeyboardCheckPreviewApplyAndUndo)
{
    const QByteArray epoch = readShared(QStringLiteral("reference/epoch/notable_ai_models_2026-07.csv"));
    const QByteArray gcat = readShared(QStringLiteral("reference/gcat/launchlog_2024_2026.tsv"));
    const QByteArray meta = readShared(QStringLiteral("reference/yahoo/META_1d_1y.json"));
    if (epoch.isEmpty() || gcat.isEmpty() || meta.isEmpty())
        GTEST_SKIP() << "shared reference data not found (../shared); skipped";
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("s.sqlite")));
    ASSERT_TRUE(opened.ok());
    Store &store = **opened;
    QSqlDatabase db = store.database();

    FeedTestServer server;
    server.setRoute(QStringLiteral("/models.csv"), fileRoute(epoch, "text/csv"));
    server.setRoute(QStringLiteral("/launchlog.tsv"), fileRoute(gcat, "text/tab-separated-values"));
    server.setRoute(QStringLiteral("/chart/META"), fileRoute(meta, "application/json"));
    Route busy;
    busy.status = 429;
    busy.reason = "Too Many Requests";
    busy.headers = {{"Retry-After", "120"}};
    server.setRoute(QStringLiteral("/chart/^IXIC"), busy);
    FeedStore feeds(db);
    ASSERT_TRUE(feeds.setUrl(QStringLiteral("models"), server.url(QStringLiteral("/models.csv")).toString()).ok());
    ASSERT_TRUE(feeds.setUrl(QStringLiteral("launches"), server.url(QStringLiteral("/launchlog.tsv")).toString()).ok());
    ASSERT_TRUE(feeds.setUrl(QStringLiteral("prices"), server.url(QStringLiteral("/chart/")).toString() +
                                                           QStringLiteral("{symbol}?period1={from}&period2={to}&interval=1d"))
                    .ok());
    auto tracked = feeds.trackedSymbols();
    ASSERT_TRUE(tracked.ok());
    for (const TrackedSymbol &t : std::as_const(*tracked)) {
        if (t.symbol != u"META" && t.symbol != u"^IXIC") {
            ASSERT_TRUE(feeds.untrack(t.symbol).ok());
        }
    }
    UpdateDialog::setUpdatesAllowed(true);

    MainWindow window(store);
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow(); // Xvfb has no window manager to do it
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window, 20000));
    QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier);
    UpdateDialog *dialog = window.findChild<UpdateDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog, 20000));
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog, 20000));
    EXPECT_EQ(server.requestCount(), 0) << "opening the dialog sends nothing";
    QTreeWidgetItem *modelsRow = rowNamed(dialog->feedList(), QStringLiteral("models"));
    ASSERT_NE(modelsRow, nullptr);
    ASSERT_TRUE(test::seedNewestModelDay().isValid());
    EXPECT_EQ(modelsRow->text(1), QLocale().toString(test::seedNewestModelDay(), QStringLiteral("d MMM yyyy")))
        << "a fresh store's models are as of the seed's newest release";
    const int modelsBefore = count(db, QStringLiteral("SELECT count(*) FROM ai_model"));
    const int launchesBefore = count(db, QStringLiteral("SELECT count(*) FROM launch"));

    QSignalSpy checked(dialog, &UpdateDialog::checkFinished);
    QTest::keyClick(dialog->windowHandle(), Qt::Key_K, Qt::AltModifier); // Chec&k
    ASSERT_TRUE(checked.wait(60000)) << "requests: " << server.requestCount() << ", check enabled: " << dialog->checkButton()->isEnabled() << ", focus: " << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    // models, launches, META, ^IXIC, and META again: the reference year's closes
    // differ from the seed's, so its whole history is fetched again.
    EXPECT_EQ(server.requestCount(), 5);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM ai_model")), modelsBefore) << "Check writes nothing";
    modelsRow = rowNamed(dialog->feedList(), QStringLiteral("models")); // Check reloads the list
    ASSERT_NE(modelsRow, nullptr);

    // The preview of the selected feed, moved to with the keyboard.
    dialog->feedList()->setFocus();
    dialog->feedList()->setCurrentItem(dialog->feedList()->topLevelItem(0));
    EXPECT_TRUE(dialog->detail()->text().contains(QStringLiteral("models")));
    ASSERT_NE(dialog->preview()->horizontalHeaderItem(0), nullptr) << qPrintable(dialog->detail()->text());
    EXPECT_EQ(dialog->preview()->horizontalHeaderItem(0)->text(), QStringLiteral("Model"));
    EXPECT_GT(dialog->preview()->rowCount(), 0);
    QTest::keyClick(dialog->feedList(), Qt::Key_Down);
    EXPECT_EQ(dialog->feedList()->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("launches"));
    ASSERT_NE(dialog->preview()->horizontalHeaderItem(0), nullptr) << qPrintable(dialog->detail()->text());
    EXPECT_EQ(dialog->preview()->horizontalHeaderItem(0)->text(), QStringLiteral("Tag"));
    QTreeWidgetItem *ixic = rowNamed(dialog->feedList(), QStringLiteral("prices ^IXIC"));
    ASSERT_NE(ixic, nullptr);
    EXPECT_EQ(ixic->text(3), QStringLiteral("HTTP 429 Too Many Requests (the server asks to wait 120 s) from 127.0.0.1"));
    if (const QString shots = qEnvironmentVariable("STRATOS_SHOTS_DIR"); !shots.isEmpty()) {
        dialog->feedList()->setCurrentItem(modelsRow);
        QApplication::processEvents();
        dialog->grab().save(shots + QStringLiteral("/update.png"));
        dialog->feedList()->setCurrentItem(dialog->feedList()->topLevelItem(1));
    }

    // Untick launches with Space, apply the rest with Alt+P.
    QTreeWidgetItem *launches = dialog->feedList()->currentItem();
    const bool launchesChanged = launches->flags() & Qt::ItemIsUserCheckable;
    if (launchesChanged) {
        EXPECT_EQ(launches->checkState(0), Qt::Checked);
        QTest::keyClick(dialog->feedList(), Qt::Key_Space);
        EXPECT_EQ(launches->checkState(0), Qt::Unchecked);
    }
    ASSERT_EQ(modelsRow->checkState(0), Qt::Checked);
    QSignalSpy applied(dialog, &UpdateDialog::applyFinished);
    QTest::keyClick(dialog->windowHandle(), Qt::Key_P, Qt::AltModifier);
    ASSERT_TRUE(applied.wait(60000));
    EXPECT_FALSE(applied.first().first().toBool()) << "the ^IXIC failure is reported";
    const int modelsAfter = count(db, QStringLiteral("SELECT count(*) FROM ai_model"));
    EXPECT_GT(modelsAfter, modelsBefore);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM launch")), launchesBefore) << "unticked: not written";
    EXPECT_TRUE(modelsRow->text(3).startsWith(QStringLiteral("applied: added ")));

    // Undo the models feed from the import history.
    ImportHistoryDialog history(db);
    QTableWidget *table = history.table();
    int modelsBatch = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->item(r, c) && table->item(r, c)->text() == QStringLiteral("feed-models.csv"))
                modelsBatch = r;
    ASSERT_GE(modelsBatch, 0);
    table->setFocus();
    table->setCurrentCell(modelsBatch, 0);
    QSignalSpy removed(&history, &ImportHistoryDialog::removeFinished); // the removal runs on a worker
    ASSERT_TRUE(history.removeSelected(false));
    ASSERT_TRUE(removed.wait(30000));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM ai_model")), modelsBefore);
    dialog->close();
}

TEST(UpdateDialog, FirstCheckAsksOnceAndNoMeansNothingIsSent)
{
    QTemporaryDir dir;
    Store::Options o;
    o.loadSeed = false;
    auto opened = Store::open(dir.filePath(QStringLiteral("s.sqlite")), o);
    ASSERT_TRUE(opened.ok());
    Store &store = **opened;
    FeedTestServer server;
    server.setRoute(QStringLiteral("/models.csv"), fileRoute("Model,Organization,Publication date\nA,B,2026-01-01\n", "text/csv"));
    FeedStore feeds(store.database());
    ASSERT_TRUE(feeds.setUrl(QStringLiteral("models"), server.url(QStringLiteral("/models.csv")).toString()).ok());
    QSettings().remove(QStringLiteral("updates/allowed"));
    ASSERT_FALSE(UpdateDialog::updatesAllowed().has_value());

    UpdateDialog dialog(store);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // The question names the hosts; answer No with the keyboard.
    QString asked;
    QTimer::singleShot(200, &dialog, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            QTest::keyClick(box, Qt::Key_Escape);
        }
    });
    QSignalSpy checked(&dialog, &UpdateDialog::checkFinished);
    dialog.check();
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_TRUE(asked.contains(QStringLiteral("127.0.0.1"))) << qPrintable(asked);
    ASSERT_TRUE(UpdateDialog::updatesAllowed().has_value());
    EXPECT_FALSE(*UpdateDialog::updatesAllowed());
    EXPECT_EQ(server.requestCount(), 0);
    ASSERT_FALSE(dialog.items().isEmpty());
    EXPECT_EQ(dialog.items().first().error, QStringLiteral("updates are turned off; nothing was sent"));

    // Asked once: a second Check does not ask again and still sends nothing.
    asked.clear();
    QTimer::singleShot(200, &dialog, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->reject();
        }
    });
    dialog.check();
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_EQ(server.requestCount(), 0);
    UpdateDialog::setUpdatesAllowed(true); // as the other test expects
}
