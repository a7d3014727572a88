// Crash safety of `stratos import` (issue 8): the real binary imports a large
// price file into a copy of a seeded store and is killed with SIGKILL at
// seeded-random moments spread over parsing, writing and committing. After
// every kill the store must open through the app's own path, pass
// integrity_check, and hold either none of the file or all of it (one batch),
// with every other table as it was.
#include "store.h"
#include "test_env.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <gtest/gtest.h>
#include <iostream>

using namespace stratos;
using namespace stratos::test;

#ifndef Q_OS_WIN // the test is Unix-only: its helpers would be unused functions (C4505)
namespace {

constexpr int kRows = 300000; // about 1.5-3 s of import in a Release build here
constexpr int kRuns = 20;
const QString kSymbol = QStringLiteral("ZZKL"); // a ticker-like name: the symbol comes from the file name

// A daily price file of kRows distinct days from the year 1000 on.
bool writeBigPriceFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    out.reserve(kRows * 56);
    const qint64 first = QDate(1000, 1, 1).toJulianDay();
    for (int i = 0; i < kRows; ++i) {
        int y = 0, m = 0, d = 0;
        QDate::fromJulianDay(first + i).getDate(&y, &m, &d);
        const double c = 100.0 + (i % 997) / 10.0;
        char line[128];
        const int n = std::snprintf(line, sizeof line, "%04d-%02d-%02d,%.2f,%.2f,%.2f,%.2f,%.2f,%d\n", y, m, d, c,
                                    c + 1.0, c - 1.0, c + 0.5, c + 0.25, 1000 + i);
        out.append(line, n);
    }
    return f.write(out) == out.size();
}

struct StoreState
{
    QString error;                // empty when the store opened and passed its checks
    QMap<QString, qint64> counts; // rows per table
    qint64 symbolBars = 0;
    qint64 symbolBatches = 0;
    qint64 batchRowsAdded = -1;
    qint64 undoRows = 0;
};

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Opens the store the way the app does (WAL recovery, migrations check, seed
// check) and reads what the test compares.
StoreState inspect(const QString &path)
{
    StoreState s;
    auto opened = Store::open(path);
    if (!opened.ok()) {
        s.error = QStringLiteral("the store does not open: %1").arg(opened.error().toString());
        return s;
    }
    std::unique_ptr<Store> store = std::move(*opened);
    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
        s.error = QStringLiteral("integrity_check did not run: %1").arg(q.lastError().text());
        return s;
    }
    if (const QString ok = q.value(0).toString(); ok != QLatin1String("ok")) {
        s.error = QStringLiteral("integrity_check: %1").arg(ok);
        return s;
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next()) {
        s.error = QStringLiteral("foreign_key_check: a row of %1 points nowhere").arg(q.value(0).toString());
        return s;
    }
    QStringList tables;
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &t : tables)
        s.counts.insert(t, scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t)));
    s.symbolBars = scalar(db, QStringLiteral("SELECT count(*) FROM price_bar JOIN security ON security.id = "
                                             "price_bar.security_id WHERE security.symbol = ?"),
                          {kSymbol});
    s.symbolBatches = scalar(db, QStringLiteral("SELECT count(*) FROM import_batch WHERE file_name = ?"),
                             {kSymbol + QStringLiteral(".csv")});
    s.batchRowsAdded = scalar(db, QStringLiteral("SELECT coalesce(max(rows_added), -1) FROM import_batch WHERE file_name = ?"),
                              {kSymbol + QStringLiteral(".csv")});
    s.undoRows = scalar(db, QStringLiteral("SELECT count(*) FROM import_undo JOIN import_batch ON import_batch.id = "
                                           "import_undo.batch_id WHERE import_batch.file_name = ?"),
                        {kSymbol + QStringLiteral(".csv")});
    return s;
}

