#pragma once
// Imports documents (.txt .md .html .pdf, and folders of them, recursively)
// into the library: one transaction per file, unchanged files (same sha256)
// skipped before any parsing, changed ones replaced, user-edited metadata kept.
// Runs on whatever thread owns the database connection, or on a worker with a
// connection of its own (importOnWorker).

#include "corpus_loader.h"
#include "util/result.h"
#include "worker_connection.h"

#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace stratos {

struct DocImportOutcome
{
    QString path;
    DocumentWrite write = DocumentWrite::Unchanged;
    QString title;
    int passages = 0;
    qint64 documentId = 0;
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
    // "added: TITLE (N passages)"
    QString summaryLine() const;
};

struct DocImportOptions
{
    const std::atomic_bool *cancel = nullptr;
    // files done so far, files in all, the file being read
    std::function<void(int, int, const QString &)> progress;
    QString origin = QStringLiteral("import");
};

struct DocImportRun
{
    QList<DocImportOutcome> outcomes;
    bool cancelled = false;
    int failures() const;
};

class DocumentImporter
{
public:
    explicit DocumentImporter(QSqlDatabase db) : m_db(std::move(db)) {}

    // Expands folders (recursively, hidden entries skipped) into document files.
    // A path that does not exist, or a file of an unsupported type named
    // explicitly, becomes an outcome with an error.
    static QStringList collectFiles(const QStringList &paths, QList<DocImportOutcome> *problems);
    static bool isDocumentFile(const QString &path);
    // For a dropped file: a document type, and not a data file in disguise
    // (a GCAT launch log or a price CSV saved as .txt goes to the data import).
    static bool isLikelyDocument(const QString &path);

    DocImportRun importPaths(const QStringList &paths, const DocImportOptions &options = {});
    // importPaths on a connection of its own to the store (a file or a team
    // store's URL), for a worker thread; a store that cannot be opened is one
    // failed outcome.
    static DocImportRun importOnWorker(const QString &store, const QStringList &paths,
                                       const DocImportOptions &options = {});
    DocImportOutcome importFile(const QString &path, const DocImportOptions &options = {});

private:
    QSqlDatabase m_db;
};

} // namespace stratos
