#include "importer.h"
#include "dialect.h"
#include "claim_store.h"

#include "importer_preview.h"
#include "pg/dataset_guard.h"
#include "pg/pg_read.h"
#include "row_columns.h"
#include "row_reader.h"
#include "row_writer.h"
#include "write_access.h"
#include "sqlite_direct.h"
#include "util/sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

using import::Format;

namespace {

QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

bool cancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(); }

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

void count(ImportReport &r, RowChange c)
{
    switch (c) {
    case RowChange::Added: ++r.added; break;
    case RowChange::Updated: ++r.updated; break;
    case RowChange::Unchanged: ++r.unchanged; break;
    }
}

// QDate::toString goes through a general formatter: a million calls cost seconds.
QString isoDay(QDate d)
{
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    char buf[11] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                    char('0' + m / 10), char('0' + m % 10), '-', char('0' + day / 10), char('0' + day % 10), 0};
    return QString::fromLatin1(buf, 10);
}


// What an import of `format` writes: its dataset's tables and the bookkeeping
// (the batch, undo, the file as a source, the claims rechecked, the dataset
// lock's holder).
QStringList importTables(Format format)
{
    QStringList tables = {QStringLiteral("import_batch"), QStringLiteral("import_undo"), QStringLiteral("source"),
                          QStringLiteral("claim"), QStringLiteral("claim_run"), QStringLiteral("stratos_dataset_lock")};
    switch (format) {
    case Format::Prices: return tables << QStringLiteral("security") << QStringLiteral("price_bar");
    case Format::Epoch: return tables << QStringLiteral("organization") << QStringLiteral("ai_model");
    case Format::Gcat:
    case Format::Ll2: return tables << QStringLiteral("launch") << QStringLiteral("payload");
    case Format::Psatcat: return tables << QStringLiteral("satellite_status");
    case Format::Unknown: break;
    }
    return tables;
}

} // namespace

QString ImportReport::summaryLine() const
{
    QString s = QStringLiteral("added %1, updated %2, unchanged %3").arg(added).arg(updated).arg(unchanged);
    if (skipped)
        s += QStringLiteral(", skipped %1").arg(skipped);
    return s;
}

void Importer::progress(int percent, const QString &stage)
{
    if (m_progress)
        m_progress(percent, stage);
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ImportReport r;
        r.fileName = path;
        r.problems.append(Error{QStringLiteral("cannot read the file: %1").arg(f.errorString()), path});
        return r;
    }
    return importBytes(f.readAll(), path, options);
}

