#pragma once
// Library: the documents in the store (editable metadata), import of files and
// folders off the GUI thread, search-as-you-type over passages with highlighted
// snippets, and a reader that opens a document at a highlighted span.

#include "pages/page.h"

#include <QStringList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace stratos {

class DocumentFilterProxy;
struct DocumentEditConflict;
class DocumentImportJob;
class DocumentTableModel;
class LibraryStore;
class ReaderView;
class SearchResultsModel;
class Store;
struct DocImportRun;

class LibraryPage : public Page
{
    Q_OBJECT
public:
    explicit LibraryPage(Store &store, QWidget *parent = nullptr);
    ~LibraryPage() override;
    QString id() const override { return QStringLiteral("library"); }
    QString title() const override { return tr("Library"); }
    void reload(const Repository &repo) override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    // Imports files and folders in the background; queued while one runs.
    void importPaths(const QStringList &paths);
    // Shows a document in the reader, highlighting [start, end) when given.
    bool openDocument(qint64 id, int start = -1, int end = -1);

    QLineEdit *searchEdit() const { return m_search; }
    SearchResultsModel *results() const { return m_results; }
    QListView *resultsView() const { return m_resultsView; }
    DocumentTableModel *documents() const { return m_docs; }
    QTableView *documentView() const { return m_table; }
    QCheckBox *differingFilter() const { return m_onlyDiffering; }
    ReaderView *reader() const { return m_reader; }
    bool importRunning() const;
    QString importSummary() const;

public slots:
    void chooseFiles();
    void chooseFolder();

signals:
    void documentsChanged();
    void importFinished();
    void searchFinished();

private:
    void search();
    void startNextImport();
    void importDone();
    void removeSelected();
    void loadDocuments();
    // Both versions shown; what the user keeps is saved (or not), then the table reloads.
    void resolveConflict(qint64 id, const DocumentEditConflict &conflict);

    Store &m_store;
    std::unique_ptr<LibraryStore> m_library;
    DocumentTableModel *m_docs;
    DocumentFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_onlyDiffering;
    QTimer *m_debounce;
    SearchResultsModel *m_results;
    QListView *m_resultsView;
    QLabel *m_resultsHint;
    ReaderView *m_reader;
    QPushButton *m_importFiles;
    QPushButton *m_importFolder;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_importStatus;
    DocumentImportJob *m_job = nullptr;
    QStringList m_queue;
    QString m_summary;
    bool m_opening = false;
};

} // namespace stratos
