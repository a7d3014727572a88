#include "pages/library_page.h"

#include "library/reader_document.h"
#include "library/document_conflict_dialog.h"
#include "library/document_import_job.h"
#include "library/document_table_model.h"
#include "library/library_columns.h"
#include "library/reader_view.h"
#include "library/search_results.h"
#include "library_store.h"
#include "store.h"
#include "text/document_text.h"
#include "widgets/record_views.h"
#include "widgets/coalesce_timer.h"

#include <QCheckBox>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace stratos {

LibraryPage::LibraryPage(Store &store, QWidget *parent)
    : Page(parent), m_store(store), m_library(std::make_unique<LibraryStore>(store.database()))
{
    m_docs = new DocumentTableModel(this);
    if (!store.readOnly())
        m_docs->setSaver([this](qint64 id, const DocumentEdit &e, qint64 version) {
            return m_library->saveMeta(id, e, version);
        });
    m_proxy = new DocumentFilterProxy(this);
    m_proxy->setSourceModel(m_docs);
    m_proxy->setSortRole(int(DocumentTableModel::Role::Sort));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    auto *top = new QHBoxLayout;
    m_search = newFilterEdit(tr("Search the documents (e.g. export controls, Kuiper, distillation)…"));
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_importFiles = new QPushButton(tr("Import files…"));
    m_importFolder = new QPushButton(tr("Import folder…"));
    for (QPushButton *b : {m_importFiles, m_importFolder}) {
        b->setEnabled(!store.readOnly());
        b->setToolTip(tr("Text, Markdown, HTML and PDF files; you can also drop them on the window"));
    }
    top->addWidget(m_search, 1);
    m_onlyDiffering = new QCheckBox(tr("Figures that differ"));
    m_onlyDiffering->setObjectName(QStringLiteral("onlyDiffering"));
    m_onlyDiffering->setToolTip(tr("Show only documents with figures that differ from the store's data"));
    connect(m_onlyDiffering, &QCheckBox::toggled, m_proxy, &DocumentFilterProxy::setOnlyDiffering);
    top->addWidget(m_onlyDiffering);
    top->addWidget(m_importFiles);
    top->addWidget(m_importFolder);
    layout->addLayout(top);
    m_resultsHint = new QLabel;
    m_resultsHint->setWordWrap(true);
    m_resultsHint->setEnabled(false);
    layout->addWidget(m_resultsHint);

    m_progressRow = new QWidget;
    auto *progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(260);
    auto *cancel = new QPushButton(tr("Cancel"));
    progress->addWidget(m_progressLabel, 1);
    progress->addWidget(m_progress);
    progress->addWidget(cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);
    m_importStatus = new QLabel;
    m_importStatus->setWordWrap(true);
    m_importStatus->hide();
    layout->addWidget(m_importStatus);

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DocumentTableModel::Date, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    sizeLibraryColumns(m_table);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *remove = new QAction(tr("Remove from library…"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    remove->setEnabled(!store.readOnly());
    m_table->addAction(remove);

    m_results = new SearchResultsModel(this);
    m_resultsView = new QListView;
    m_resultsView->setModel(m_results);
    m_resultsView->setItemDelegate(new SnippetDelegate(m_resultsView));
    m_resultsView->setResizeMode(QListView::Adjust);
    m_resultsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultsView->hide();

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_resultsView);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    m_reader = new ReaderView;
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_reader);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({620, 420}); // proportions: the splitter scales them to its width
    layout->addWidget(split, 1);

    m_debounce = new QTimer(this);
    coalesceCalls(*m_debounce, 180, this, &LibraryPage::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_importFiles, &QPushButton::clicked, this, &LibraryPage::chooseFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &LibraryPage::chooseFolder);
    connect(cancel, &QPushButton::clicked, this, [this, cancel] {
        m_queue.clear();
        if (m_job)
            m_job->cancel();
        cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling after the current file…"));
    });
    connect(this, &LibraryPage::importFinished, cancel, [cancel] { cancel->setEnabled(true); });
    connect(remove, &QAction::triggered, this, &LibraryPage::removeSelected);
    connect(m_docs, &DocumentTableModel::saveFailed, this, [this](const QString &message) {
        // Said beside the table, not in a modal box: the user is in the middle of editing.
        m_importStatus->setText(tr("Not saved: %1").arg(message));
        m_importStatus->setToolTip(QString());
        m_importStatus->show();
    });
    connect(m_docs, &DocumentTableModel::editConflict, this, [this](qint64 id, const DocumentEditConflict &conflict) {
        // After the editor has closed: the choice reloads the table.
        QTimer::singleShot(0, this, [this, id, conflict] { resolveConflict(id, conflict); });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &idx) {
        if (idx.isValid() && !m_opening)
            openDocument(idx.data(int(DocumentTableModel::Role::Id)).toLongLong());
    });
    connect(m_resultsView, &QListView::clicked, this, [this](const QModelIndex &idx) {
        openDocument(idx.data(int(SearchResultsModel::Role::DocumentId)).toLongLong(),
                     idx.data(int(SearchResultsModel::Role::Start)).toInt(),
                     idx.data(int(SearchResultsModel::Role::End)).toInt());
    });
    connect(m_resultsView, &QListView::activated, m_resultsView, &QListView::clicked);
    loadDocuments();
    search();
}