ImportReport Importer::importBytes(const QByteArray &bytes, const QString &fileName,
                                   const ImportOptions &options)
{
    ImportReport report;
    report.fileName = fileName;
    report.sha256 = util::sha256Hex(bytes);

    import::ParseOptions parseOptions = options.parse;
    if (parseOptions.knownSymbols.isEmpty()) {
        // The file-name rule may take a ticker the store already holds.
        QSqlQuery known(m_db);
        if (known.exec(QStringLiteral("SELECT symbol FROM security")))
            while (known.next())
                parseOptions.knownSymbols.append(known.value(0).toString());
    }
    auto userProgress = parseOptions.progress;
    parseOptions.progress = [this, userProgress](qint64 done, qint64 total) {
        if (userProgress)
            userProgress(done, total);
        if (total > 0)
            progress(int(done * 50 / total), QStringLiteral("Reading"));
    };
    progress(0, QStringLiteral("Reading"));
    QElapsedTimer timer;
    timer.start();
    const bool timing = qEnvironmentVariableIsSet("STRATOS_IMPORT_TIMING");
    const import::ParseOutcome parsed = import::parseFile(bytes, fileName, parseOptions);
    if (timing)
        qInfo("import: parsed %s in %lld ms", qPrintable(fileName), timer.restart());
    report.format = parsed.format;
    detail::fillPreview(parsed, report);
    detail::describeParse(parsed, report);
    if (parsed.cancelled || cancelled(options.parse.cancel)) {
        report.cancelled = true;
        return report;
    }
    if (!parsed.problems.isEmpty()) {
        report.problems = parsed.problems;
        return report;
    }

    // A role that may only read a team store is told so before anything is
    // written (also for a dry run, which writes and rolls back).
    if (Status access = checkWriteAccess(m_db, importTables(parsed.format), {QStringLiteral("claim")},
                                         QStringLiteral("import"));
        !access) {
        Error e = access.error();
        e.file = fileName;
        report.problems.append(e);
        return report;
    }

    // Every id the importer writes is one it just read or created (security,
    // source, batch), so per-row foreign-key checks only cost time: a third of
    // a million-row price import. They are back on before anything else runs.
    struct ForeignKeysOff
    {
        QSqlDatabase db;
        explicit ForeignKeysOff(QSqlDatabase d) : db(std::move(d)) { sql::setForeignKeyChecks(db, false); }
        ~ForeignKeysOff() { sql::setForeignKeyChecks(db, true); }
    } foreignKeysOff(m_db);
    // On a team store one user at a time writes a dataset: a second import is
    // refused here, before it writes anything, with who holds it and since when.
    const pg::Dataset dataset = parsed.format == import::Format::Prices    ? pg::Dataset::Prices
                                : parsed.format == import::Format::Epoch   ? pg::Dataset::Models
                                : parsed.format == import::Format::Psatcat ? pg::Dataset::Satellites
                                                                           : pg::Dataset::Launches;
    // (A dry run writes nothing and takes no lock.)
    auto guard = options.dryRun ? Result<std::unique_ptr<pg::DatasetGuard>>(nullptr)
                                : pg::DatasetGuard::acquire(m_db, dataset);
    if (!guard) {
        report.problems.append(guard.error());
        return report;
    }
    if (!m_db.transaction()) {
        report.problems.append(Error{QStringLiteral("cannot start the import: %1").arg(m_db.lastError().text())});
        return report;
    }
    Status s = write(parsed, report, options.parse.cancel);
    if (timing)
        qInfo("import: wrote rows in %lld ms", timer.restart());
    if (s && cancelled(options.parse.cancel))
        report.cancelled = true;
    if (!s || report.cancelled || options.dryRun) {
        m_db.rollback();
        if (!s)
            report.problems.append(s.error());
        report.batchId = 0;
        return report;
    }
    if (report.added + report.updated == 0) {
        // Nothing changed: keep no empty batch in the history.
        m_db.rollback();
        report.batchId = 0;
        return report;
    }
    // The documents' figures are checked against the data as it now stands.
    if (Status claims = ClaimStore(m_db).recomputeAll(); !claims) {
        m_db.rollback();
        report.problems.append(claims.error());
        report.batchId = 0;
        return report;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE import_batch SET rows_added = ?, rows_updated = ?, rows_unchanged = ?, "
                             "detail = ?, rows_skipped = ?, skipped_detail = ? WHERE id = ?"));
    q.addBindValue(report.added);
    q.addBindValue(report.updated);
    q.addBindValue(report.unchanged);
    q.addBindValue(report.detail);
    q.addBindValue(report.skippedBlank + report.skippedBad);
    q.addBindValue(report.skippedRows.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(detail::skippedDetail(report)));
    q.addBindValue(report.batchId);
    // Other windows on a team store refresh this dataset once the batch commits.
    if (Status told = pg::DatasetGuard::notifyOnCommit(m_db, dataset, QString::number(report.batchId)); !told) {
        m_db.rollback();
        report.problems.append(told.error());
        report.batchId = 0;
        return report;
    }
    if (!q.exec() || !m_db.commit()) {
        m_db.rollback();
        report.problems.append(Error{QStringLiteral("cannot finish the import: %1").arg(m_db.lastError().text())});
        report.batchId = 0;
    }
    if (timing)
        qInfo("import: committed in %lld ms", timer.restart());
    progress(100, QStringLiteral("Done"));
    return report;
}

