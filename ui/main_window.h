#pragma once
// The main window: a sidebar of pages over a stack, the store path and row
// counts in the status bar, and the About box with data attributions.

#include "store_change.h"

#include <QFuture>
#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace stratos {

class Store;
class Repository;
class Page;
class LazyPage;
class LibraryPage;
class StoreCountsLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QStringList pageIds();
    bool showPage(const QString &id);
    QString currentPageId() const;
    Page *page(const QString &id) const;
    LibraryPage *libraryPage() const;
    void reloadAll();
    // Reloads the pages that show data of these kinds (the others keep theirs).
    void reloadChanged(ChangeKinds changed);
    // A page's slot (built or not), for what tests check of its loads.
    LazyPage *pageSlot(const QString &id) const;

    // Window geometry, last page and each page's chart choices, in QSettings.
    // Only a window that restored its session saves one on close (tests and
    // screenshots leave the user's settings alone).
    void restoreSession();
    void saveSession() const;

public slots:
    void showAbout();
    // Opens the page that has the chart and shows it ("markets.rebased?from=...", see ChartLink).
    bool openChart(const QString &link);
    void importFiles(const QStringList &files);
    void chooseAndImport();
    void showImportHistory();
    // Data → Update data… (Ctrl+U); checkNow starts a check at once.
    void showUpdateDialog(bool checkNow);
    // File → Restore from backup: the chosen backup goes out in restoreRequested;
    // the app closes this window and the store, restores, and opens a new window.
    void chooseBackupToRestore();
    // Backs the store up on a worker thread when the newest backup is a day old.
    void startDailyBackup();

signals:
    void restoreRequested(const QString &backupPath);
    // File → Open team store…: the app closes this window and its store and
    // opens the team store (the password, if typed, for this session only).
    void openStoreRequested(const QString &location, const QString &password);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void updateStatus();
    void updateStoreLabel();

    Store &m_store;
    std::unique_ptr<Repository> m_repo;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_storeLabel;
    StoreCountsLabel *m_countsLabel;
    QList<LazyPage *> m_pages; // built when first shown
    bool m_persistSession = false;
    bool m_offline = false; // a team store's server is away

    QFuture<QString> m_backup;
};

} // namespace stratos