LibraryPage::~LibraryPage() = default;

void LibraryPage::reload(const Repository &)
{
    loadDocuments();
    search();
}

void LibraryPage::resolveConflict(qint64 id, const DocumentEditConflict &conflict)
{
    DocumentConflictDialog dialog(conflict, this);
    if (dialog.exec() == QDialog::Accepted && dialog.choice() == DocumentConflictDialog::Choice::KeepMine) {
        // Saved against the version the user was shown: a third change meanwhile is caught again.
        auto saved = m_library->saveMeta(id, conflict.mine, conflict.theirVersion);
        const QString problem = !saved ? saved.error().message
                                : saved->conflict ? tr("it was changed again meanwhile; the table shows it now")
                                                  : QString();
        if (!problem.isEmpty()) {
            m_importStatus->setText(tr("Not saved: %1").arg(problem));
            m_importStatus->show();
        }
    }
    loadDocuments(); // the table shows what the store now holds
}

void LibraryPage::loadDocuments()
{
    const qint64 current = m_table->currentIndex().data(int(DocumentTableModel::Role::Id)).toLongLong();
    m_docs->setRows(m_library->documents());
    m_docs->setRowVersions(m_library->rowVersions());
    m_docs->setClaimCounts(ClaimStore(m_store.database()).countsByDocument());
    m_table->resizeColumnsToContents();
    const std::pair<int, int> caps[] = {{DocumentTableModel::Title, 330}, {DocumentTableModel::Authors, 140},
                                        {DocumentTableModel::Publisher, 120},
                                        {DocumentTableModel::File, 200}, {DocumentTableModel::Url, 220}};
    for (const auto &[column, cap] : caps)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), cap));
    for (int r = 0; r < m_proxy->rowCount() && current; ++r)
        if (m_proxy->index(r, 0).data(int(DocumentTableModel::Role::Id)).toLongLong() == current) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->setCurrentIndex(m_proxy->index(r, 0));
        }
}

void LibraryPage::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_results->setHits({});
        m_proxy->setAllowedIds(std::nullopt);
        m_resultsView->hide();
        m_resultsHint->setText(tr("%n document(s). Type to search their passages; click a result to read it "
                                  "with the match highlighted. Double-click a title, publisher, date or URL to "
                                  "correct it.", nullptr, m_docs->rowCount()));
        emit searchFinished();
        return;
    }
    const Result<QList<PassageHit>> found = m_library->search(text, 60);
    if (!found) {
        m_results->setHits({});
        m_proxy->setAllowedIds(QSet<qint64>{});
        m_resultsView->hide();
        m_resultsHint->setText(tr("The search failed: %1").arg(found.error().message));
        emit searchFinished();
        return;
    }
    const QList<PassageHit> &hits = found.value();
    QSet<qint64> ids;
    for (const PassageHit &h : hits)
        ids.insert(h.documentId);
    m_results->setHits(hits);
    m_proxy->setAllowedIds(ids);
    m_resultsView->setVisible(!hits.isEmpty());
    m_resultsHint->setText(hits.isEmpty() ? tr("No passage matches “%1”.").arg(text)
                                          : tr("%n passage(s) in %1 document(s) match; click one to read it in "
                                               "context.", nullptr, int(hits.size())).arg(ids.size()));
    emit searchFinished();
}

bool LibraryPage::openDocument(qint64 id, int start, int end)
{
    const auto row = m_library->document(id);
    if (!row)
        return false;
    m_reader->showDocument(readerDocument(m_store.database(), *row, m_library->text(id), start, end));
    // Keep the table's selection on the document being read.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, 0);
        if (idx.data(int(DocumentTableModel::Role::Id)).toLongLong() == id && m_table->currentIndex().row() != r) {
            m_opening = true;
            m_table->setCurrentIndex(idx);
            m_table->scrollTo(idx);
            m_opening = false;
        }
    }
    return true;
}

