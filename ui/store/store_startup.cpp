#include "store_startup.h"

#include "config/team_store_url.h"
#include "store_backup.h"
#include "store_problem_dialog.h"
#include "perf/first_paint_probe.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

namespace stratos {

namespace {

// A store that does not exist yet, or one with an older schema: creating,
// migrating and seeding it takes a second or more, too long for a blank screen.
bool needsPreparing(const StoreRequest &request)
{
    if (request.readOnly)
        return false;
    if (isTeamStoreUrl(request.path))
        return true; // a new team store takes its seed; one up to date opens at once
    if (!QFileInfo::exists(request.path))
        return true;
    const SqliteHeader h = readSqliteHeader(request.path);
    return h.sqlite && h.damage.isEmpty() && h.userVersion > 0 && h.userVersion < Store::latestSchemaVersion();
}

// Creates/migrates and seeds the store on a worker (its own connection, closed
// there) behind a progress window; the GUI thread then opens a ready file.
// A failure is not reported here: the open that follows meets it again and
// says so with the problem dialog.
void prepareWithProgress(const QString &path, const QString &password)
{
    QProgressDialog progress(QApplication::translate("StoreStartup", "Setting up the store with the built-in dataset…"),
                             QString(), 0, 0);
    progress.setWindowTitle(QStringLiteral("Stratos"));
    progress.setMinimumDuration(0);
    watchFirstPaint(&progress, "progress");
    progress.show();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, password] {
        Store::Options options;
        options.password = password;
        (void)Store::open(path, options);
    }));
    if (!watcher.isFinished())
        loop.exec();
}

// The server refused for want of a password that libpq could not find.
bool needsPassword(const QString &message)
{
    return message.contains(QLatin1String("no password supplied"))
           || message.contains(QLatin1String("password authentication failed"));
}

} // namespace

std::unique_ptr<Store> openStoreInteractively(StoreRequest &request)
{
    for (;;) {
        if (needsPreparing(request))
            prepareWithProgress(request.path, request.password);
        StoreHealth health;
        Store::Options options;
        options.readOnly = request.readOnly;
        options.deferWeeklyCheck = true; // runWeeklyCheck, once the window shows
        options.password = request.password;
        auto store = Store::open(request.path, options, &health);
        if (store)
            return std::move(*store);
        if (isTeamStoreUrl(request.path)) {
            // A server, not a file: the file problems' dialog has nothing to offer.
            // A missing password is asked for once, for this session only.
            if (request.password.isEmpty() && needsPassword(store.error().message)) {
                bool ok = false;
                const QString password = QInputDialog::getText(
                    nullptr, QStringLiteral("Stratos"),
                    QApplication::translate("StoreStartup", "Password for %1 (used until Stratos closes, never saved; "
                                                            "~/.pgpass avoids this question):")
                        .arg(Store::displayNameOf(request.path)),
                    QLineEdit::Password, {}, &ok);
                if (ok && !password.isEmpty()) {
                    request.password = password;
                    continue;
                }
                return nullptr;
            }
            QMessageBox::critical(nullptr, QStringLiteral("Stratos"),
                                  QApplication::translate("StoreStartup", "The team store could not be opened.\n\n%1")
                                      .arg(store.error().message));
            return nullptr;
        }
        if (health.ok()) { // not about the file (a failed upgrade, a full disk…)
            QMessageBox::critical(nullptr, QStringLiteral("Stratos"),
                                  QApplication::translate("StoreStartup", "The store could not be opened.\n\n%1")
                                      .arg(store.error().toString()));
            return nullptr;
        }
        StoreProblemDialog dialog(health);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        switch (dialog.choice()) {
        case StoreProblemDialog::Choice::Quit:
            return nullptr;
        case StoreProblemDialog::Choice::TryAgain:
            break;
        case StoreProblemDialog::Choice::OpenReadOnly:
            request.readOnly = true;
            break;
        case StoreProblemDialog::Choice::OpenAnother:
            request = StoreRequest{dialog.chosenPath(), false, {}};
            break;
        case StoreProblemDialog::Choice::RestoreBackup:
            restoreWithProgress(nullptr, request.path, dialog.chosenPath());
            break;
        case StoreProblemDialog::Choice::CreateNew: {
            auto moved = moveAside(request.path, QStringLiteral("damaged"));
            if (!moved)
                QMessageBox::critical(nullptr, QStringLiteral("Stratos"), moved.error().toString());
            else
                QMessageBox::information(nullptr, QStringLiteral("Stratos"),
                                         QApplication::translate("StoreStartup",
                                                                 "The old file was renamed to %1. A new "
                                                                 "store is created in its place.")
                                             .arg(QDir::toNativeSeparators(*moved)));
            break;
        }
        }
    }
}

bool restoreWithProgress(QWidget *parent, const QString &storePath, const QString &backupPath)
{
    QProgressDialog progress(QApplication::translate("StoreStartup", "Restoring the backup…"), QString(), 0, 0, parent);
    progress.setWindowTitle(QStringLiteral("Stratos"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    // Result<> has no default value, which QFuture needs: the outcome is a plain struct.
    struct Outcome
    {
        bool restored = false;
        QString text; // what happened, or why not
    };
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([storePath, backupPath]() -> Outcome {
        auto r = restoreBackup(storePath, backupPath);
        if (!r)
            return {false, r.error().toString()};
        QString text = QApplication::translate("StoreStartup", "Restored the backup %1.")
                           .arg(QFileInfo(backupPath).fileName());
        if (!r->safetyBackup.isEmpty())
            text += QLatin1Char(' ') + QApplication::translate("StoreStartup", "The store as it was is saved as %1.")
                                           .arg(QDir::toNativeSeparators(r->safetyBackup));
        if (!r->movedAside.isEmpty())
            text += QLatin1Char(' ') + QApplication::translate("StoreStartup", "The damaged file was renamed to %1.")
                                           .arg(QDir::toNativeSeparators(r->movedAside));
        return {true, text};
    }));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    const Outcome outcome = watcher.result();
    if (!outcome.restored)
        QMessageBox::critical(parent, QStringLiteral("Stratos"),
                              QApplication::translate("StoreStartup", "The backup was not restored.\n\n%1")
                                  .arg(outcome.text));
    else
        QMessageBox::information(parent, QStringLiteral("Stratos"), outcome.text);
    return outcome.restored;
}

void runWeeklyCheck(Store &store, QWidget *window)
{
    if (!store.fullCheckDue())
        return;
    auto *watcher = new QFutureWatcher<StoreHealth>(window);
    QObject::connect(watcher, &QFutureWatcher<StoreHealth>::finished, window, [&store, window, watcher] {
        watcher->deleteLater();
        const StoreHealth h = watcher->result();
        if (h.ok()) {
            store.noteFullCheck(QDateTime::currentDateTimeUtc());
        } else if (h.problem == StoreProblem::Damaged) {
            QMessageBox::warning(window, QStringLiteral("Stratos"),
                                 QApplication::translate("StoreStartup",
                                                         "The weekly check of the store found damage (%1).\n\n"
                                                         "Copy out what you need, then restore a backup with File → "
                                                         "Restore from backup…")
                                     .arg(h.detail));
        } // anything else (a lock held elsewhere): still due, checked at the next start
    });
    watcher->setFuture(QtConcurrent::run([path = store.path()] { return checkStoreFile(path); }));
}

} // namespace stratos
