#pragma once
// Imports a data file into the store: parse (core/import), then write every
// row in one transaction, tagged with an import batch. Any problem, or Cancel,
// rolls the whole file back. A batch can be listed and removed again.

#include "import/parsed.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

namespace stratos {

struct ImportOptions
{
    import::ParseOptions parse;
    bool dryRun = false; // compute the counts, then roll back
};

struct ImportReport
{
    QString fileName;  // as given (path)
    QString sha256;
    import::Format format = import::Format::Unknown;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;   // rows the file has but Stratos does not keep (e.g. suborbital flights)
    qint64 batchId = 0; // 0 when nothing was written
    QString detail;    // e.g. "NVDA, adjusted" for prices
    QStringList previewHeader;         // the first rows as parsed, for the preview dialog
    QList<QStringList> previewRows;
    QList<Error> problems;
    bool cancelled = false;
    // What the parser recognised, shown before anything is written.
    QString layout;                    // "Nasdaq.com (Date,Close/Last,...)"
    QString symbol, symbolFrom, symbolDetail; // prices
    QString adjustment;                // prices: "adjusted", "not adjusted", "not stated"
    int goodRows = 0;                  // records the file would write
    int skippedBlank = 0, skippedBad = 0;
    QList<import::SkippedRow> skippedRows; // by line, capped (see ParseOutcome)
    QString blankNote;                 // "skipped 3 blank rows: lines 13859, 13863, 13864"
    bool ok() const { return problems.isEmpty() && !cancelled; }
    QString summaryLine() const; // "added N, updated M, unchanged K"
};

struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString format;
    QDateTime importedAt;
    int added = 0, updated = 0, unchanged = 0;
    QString detail;
    int skipped = 0;       // rows the import left out (blank or, on request, bad)
    QString skippedDetail; // one "line L, column C: reason" per line
};

class Importer
{
public:
    explicit Importer(QSqlDatabase db) : m_db(std::move(db)) {}

    using Progress = std::function<void(int percent, const QString &stage)>;
    void setProgress(Progress p) { m_progress = std::move(p); }

    ImportReport importFile(const QString &path, const ImportOptions &options);
    ImportReport importBytes(const QByteArray &bytes, const QString &fileName,
                             const ImportOptions &options);

    static QList<ImportBatch> batches(QSqlDatabase db);
    // Deletes the rows the batch added and restores the rows it changed.
    static Status removeBatch(QSqlDatabase db, qint64 batchId);

private:
    Status write(const import::ParseOutcome &parsed, ImportReport &report,
                 const std::atomic_bool *cancel);
    Status writeModels(const import::ParseOutcome &parsed, ImportReport &report, qint64 sourceId,
                       const std::atomic_bool *cancel);
    Status writeLaunches(const import::ParseOutcome &parsed, ImportReport &report, qint64 sourceId,
                         const std::atomic_bool *cancel);
    Status writePrices(const import::ParseOutcome &parsed, ImportReport &report, qint64 sourceId,
                       const std::atomic_bool *cancel);
    Status writeSatellites(const import::ParseOutcome &parsed, ImportReport &report,
                           qint64 sourceId, const std::atomic_bool *cancel); // importer_satellites.cpp
    void progress(int percent, const QString &stage);

    QSqlDatabase m_db;
    Progress m_progress;
    qint64 m_batchId = 0;
};

} // namespace stratos