bool copyStore(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        return false;
    if (QFileInfo::exists(from + QStringLiteral("-wal")) && !QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal")))
        return false;
    return true;
}

// STRATOS_IMPORT_TIMING makes the importer write a line to stderr as each
// phase ends; the test anchors its kill points on them.
constexpr const char *kParsed = "import: parsed";
constexpr const char *kWritten = "import: wrote rows";
constexpr const char *kCommitted = "import: committed";

void startImport(QProcess &p, const QString &db, const QString &csv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRATOS_DB"));
    env.insert(QStringLiteral("STRATOS_IMPORT_TIMING"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    p.start(binaryPath(), {QStringLiteral("import"), csv, QStringLiteral("--db"), db});
}

// Reads stderr until `marker` appears; false when the process ends first.
bool waitForMarker(QProcess &p, QByteArray &err, const char *marker)
{
    while (!err.contains(marker)) {
        if (!p.waitForReadyRead(60000))
            return (err += p.readAllStandardError()).contains(marker);
        err += p.readAllStandardError();
    }
    return true;
}

enum class Phase { Parse, Write, Commit, AfterCommit };
const char *phaseName(Phase p)
{
    switch (p) {
    case Phase::Parse: return "start/parse";
    case Phase::Write: return "write";
    case Phase::Commit: return "commit";
    case Phase::AfterCommit: return "after commit";
    }
    return "";
}

} // namespace
#endif

TEST(ImportKill, KilledImportsLeaveTheStoreWholeAndTheFileAllOrNothing)
{
#ifdef Q_OS_WIN
    GTEST_SKIP() << "QProcess::kill() is TerminateProcess on Windows, not SIGKILL; the crash test is Unix-only";
#else
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(kSymbol + QStringLiteral(".csv"));
    ASSERT_TRUE(writeBigPriceFile(csv));
    const QString seeded = dir.filePath(QStringLiteral("seeded.sqlite"));
    const ProcessResult created = runStratos({QStringLiteral("stats"), QStringLiteral("--db"), seeded});
    ASSERT_EQ(created.exitCode, 0) << qPrintable(created.err);
    const StoreState before = inspect(seeded);
    ASSERT_TRUE(before.error.isEmpty()) << qPrintable(before.error);
    ASSERT_EQ(before.symbolBars, 0);
    ASSERT_GT(before.counts.value(QStringLiteral("price_bar")), 0) << "the seed has prices";

    // One complete import first: how long it takes, and the state after a commit.
    const QString db = dir.filePath(QStringLiteral("run.sqlite"));
    ASSERT_TRUE(copyStore(seeded, db));
    QElapsedTimer clock;
    QProcess full;
    QByteArray fullErr;
    startImport(full, db, csv);
    ASSERT_TRUE(full.waitForStarted(10000)) << qPrintable(full.errorString());
    clock.start();
    ASSERT_TRUE(waitForMarker(full, fullErr, kParsed)) << fullErr.constData();
    const qint64 parsedAt = clock.elapsed();
    ASSERT_TRUE(waitForMarker(full, fullErr, kWritten)) << fullErr.constData();
    const qint64 writtenAt = clock.elapsed();
    ASSERT_TRUE(waitForMarker(full, fullErr, kCommitted)) << fullErr.constData();
    const qint64 committedAt = clock.elapsed();
    ASSERT_TRUE(full.waitForFinished(120000));
    const qint64 durationMs = clock.elapsed();
    ASSERT_EQ(full.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(full.exitCode(), 0) << fullErr.constData();
    std::cout << "[ import-kill ] a complete import of " << kRows << " rows: parsed at " << parsedAt
              << " ms, rows written at " << writtenAt << " ms, committed at " << committedAt << " ms, exit at "
              << durationMs << " ms" << std::endl;
    const StoreState after = inspect(db);
    ASSERT_TRUE(after.error.isEmpty()) << qPrintable(after.error);
    ASSERT_EQ(after.symbolBars, kRows);
    ASSERT_EQ(after.symbolBatches, 1);
    ASSERT_EQ(after.batchRowsAdded, kRows);
    QMap<QString, qint64> committed = before.counts;
    committed[QStringLiteral("price_bar")] += kRows;
    committed[QStringLiteral("security")] += 1;
    committed[QStringLiteral("import_batch")] += 1;
    committed[QStringLiteral("source")] += 1;
    ASSERT_EQ(after.counts, committed) << "a complete import adds the bars, one security, one source and one batch";

    // Kill points: 5 runs while starting and parsing, 7 while writing rows, 6
    // inside the commit (and the WAL checkpoint it runs) and 2 just after it,
    // each at a random moment of its phase as measured above, counted from the
    // line that starts the phase.
    const quint32 seed = qEnvironmentVariableIsSet("STRATOS_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("STRATOS_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    std::cout << "[ import-kill ] seed " << seed << " (rerun with STRATOS_KILL_SEED=" << seed << ")" << std::endl;
    RecordProperty("seed", std::to_string(seed));

    int beforeCommit = 0, afterCommit = 0, midImport = 0, finishedFirst = 0, consistent = 0;
    for (int run = 0; run < kRuns; ++run) {
        const Phase phase = run < 5 ? Phase::Parse : run < 12 ? Phase::Write : run < 18 ? Phase::Commit : Phase::AfterCommit;
        const qint64 phaseMs = phase == Phase::Parse    ? parsedAt
                               : phase == Phase::Write  ? writtenAt - parsedAt
                               : phase == Phase::Commit ? committedAt - writtenAt
                                                        : qMax<qint64>(1, durationMs - committedAt);
        // In the commit phase SQLite's commit point comes early (the rest is the
        // WAL checkpoint): kill points there lean towards its start.
        const double u = rng.generateDouble();
        const int delayMs = int((phase == Phase::Commit ? u * u : u) * double(phaseMs));
        ASSERT_TRUE(copyStore(seeded, db));
        QProcess p;
        QByteArray err;
        startImport(p, db, csv);
        ASSERT_TRUE(p.waitForStarted(10000)) << qPrintable(p.errorString());
        const char *anchor = phase == Phase::Write ? kParsed : phase == Phase::Commit ? kWritten
                             : phase == Phase::AfterCommit ? kCommitted : nullptr;
        if (anchor) {
            ASSERT_TRUE(waitForMarker(p, err, anchor)) << "run " << run << ": " << err.constData();
        }
        if (!p.waitForFinished(delayMs)) {
            p.kill(); // SIGKILL: no handler, no cleanup, no atexit
            ASSERT_TRUE(p.waitForFinished(10000));
        }
        // A process may still exit by itself between the wait and the signal.
        const bool finished = p.exitStatus() == QProcess::NormalExit;
        if (!finished) {
            ++midImport;
        } else {
            ++finishedFirst;
            EXPECT_EQ(p.exitCode(), 0) << (err + p.readAllStandardError()).constData();
        }
        const StoreState s = inspect(db);
        ASSERT_TRUE(s.error.isEmpty()) << "run " << run << " (" << phaseName(phase) << ", kill at " << delayMs << " ms, seed " << seed
                                       << "): " << qPrintable(s.error);
        const bool committedRun = s.symbolBars != 0;
        std::cout << "[ import-kill ] run " << run << ": " << phaseName(phase) << ", kill " << delayMs << " ms after "
                  << (anchor ? anchor : "the start") << ", "
                  << (finished ? "the import had finished" : "killed mid-import") << ", store has "
                  << s.symbolBars << " bars of " << kRows << (committedRun ? " (committed)" : " (rolled back)")
                  << std::endl;
        bool consistentRun = false;
        if (committedRun) {
            ++afterCommit;
            consistentRun = s.symbolBars == kRows && s.symbolBatches == 1 && s.batchRowsAdded == kRows &&
                            s.undoRows == 0 && s.counts == committed;
            EXPECT_EQ(s.symbolBars, kRows) << "run " << run << ": a partial import survived";
            EXPECT_EQ(s.symbolBatches, 1) << "run " << run;
            EXPECT_EQ(s.batchRowsAdded, kRows) << "run " << run;
            EXPECT_EQ(s.undoRows, 0) << "run " << run;
            EXPECT_EQ(s.counts, committed) << "run " << run << ": other tables changed";
        } else {
            ++beforeCommit;
            consistentRun = s.symbolBatches == 0 && s.counts == before.counts;
            EXPECT_EQ(s.symbolBatches, 0) << "run " << run << ": a batch without its bars";
            EXPECT_EQ(s.counts, before.counts) << "run " << run << ": the store changed without the import";
        }
        consistent += consistentRun ? 1 : 0;
    }
    std::cout << "[ import-kill ] " << consistent << "/" << kRuns << " consistent: " << beforeCommit << " killed before the commit (nothing of "
              << "the file in the store), " << afterCommit << " after it (all of it); " << midImport
              << " killed while the process was running, " << finishedFirst << " had already finished" << std::endl;
    RecordProperty("runs", kRuns);
    RecordProperty("consistent", consistent);
    RecordProperty("before_commit", beforeCommit);
    RecordProperty("after_commit", afterCommit);
    RecordProperty("killed_mid_import", midImport);
    EXPECT_EQ(consistent, kRuns);
    EXPECT_GE(midImport, 1) << "no kill landed while the import ran: make the file bigger";
    EXPECT_GE(beforeCommit, 1) << "no kill landed before the commit";
    EXPECT_GE(afterCommit, 1) << "no run was killed after its commit";
#endif
}
