#include "main_window.h"
#include "team/store_watcher.h"

#include "about_text.h"
#include "charts/chart_link.h"
#include "charts/chart_view.h"
#include "import/import_dialog.h"
#include "import/import_history_dialog.h"
#include "update/update_dialog.h"
#include "feed_store.h"
#include "docimport/document_importer.h"
#include "pages/ask_page.h"
#include "pages/lazy_page.h"
#include "pages/library_page.h"
#include "pages/markets_page.h"
#include "pages/models_page.h"
#include "pages/overview_page.h"
#include "pages/space_page.h"
#include "pages/timeline_page.h"
#include "repository.h"
#include "series_ends.h"
#include "store.h"
#include "store/backup_list_dialog.h"
#include "store_backup.h"
#include "web/web_ready_window.h"
#include "widgets/shortcuts_dialog.h"
#include "widgets/store_counts_label.h"

#include <QAction>
#include <QCloseEvent>
#include <QApplication>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QSettings>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QFileInfo>
#include "store/team_store_dialog.h"

#include <QLocale>
#include <QTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace stratos {

QStringList MainWindow::pageIds()
{
    return {"overview", "models", "markets", "space", "timeline", "library", "ask"};
}

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_repo(std::make_unique<Repository>(store.database()))
{
    setWindowTitle(QStringLiteral("Stratos"));
    if (store.isTeamStore()) // which shared store this window writes to, always in sight
        setWindowTitle(store.readOnlyUser().isEmpty()
                           ? tr("Stratos — team store %1").arg(store.displayName())
                           : tr("Stratos — team store %1 (read-only for user %2)")
                                 .arg(store.displayName(), store.readOnlyUser()));
    setAcceptDrops(true);
    // Web views (Ask panel, reader) claim Ctrl+digit for their pages; the
    // page-switching shortcuts must work wherever the focus is.
    qApp->installEventFilter(this);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(168); // the longest title fits; the pages get the rest of a 1024-pixel window
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack = new QStackedWidget;
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Pages are built when first shown (or asked for by page()); the titles are
    // the pages' own, in their translation contexts.
    // Each page says what data it shows, so another user's change reloads only
    // the pages that show it (claim checks, on the Library and timeline pages,
    // are re-run by every import; event markers are on the market and space charts).
    using K = ChangeKind;
    const auto slot = [](const char *id, const char *context, const char *title, ChangeKinds shows,
                         LazyPage::Factory make) {
        auto *p = new LazyPage(QString::fromLatin1(id), QCoreApplication::translate(context, title), std::move(make));
        p->setShows(shows);
        return p;
    };
    const ChangeKinds data = K::Prices | K::Models | K::Launches | K::Satellites;
    m_pages = {slot("overview", "stratos::OverviewPage", QT_TRANSLATE_NOOP("stratos::OverviewPage", "Overview"),
                    data | K::Events, [] { return new OverviewPage; }),
               slot("models", "stratos::ModelsPage", QT_TRANSLATE_NOOP("stratos::ModelsPage", "Models & costs"),
                    K::Models, [] { return new ModelsPage; }),
               slot("markets", "stratos::MarketsPage", QT_TRANSLATE_NOOP("stratos::MarketsPage", "Markets"),
                    K::Prices | K::Events, [] { return new MarketsPage; }),
               slot("space", "stratos::SpacePage", QT_TRANSLATE_NOOP("stratos::SpacePage", "Space"),
                    K::Launches | K::Satellites | K::Events, [] { return new SpacePage; }),
               slot("timeline", "stratos::TimelinePage", QT_TRANSLATE_NOOP("stratos::TimelinePage", "Timeline"),
                    everyChangeKind(), [] { return new TimelinePage; }),
               slot("library", "stratos::LibraryPage", QT_TRANSLATE_NOOP("stratos::LibraryPage", "Library"),
                    data | K::Documents, [&store] { return new LibraryPage(store); }),
               slot("ask", "stratos::AskPage", QT_TRANSLATE_NOOP("stratos::AskPage", "Ask"), K::Documents,
                    [&store] { return new AskPage(store); })};
    for (LazyPage *p : m_pages) {
        auto *item = new QListWidgetItem(p->title(), m_sidebar);
        item->setData(Qt::UserRole, p->id());
        item->setSizeHint(QSize(150, 40)); // narrower than the sidebar: no horizontal scroll bar
        m_stack->addWidget(p);
        connect(p, &Page::navigateTo, this, [this](const QString &id) { showPage(id); });
        connect(p, &Page::openRow, this, [this](const QString &id, const QString &kind, const QString &key) {
            if (showPage(id))
                page(id)->showRow(kind, key);
        });
        connect(p, &Page::openChart, this, &MainWindow::openChart);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Pages connect as they are built.
    connect(m_pages[pageIds().indexOf(QStringLiteral("library"))], &LazyPage::built, this, [this](Page *p) {
        connect(static_cast<LibraryPage *>(p), &LibraryPage::documentsChanged, this,
                [this] { reloadChanged(ChangeKind::Documents); });
    });
    // Every page and the status bar count the user's new event at once.
    connect(m_pages[pageIds().indexOf(QStringLiteral("timeline"))], &LazyPage::built, this, [this](Page *p) {
        connect(static_cast<TimelinePage *>(p), &TimelinePage::eventsChanged, this,
                [this] { reloadChanged(ChangeKind::Events); });
    });
    m_sidebar->setCurrentRow(0);

    m_storeLabel = new QLabel;
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setMinimumWidth(1); // a long path must not widen the window (the tooltip has it)
    m_countsLabel = new StoreCountsLabel(store);
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    buildMenus();
    reloadAll();
    // A team store: other users' imports and updates refresh this window.
    if (auto *watcher = StoreWatcher::create(store.database(), this)) {
        connect(watcher, &StoreWatcher::changed, this, &MainWindow::reloadChanged);
        connect(watcher, &StoreWatcher::message, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
        // While the server is away the store label says so; when it is back the
        // window's own connection is opened again before the pages reload.
        connect(watcher, &StoreWatcher::disconnected, this, [this] {
            m_offline = true;
            updateStoreLabel();
        });
        connect(watcher, &StoreWatcher::reconnected, this, [this] {
            m_offline = false;
            if (Status s = m_store.reconnect(); !s) {
                m_offline = true;
                statusBar()->showMessage(s.error().message, 15000);
            }
            updateStoreLabel();
        });
    }
    prepareForWebViews(this); // the Library and Ask pages show web views later
}

MainWindow::~MainWindow()
{
    m_backup.waitForFinished(); // it reads the store through its own connections
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import data…"), this, &MainWindow::chooseAndImport);
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    importAction->setEnabled(!m_store.readOnly());
    file->addAction(tr("Import &history…"), this, &MainWindow::showImportHistory);
    QAction *importDocs = file->addAction(tr("Import &documents…"), this, [this] {
        showPage(QStringLiteral("library"));
        libraryPage()->chooseFiles();
    });
    importDocs->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    file->addAction(tr("Import a &folder of documents…"), this, [this] {
        showPage(QStringLiteral("library"));
        libraryPage()->chooseFolder();
    });
    for (QAction *a : file->actions().mid(file->actions().size() - 2))
        a->setEnabled(!m_store.readOnly());
    file->addSeparator();
    QAction *team = file->addAction(tr("Open &team store…"), this, [this] {
        TeamStoreDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            emit openStoreRequested(dialog.url(), dialog.password());
    });
    team->setObjectName(QStringLiteral("openTeamStoreAction"));
    QAction *restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::chooseBackupToRestore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setEnabled(!m_store.readOnly() && !m_store.isTeamStore()); // a server's backups are pg_dump's
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    // Undo and redo are the timeline's (the only edits with history); from
    // another page they bring the timeline forward so the change is seen.
    // They join the menu when the timeline is built (before that there is
    // nothing to undo); opening the menu first builds it.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    connect(m_pages[pageIds().indexOf(QStringLiteral("timeline"))], &LazyPage::built, this, [this, edit](Page *p) {
        auto *timeline = static_cast<TimelinePage *>(p);
        for (QAction *a : {timeline->undoAction(), timeline->redoAction()}) {
            edit->addAction(a);
            connect(a, &QAction::triggered, this, [this] { showPage(QStringLiteral("timeline")); });
        }
    });
    connect(edit, &QMenu::aboutToShow, this, [this] { page(QStringLiteral("timeline")); });
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *p = m_pages[i];
        // "Models & costs": a literal ampersand, not a mnemonic.
        QAction *a = view->addAction(QString(p->title()).replace(u'&', QStringLiteral("&&")), this, [this, i] {
            m_sidebar->setCurrentRow(i);
            // The keyboard lands where the page is used (the Ask panel's question box).
            if (m_pages[i]->focusProxy())
                m_pages[i]->setFocus(Qt::ShortcutFocusReason);
        });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }
    view->addSeparator();
    QAction *reload = view->addAction(tr("&Reload data"), this, &MainWindow::reloadAll);
    reload->setShortcut(QKeySequence::Refresh);
    QMenu *data = menuBar()->addMenu(tr("&Data"));
    QAction *update = data->addAction(tr("&Update data…"), this, [this] { showUpdateDialog(false); });
    update->setObjectName(QStringLiteral("updateAction"));
    update->setShortcut(QKeySequence(tr("Ctrl+U")));
    update->setEnabled(!m_store.readOnly());
    if (!m_store.readOnly() && UpdateDialog::checkAtStart() && UpdateDialog::updatesAllowed().value_or(false))
        QTimer::singleShot(0, this, [this] { showUpdateDialog(true); });
    // The Ask page (and QtWebEngine) is built only when one of these is used.
    const auto askPage = [this] { return static_cast<AskPage *>(page(QStringLiteral("ask"))); };
    QMenu *askMenu = menuBar()->addMenu(tr("&Ask"));
    askMenu->addAction(tr("&Settings…"), this, [askPage] { askPage()->showSettings(); });
    askMenu->addAction(tr("&New conversation"), this, [this, askPage] {
        showPage(QStringLiteral("ask"));
        askPage()->newConversation();
    });
    askMenu->addAction(tr("&Export conversation…"), this, [askPage] { askPage()->exportConversation(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Stratos"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showUpdateDialog(bool checkNow)
{
    auto *dialog = new UpdateDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UpdateDialog::storeChanged, this, &MainWindow::reloadAll);
    dialog->show();
    if (checkNow)
        dialog->check();
}

void MainWindow::reloadAll()
{
    reloadChanged(everyChangeKind());
}

void MainWindow::reloadChanged(ChangeKinds changed)
{
    for (LazyPage *p : m_pages)
        if (p->shows(changed))
            p->reload(*m_repo); // a page off screen loads when next shown
    updateStatus();
}

void MainWindow::updateStoreLabel()
{
    // The state first: a long address is cut at the right by the counts, and
    // why nothing can be changed here (the user's role or the open) or that
    // the server is away must stay in sight.
    QStringList parts;
    if (!m_store.readOnlyUser().isEmpty())
        parts << tr("Read-only for user %1").arg(m_store.readOnlyUser());
    else if (m_store.readOnly())
        parts << tr("Read-only");
    if (m_offline)
        parts << tr("Connection lost, reconnecting…");
    parts << (m_store.isTeamStore() ? tr("Team store: %1").arg(m_store.displayName())
                                    : tr("Store: %1").arg(m_store.path()));
    m_storeLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateStatus()
{
    updateStoreLabel();
    m_storeLabel->setToolTip(m_store.displayName());
    const QLocale loc;
    QStringList asOf;
    // Each dataset's latest row, so a year-old store says so at a glance.
    const FeedStore feeds(m_store.database());
    for (const auto &[kind, name] : {std::pair{feeds::Kind::Epoch, tr("models")}, std::pair{feeds::Kind::Gcat, tr("launches")}}) {
        const QDate day = QDate::fromString(feeds.datasetAsOf(kind).left(10), Qt::ISODate);
        if (day.isValid())
            asOf << tr("%1 to %2").arg(name, loc.toString(day, QStringLiteral("d MMM yyyy")));
    }
    // Prices: the newest bar alone would hide a series that stopped earlier,
    // so the range of the series' last days, each one in the tooltip.
    QString pricesTip;
    if (auto ends = priceSeriesEnds(m_store.database()); ends) {
        const CoverageText prices = describeSeriesEnds(*ends, loc);
        if (!prices.text.isEmpty())
            asOf << prices.text;
        pricesTip = prices.toolTip;
    } else {
        qWarning("status bar: %s", qPrintable(ends.error().toString()));
    }
    m_countsLabel->setSuffix(asOf);
    m_countsLabel->setToolTip(pricesTip);
    m_countsLabel->refresh(); // the first count on a worker: count(*) of big tables must not delay a paint
}

bool MainWindow::showPage(const QString &id)
{
    const int i = int(pageIds().indexOf(id));
    if (i < 0)
        return false;
    m_sidebar->setCurrentRow(i);
    return true;
}

QString MainWindow::currentPageId() const
{
    return m_pages.value(m_stack->currentIndex()) ? m_pages[m_stack->currentIndex()]->id() : QString();
}

LazyPage *MainWindow::pageSlot(const QString &id) const
{
    const int i = int(pageIds().indexOf(id));
    return i < 0 ? nullptr : m_pages.value(i);
}

Page *MainWindow::page(const QString &id) const
{
    for (LazyPage *p : m_pages)
        if (p->id() == id)
            return p->page();
    return nullptr;
}

void MainWindow::chooseAndImport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDir")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import data"), dir,
        tr("Data files (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (m_store.readOnly()) {
        QMessageBox::information(this, tr("Import"), tr("This store is open read-only."));
        return;
    }
    auto *dialog = new ImportDialog(m_store.path(), files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::storeChanged, this, &MainWindow::reloadAll);
    dialog->open();
}

void MainWindow::showImportHistory()
{
    ImportHistoryDialog dialog(m_store.database(), this);
    connect(&dialog, &ImportHistoryDialog::storeChanged, this, &MainWindow::reloadAll);
    dialog.exec();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && key->key() >= Qt::Key_1 &&
            key->key() < Qt::Key_1 + pageIds().size()) {
            event->ignore(); // not overridden: the View menu's shortcut fires
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls())
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files, documents;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QFileInfo info(url.toLocalFile());
        if (!url.isLocalFile())
            continue;
        // Folders and .txt/.md/.html/.pdf go to the library; data files to the data import.
        if (info.isDir() || (info.isFile() && DocumentImporter::isLikelyDocument(info.filePath())))
            documents << info.filePath();
        else if (info.isFile())
            files << info.filePath();
    }
    if (files.isEmpty() && documents.isEmpty())
        return;
    event->acceptProposedAction();
    if (!documents.isEmpty()) {
        showPage(QStringLiteral("library"));
        libraryPage()->importPaths(documents);
    }
    if (!files.isEmpty())
        importFiles(files);
}

