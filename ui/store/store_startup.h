#pragma once
// Opening the store for the window: on a problem the StoreProblemDialog asks
// what to do and this acts on it, until a store opens or the user quits.

#include "store.h"

#include <QString>
#include <memory>

class QWidget;

namespace stratos {

struct StoreRequest
{
    QString path; // a file, or a team store's postgresql:// URL
    bool readOnly = false;
    QString password; // a team store's, typed for this session only (never saved)
};

// Null when the user quit. request is updated to what was finally opened.
std::unique_ptr<Store> openStoreInteractively(StoreRequest &request);

// Restores a backup off the GUI thread behind a busy progress dialog and says
// how it went (where the previous store was saved). No connection to the
// store may be open. Returns whether the store was replaced.
bool restoreWithProgress(QWidget *parent, const QString &storePath, const QString &backupPath);

// The weekly full check of a store that was opened without it (see
// Store::fullCheckDue), on a worker; damage found is reported to the user.
void runWeeklyCheck(Store &store, QWidget *window);

} // namespace stratos