void LibraryPage::chooseFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import documents"), settings.value(QStringLiteral("library/lastDir")).toString(),
        tr("Documents (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("library/lastDir"), QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void LibraryPage::chooseFolder()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of documents"),
                                                          settings.value(QStringLiteral("library/lastDir")).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("library/lastDir"), dir);
    importPaths({dir});
}

void LibraryPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
}

void LibraryPage::restoreState(QSettings &settings)
{
    // The user's widths (and sort) win over the starting ones; a state from
    // another column layout is refused by the header and the defaults stay.
    const QByteArray columns = settings.value(QStringLiteral("columns")).toByteArray();
    if (!columns.isEmpty())
        m_table->horizontalHeader()->restoreState(columns);
}

bool LibraryPage::importRunning() const { return m_job && m_job->isRunning(); }

QString LibraryPage::importSummary() const { return m_summary; }

void LibraryPage::importPaths(const QStringList &paths)
{
    if (m_store.readOnly()) {
        QMessageBox::information(this, tr("Import"), tr("This store is open read-only."));
        return;
    }
    m_queue << paths;
    if (!m_job)
        startNextImport();
}

void LibraryPage::startNextImport()
{
    if (m_queue.isEmpty())
        return;
    m_job = new DocumentImportJob(m_store.path(), std::exchange(m_queue, {}), this);
    connect(m_job, &DocumentImportJob::progress, this, [this](int done, int total, const QString &file) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_progressLabel->setText(file.isEmpty() ? tr("Indexing…")
                                                : tr("Reading %1 (%2 of %3)…")
                                                      .arg(QFileInfo(file).fileName()).arg(done + 1).arg(total));
    });
    connect(m_job, &DocumentImportJob::finished, this, &LibraryPage::importDone);
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Looking for documents…"));
    m_progressRow->show();
    m_importStatus->hide();
    m_job->start();
}

void LibraryPage::importDone()
{
    const DocImportRun run = m_job->result();
    m_job->deleteLater();
    m_job = nullptr;
    int added = 0, replaced = 0, unchanged = 0;
    QStringList failures;
    for (const DocImportOutcome &o : run.outcomes) {
        if (!o.ok())
            failures << o.error->toString();
        else if (o.write == DocumentWrite::Added)
            ++added;
        else if (o.write == DocumentWrite::Replaced)
            ++replaced;
        else
            ++unchanged;
    }
    m_summary = tr("%1 added, %2 replaced, %3 unchanged").arg(added).arg(replaced).arg(unchanged);
    if (!failures.isEmpty())
        m_summary += tr(", %n could not be read", nullptr, int(failures.size()));
    if (run.cancelled)
        m_summary += tr(" (cancelled)");
    m_progressRow->hide();
    m_importStatus->setText(tr("Import: %1.").arg(m_summary));
    m_importStatus->setToolTip(failures.isEmpty() ? QString() : Qt::convertFromPlainText(failures.join(u'\n')));
    m_importStatus->show();
    loadDocuments();
    search();
    if (added + replaced > 0)
        emit documentsChanged(); // the status bar counts, the Ask page
    if (!failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import documents"),
                                    tr("%n file(s) could not be imported.", nullptr, int(failures.size())),
                                    QMessageBox::Ok, this);
        box->setDetailedText(failures.join(u'\n'));
        box->setInformativeText(Qt::convertFromPlainText(failures.mid(0, 5).join(u'\n'))); // file names are not HTML
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit importFinished();
    startNextImport();
}

void LibraryPage::removeSelected()
{
    const QModelIndex idx = m_table->currentIndex();
    if (!idx.isValid() || m_store.readOnly())
        return;
    const qint64 id = idx.data(int(DocumentTableModel::Role::Id)).toLongLong();
    const Document *row = m_docs->rowById(id);
    if (!row || QMessageBox::question(this, tr("Remove document"),
                                      tr("Remove “%1” and its %n passage(s) from the library? The file itself is "
                                         "not touched.", nullptr, row->passages).arg(row->title)) != QMessageBox::Yes)
        return;
    if (Status s = m_library->remove(id); !s) {
        QMessageBox::warning(this, tr("Remove document"), s.error().message);
        return;
    }
    loadDocuments();
    search();
    emit documentsChanged();
}

} // namespace stratos