LibraryPage *MainWindow::libraryPage() const
{
    return static_cast<LibraryPage *>(page(QStringLiteral("library")));
}

void MainWindow::chooseBackupToRestore()
{
    BackupListDialog dialog(m_store.path(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedBackup().isEmpty())
        emit restoreRequested(dialog.selectedBackup());
}

void MainWindow::startDailyBackup()
{
    if (m_store.readOnly() || m_backup.isRunning() || !dailyBackupDue(m_store.path()))
        return;
    statusBar()->showMessage(tr("Backing up the store…"));
    m_backup = QtConcurrent::run([path = m_store.path()] {
        auto b = createBackup(path);
        return b ? tr("Backed up the store to %1").arg(b->path)
                 : tr("The daily backup failed: %1").arg(b.error().toString());
    });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        statusBar()->showMessage(watcher->result(), 10000);
        watcher->deleteLater();
    });
    watcher->setFuture(m_backup);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Stratos"));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutHtml());
    box.exec();
}

bool MainWindow::openChart(const QString &link)
{
    const QString pageId = ChartLink::parse(link).page();
    Page *p = page(pageId);
    if (!p)
        return false;
    showPage(pageId);
    // A link names what it shows: series hidden in a legend earlier come back.
    for (ChartView *view : p->findChildren<ChartView *>())
        view->showAllSeries();
    return p->showChart(link);
}

void MainWindow::restoreSession()
{
    if (!m_persistSession) // File > Quit may end the loop without a close event
        connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveSession);
    m_persistSession = true;
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    for (Page *p : m_pages) {
        s.beginGroup(QStringLiteral("pages/") + p->id());
        p->restoreState(s);
        s.endGroup();
    }
    showPage(s.value(QStringLiteral("window/page"), pageIds().first()).toString());
}

void MainWindow::saveSession() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/page"), currentPageId());
    for (Page *p : m_pages) {
        s.beginGroup(QStringLiteral("pages/") + p->id());
        p->saveState(s);
        s.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistSession)
        saveSession();
    QMainWindow::closeEvent(event);
}

} // namespace stratos
