// The start-up problem dialog on real damaged, unreadable-for-writing and
// locked stores, driven by keyboard; and File → Restore from backup.
#include "main_window.h"
#include "store.h"
#include "store/backup_list_dialog.h"
#include "store/store_problem_dialog.h"
#include "store/store_startup.h"
#include "store_backup.h"
#include "store_safety_fixtures.h"

#include <QApplication>
#include <QPushButton>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace stratos;
using namespace stratos::test;
using Choice = StoreProblemDialog::Choice;

namespace {

StoreHealth healthOf(const QString &path)
{
    StoreHealth h;
    auto store = Store::open(path, Store::Options{}, &h);
    EXPECT_FALSE(store.ok());
    return h;
}

// Presses Return in the next modal dialog that opens (the backup list).
void acceptNextModalWithReturn(QString *seenTitle)
{
    QTimer::singleShot(0, [seenTitle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *list = qobject_cast<BackupListDialog *>(modal)) {
            *seenTitle = list->windowTitle();
            QTest::keyClick(list->list(), Qt::Key_Return);
        } else if (modal) {
            modal->close();
        }
    });
}

} // namespace

TEST(StoreProblemDialog, DamagedStoreDefaultsToRestoringTheNewestBackupByKeyboard)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ASSERT_TRUE(createBackup(path).ok());
    auto newest = createBackup(path);
    ASSERT_TRUE(newest.ok());
    overwrite(path, 12 * 4096, garbage(2 * 4096));

    StoreProblemDialog dialog(healthOf(path));
    EXPECT_NE(dialog.button(Choice::RestoreBackup), nullptr);
    EXPECT_NE(dialog.button(Choice::CreateNew), nullptr);
    EXPECT_NE(dialog.button(Choice::OpenAnother), nullptr);
    EXPECT_EQ(dialog.button(Choice::OpenReadOnly), nullptr) << "a damaged file is not for reading";
    EXPECT_EQ(dialog.button(Choice::TryAgain), nullptr);
    EXPECT_EQ(dialog.defaultChoice(), Choice::RestoreBackup);
    EXPECT_TRUE(dialog.button(Choice::RestoreBackup)->isDefault());
    EXPECT_TRUE(dialog.button(Choice::RestoreBackup)->toolTip().contains("2 backups"))
        << qPrintable(dialog.button(Choice::RestoreBackup)->toolTip());

    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QString listTitle;
    acceptNextModalWithReturn(&listTitle);
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(listTitle, QStringLiteral("Restore from backup"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice(), Choice::RestoreBackup);
    EXPECT_EQ(dialog.chosenPath(), newest->path) << "newest first, preselected";
}

TEST(StoreProblemDialog, NotSqliteWithoutBackupsDefaultsToAnotherStoreAndEscapeQuits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("letter.sqlite");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Dear reader,\n");
    }
    StoreProblemDialog dialog(healthOf(path));
    ASSERT_NE(dialog.button(Choice::RestoreBackup), nullptr);
    EXPECT_FALSE(dialog.button(Choice::RestoreBackup)->isEnabled()) << "no backups to restore";
    EXPECT_EQ(dialog.defaultChoice(), Choice::OpenAnother);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.choice(), Choice::Quit);
}

TEST(StoreProblemDialog, LockedStoreOffersTryAgainAndReadOnly)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    LockHolder holder(path);
    if (!holder.holding())
        GTEST_SKIP() << "the sqlite3 command-line program is not installed";
    StoreProblemDialog dialog(healthOf(path));
    EXPECT_EQ(dialog.defaultChoice(), Choice::TryAgain);
    EXPECT_NE(dialog.button(Choice::OpenReadOnly), nullptr);
    EXPECT_EQ(dialog.button(Choice::CreateNew), nullptr) << "a locked store is not damaged";
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.button(Choice::OpenReadOnly), Qt::LeftButton);
    EXPECT_EQ(dialog.choice(), Choice::OpenReadOnly);
}

TEST(StoreProblemDialog, ReadOnlyFileDefaultsToOpenReadOnly)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    ReadOnlyGuard guard(path);
    if (!guard.ok())
        GTEST_SKIP() << "cannot make a file read-only here";
    StoreProblemDialog dialog(healthOf(path));
    EXPECT_EQ(dialog.defaultChoice(), Choice::OpenReadOnly);
    EXPECT_EQ(dialog.button(Choice::RestoreBackup), nullptr);
}

TEST(StoreRestoreMenu, FileRestoreFromBackupAsksForTheBackupAndRequestsIt)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    auto backup = createBackup(path);
    ASSERT_TRUE(backup.ok());
    auto store = Store::open(path);
    ASSERT_TRUE(store.ok());
    MainWindow window(**store);
    QAction *restore = window.menuBar()->findChild<QAction *>("restoreAction");
    ASSERT_NE(restore, nullptr);
    EXPECT_TRUE(restore->isEnabled());
    QSignalSpy spy(&window, &MainWindow::restoreRequested);
    QString listTitle;
    acceptNextModalWithReturn(&listTitle);
    restore->trigger();
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.first().first().toString(), backup->path);
}

// The whole start-up path with the real dialogs: Return in the problem dialog
// (restore, the default), Return in the backup list, OK on the report; the
// store that comes back holds the backup's rows and the damaged file is kept.
TEST(StoreStartup, DamagedStoreIsRestoredFromTheProblemDialogByKeyboard)
{
    QTemporaryDir dir;
    const QString path = copySeeded(dir);
    auto backup = createBackup(path);
    ASSERT_TRUE(backup.ok());
    overwrite(path, 16 * 4096, garbage(2 * 4096));
    const QByteArray damaged = sha256OfFile(path);

    QStringList seen, reports;
    // Every dialog answered so far: a dialog that becomes active again after a
    // nested one closed (slow machines, sanitizers) was already answered.
    QList<QPointer<QWidget>> answered;
    QTimer driver; // answers whichever dialog is up, as a user at the keyboard would
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || answered.contains(QPointer<QWidget>(modal)))
            return;
        answered << modal;
        if (qobject_cast<StoreProblemDialog *>(modal))
            seen << "problem";
        else if (qobject_cast<BackupListDialog *>(modal))
            seen << "list";
        else if (auto *box = qobject_cast<QMessageBox *>(modal))
            reports << box->text();
        else
            return;
        // Queued: a key that opens a nested dialog must not block this timer.
        QTimer::singleShot(0, modal, [modal] { QTest::keyClick(modal, Qt::Key_Return); });
    });
    driver.start(20);
    StoreRequest request{path, false, {}};
    std::unique_ptr<Store> store = openStoreInteractively(request);
    driver.stop();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(seen, (QStringList{"problem", "list"}));
    ASSERT_EQ(reports.size(), 1);
    EXPECT_TRUE(reports.first().contains("The damaged file was renamed to")) << qPrintable(reports.first());
    EXPECT_FALSE(store->readOnly());
    EXPECT_GT(scalarOf(store->database(), "SELECT count(*) FROM launch").toInt(), 1000);
    QDir folder(dir.path());
    const QStringList aside = folder.entryList({"store.sqlite.damaged-*"}, QDir::Files);
    ASSERT_EQ(aside.size(), 1) << qPrintable(aside.join(", "));
    EXPECT_EQ(sha256OfFile(folder.filePath(aside.first())), damaged);
}