Status Importer::write(const import::ParseOutcome &parsed, ImportReport &report,
                       const std::atomic_bool *cancel)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_batch(file_name, sha256, format, imported_at) VALUES (?,?,?,?) RETURNING id"));
    q.addBindValue(QFileInfo(report.fileName).fileName());
    q.addBindValue(report.sha256);
    q.addBindValue(import::formatName(parsed.format));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    auto batch = sql::execReturningId(q);
    if (!batch)
        return Error{QStringLiteral("cannot record the import: %1").arg(batch.error().message)};
    m_batchId = report.batchId = *batch;

    // Each imported file is a source of its own, so every row can be traced to it.
    q.prepare(QStringLiteral("INSERT INTO source(key, kind, title, origin) VALUES (?, 'import', ?, 'import') "
                             "ON CONFLICT(key) DO UPDATE SET title = excluded.title"));
    const QString key = QStringLiteral("import:%1").arg(report.sha256);
    q.addBindValue(key);
    q.addBindValue(QStringLiteral("%1 (%2 file)").arg(QFileInfo(report.fileName).fileName(),
                                                       import::formatName(parsed.format)));
    if (!q.exec())
        return sqlError(QStringLiteral("cannot record the file as a source"), q);
    q.prepare(QStringLiteral("SELECT id FROM source WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("cannot read the file's source"), q);
    const qint64 sourceId = q.value(0).toLongLong();

    switch (parsed.format) {
    case Format::Epoch:
        return writeModels(parsed, report, sourceId, cancel);
    case Format::Gcat:
    case Format::Ll2:
        return writeLaunches(parsed, report, sourceId, cancel);
    case Format::Prices:
        return writePrices(parsed, report, sourceId, cancel);
    case Format::Psatcat:
        return writeSatellites(parsed, report, sourceId, cancel);
    case Format::Unknown:
        break;
    }
    return Error{QStringLiteral("expected an Epoch AI CSV, a GCAT launch log, a Launch Library 2 "
                                "JSON page or a daily price CSV, found a file Stratos cannot read"),
                 report.fileName, 1, 1};
}

Status Importer::writeModels(const import::ParseOutcome &parsed, ImportReport &report,
                             qint64 sourceId, const std::atomic_bool *cancel)
{
    RowWriter orgs(m_db, QStringLiteral("organization"), {"name"}, {"country"}, m_batchId, sourceId);
    if (Status s = orgs.preload(); !s)
        return s;
    // Organizations are a side effect; the counts the user sees are of models.
    for (const auto &m : parsed.models) {
        if (m.organization.isEmpty())
            continue;
        auto c = orgs.write({m.organization}, {text(m.country)});
        if (!c)
            return c.error();
    }
    if (Status s = orgs.flush(); !s)
        return s;
    QHash<QString, qint64> orgIds;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name FROM organization"));
    while (q.next())
        orgIds.insert(q.value(1).toString(), q.value(0).toLongLong());

    RowWriter models(m_db, QStringLiteral("ai_model"), {"name"},
                     {"organization_id", "country", "released_on", "domain", "parameters",
                      "training_compute_flop", "training_cost_usd", "cost_basis", "open_weights"},
                     m_batchId, sourceId);
    models.setInsertDefault(QStringLiteral("open_weights"), 0);
    if (Status s = models.preload(); !s)
        return s;
    int i = 0;
    for (const auto &m : parsed.models) {
        if ((++i & 255) == 0) {
            if (cancelled(cancel))
                return {};
            progress(50 + i * 50 / int(parsed.models.size()), QStringLiteral("Writing models"));
        }
        const QVariant org = m.organization.isEmpty() ? QVariant(QMetaType::fromType<qlonglong>())
                                                      : QVariant(orgIds.value(m.organization));
        auto c = models.write({m.name},
                              {org, text(m.country),
                               m.publishedOn.isValid() ? QVariant(m.publishedOn.toString(Qt::ISODate)) : text({}),
                               text(m.domain), opt(m.parameters), opt(m.trainingComputeFlop),
                               opt(m.trainingCostUsd2023),
                               m.trainingCostUsd2023 ? QVariant(QStringLiteral("epoch_2023_usd")) : text({}),
                               m.openWeights ? QVariant(*m.openWeights ? 1 : 0) : QVariant(QMetaType::fromType<int>())});
        if (!c)
            return Error{c.error().message, report.fileName, m.line, 0};
        count(report, *c);
    }
    if (Status s = models.flush(); !s)
        return s;
    report.detail = QStringLiteral("%1 models").arg(parsed.models.size());
    return {};
}

Status Importer::writeLaunches(const import::ParseOutcome &parsed, ImportReport &report,
                               qint64 sourceId, const std::atomic_bool *cancel)
{
    RowWriter launches(m_db, QStringLiteral("launch"), {"tag"},
                       {"launched_at", "vehicle", "site", "country", "operator", "outcome"},
                       m_batchId, sourceId);
    launches.setInsertDefault(QStringLiteral("outcome"), QStringLiteral("unknown"));
    if (Status s = launches.preload(); !s)
        return s;
    int i = 0;
    const int total = int(parsed.launches.size());
    for (const auto &l : parsed.launches) {
        if ((++i & 255) == 0) {
            if (cancelled(cancel))
                return {};
            progress(50 + i * 25 / qMax(1, total), QStringLiteral("Writing launches"));
        }
        if (!l.orbital) {
            ++report.skipped;
            continue;
        }
        auto c = launches.write({l.tag}, {l.launchedAt, text(l.vehicle), text(l.site), text(l.country),
                                          text(l.operatorName), l.outcome.isEmpty() ? QStringLiteral("unknown") : l.outcome});
        if (!c)
            return Error{c.error().message, report.fileName, l.line, 0};
        count(report, *c);
    }
    if (Status s = launches.flush(); !s)
        return s;
    QHash<QString, qint64> ids;
    const QString idsSql = QStringLiteral("SELECT id, tag FROM launch");
    QString idsError;
    const auto idOf = [&](const auto &row) { ids.insert(QString::fromUtf8(row.utf8(1)), row.integer(0)); };
    DirectRead direct = directForEachRawRow(m_db, idsSql, {}, idOf, &idsError);
    if (direct == DirectRead::Unavailable)
        direct = pg::forEachRow(m_db, idsSql, {}, idOf, &idsError);
    if (direct == DirectRead::Failed)
        return Error{QStringLiteral("cannot read the launches back: %1").arg(idsError)};
    if (direct == DirectRead::Unavailable) {
        QSqlQuery q(m_db);
        sql::streamRows(q);
        q.exec(idsSql);
        while (q.next())
            ids.insert(q.value(1).toString(), q.value(0).toLongLong());
    }

    RowWriter payloads(m_db, QStringLiteral("payload"), {"launch_id", "jcat"},
                       {"piece", "name", "owner", "constellation"}, m_batchId, sourceId);
    if (Status s = payloads.preload(); !s)
        return s;
    int payloadRows = 0;
    i = 0;
    for (const auto &l : parsed.launches) {
        if ((++i & 255) == 0) {
            if (cancelled(cancel))
                return {};
            progress(75 + i * 25 / qMax(1, total), QStringLiteral("Writing payloads"));
        }
        if (!l.orbital)
            continue;
        const qint64 launchId = ids.value(l.tag);
        for (const auto &p : l.payloads) {
            auto c = payloads.write({launchId, p.jcat.isEmpty() ? p.piece : p.jcat},
                                    {p.piece, text(p.name), text(p.owner), text(p.constellation)});
            if (!c)
                return Error{c.error().message, report.fileName, p.line, 0};
            ++payloadRows;
            if (*c == RowChange::Added)
                ++report.added;
            else if (*c == RowChange::Updated)
                ++report.updated;
            else
                ++report.unchanged;
        }
    }
    if (Status s = payloads.flush(); !s)
        return s;
    report.detail = QStringLiteral("%1 launches, %2 payloads").arg(total - report.skipped).arg(payloadRows);
    return {};
}

Status Importer::writePrices(const import::ParseOutcome &parsed, ImportReport &report,
                             qint64 sourceId, const std::atomic_bool *cancel)
{
    const import::ParsedPrices &p = parsed.prices;
    if (p.symbol.isEmpty())
        return Error{QStringLiteral("expected a symbol in the file or its name; give one with --symbol"),
                     report.fileName, 1, 1};
    RowWriter securities(m_db, QStringLiteral("security"), {"symbol"}, {"kind", "adjusted"}, m_batchId, sourceId);
    if (Status s = securities.preload(QStringLiteral("symbol = ?"), {p.symbol}); !s)
        return s;
    securities.setInsertDefault(QStringLiteral("adjusted"), 0);
    auto sc = securities.write({p.symbol}, {p.symbol.startsWith(u'^') ? QStringLiteral("index") : QStringLiteral("stock"),
                                            p.adjustedKnown ? QVariant(p.adjusted ? 1 : 0) : QVariant(QMetaType::fromType<int>())});
    if (!sc)
        return sc.error();
    if (Status s = securities.flush(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM security WHERE symbol = ?"));
    q.addBindValue(p.symbol);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("cannot read the security"), q);
    const qint64 securityId = q.value(0).toLongLong();

    RowWriter bars(m_db, QStringLiteral("price_bar"), {"security_id", "day"},
                   {"open", "high", "low", "close", "adj_close", "volume"}, m_batchId, sourceId);
    bars.setKeysUniqueInFile(true); // the price parser rejects a repeated day
    if (Status s = bars.preload(QStringLiteral("security_id = ?"), {securityId}); !s)
        return s;
    const int total = int(p.bars.size());
    int i = 0;
    for (const auto &b : p.bars) {
        if ((++i & 4095) == 0) {
            if (cancelled(cancel))
                return {};
            progress(50 + i * 50 / qMax(1, total), QStringLiteral("Writing prices"));
        }
        auto c = bars.write({securityId, isoDay(b.day)},
                            {opt(b.open), opt(b.high), opt(b.low), b.close, opt(b.adjClose),
                             b.volume ? QVariant(*b.volume) : QVariant(QMetaType::fromType<qlonglong>())});
        if (!c)
            return Error{c.error().message, report.fileName, b.line, 0};
        count(report, *c);
    }
    if (Status s = bars.flush(); !s)
        return s;
    report.detail = QStringLiteral("%1, %2 bars, %3").arg(p.symbol).arg(total).arg(
        !p.adjustedKnown ? QStringLiteral("adjustment not stated") : p.adjusted ? QStringLiteral("adjusted") : QStringLiteral("not adjusted"));
    return {};
}

QList<ImportBatch> Importer::batches(QSqlDatabase db)
{
    const auto batch = [](const QSqlQuery &q) {
        ImportBatch b;
        readColumns(q, 0, b.id, b.fileName, b.sha256, b.format, b.importedAt, b.added, b.updated, b.unchanged,
                    b.detail, b.skipped, b.skippedDetail);
        return b;
    };
    return selectRows(db,
                      QStringLiteral("SELECT id, file_name, sha256, format, imported_at, rows_added, rows_updated, "
                                     "rows_unchanged, detail, rows_skipped, skipped_detail FROM import_batch ORDER BY id"),
                      "listing the imports", batch);
}

} // namespace stratos
