#include "store_check.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

namespace stratos {
namespace {

QAtomicInt g_checkCounter;

constexpr int kLockWaitMs = 300; // how long a check waits for another program's lock

quint32 be32(const QByteArray &b, int at) { return qFromBigEndian<quint32>(b.constData() + at); }

SqliteHeader readHeader(QFile &f, bool walFileExists)
{
    SqliteHeader h;
    const qint64 size = f.size();
    const QByteArray b = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!b.startsWith(magic.left(qMin<qsizetype>(b.size(), 16))) || b.isEmpty())
        return h;
    h.sqlite = true;
    if (b.size() < 100) {
        h.damage = QStringLiteral("the file ends after %1 bytes, inside the SQLite header").arg(size);
        return h;
    }
    int pageSize = qFromBigEndian<quint16>(b.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        h.damage = QStringLiteral("the header's page size (%1) is invalid").arg(pageSize);
        return h;
    }
    h.wal = b[18] == 2 && b[19] == 2;
    h.userVersion = int(be32(b, 60));
    if (size % pageSize != 0) {
        h.damage = QStringLiteral("the file is %1 bytes, not a whole number of %2-byte pages "
                                  "(truncated or overwritten)")
                       .arg(size)
                       .arg(pageSize);
        return h;
    }
    // The in-header page count is valid when the change counter matches
    // "version-valid-for"; a WAL file may legitimately lag behind its -wal.
    const quint32 pages = be32(b, 28);
    if (!walFileExists && pages > 0 && be32(b, 24) == be32(b, 92) && size < qint64(pages) * pageSize)
        h.damage = QStringLiteral("the file is truncated: it holds %1 pages, its header says %2")
                       .arg(size / pageSize)
                       .arg(pages);
    return h;
}

StoreHealth fromSqlError(StoreHealth h, const QSqlError &e)
{
    h.detail = e.text();
    switch (sqlitePrimaryCode(e.nativeErrorCode())) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        h.problem = StoreProblem::Locked;
        break;
    case 11: // SQLITE_CORRUPT
        h.problem = StoreProblem::Damaged;
        break;
    case 26: // SQLITE_NOTADB
        h.problem = StoreProblem::NotSqlite;
        break;
    default:
        h.problem = StoreProblem::CannotOpen;
    }
    return h;
}

// Opens read-only (immutable when nobody can have it open) and runs the checks.
StoreHealth querySqlite(StoreHealth h)
{
    const QString name = QStringLiteral("check-%1").arg(g_checkCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A WAL store without a -wal file is not open anywhere: immutable=1
        // reads it without creating -wal/-shm (a plain read-only open would).
        if (h.walMode && !QFileInfo::exists(h.path + QStringLiteral("-wal"))) {
            db.setDatabaseName(sqliteUri(h.path, QStringLiteral("immutable=1")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(h.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kLockWaitMs));
        }
        if (!db.open()) {
            h = fromSqlError(h, db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                h = fromSqlError(h, q.lastError());
            } else {
                // Rows can hold several lines ("*** in database main ***\nPage 7: …");
                // the message must stay on one line.
                QStringList findings;
                while (q.next() && findings.size() < 2) {
                    for (const QString &line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts))
                        if (!line.startsWith(QLatin1String("***")) && findings.size() < 2)
                            findings << line.trimmed();
                }
                if (findings != QStringList{QStringLiteral("ok")}) {
                    h.problem = StoreProblem::Damaged;
                    h.detail = findings.join(QStringLiteral("; "));
                }
            }
            q.finish();
            if (h.ok() && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                h.schemaVersion = q.value(0).toInt();
            if (h.ok() && h.schemaVersion == 0 &&
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() &&
                q.value(0).toInt() > 0)
                h.problem = StoreProblem::Foreign;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return h;
}

} // namespace

SqliteHeader readSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return readHeader(f, QFileInfo::exists(path + QStringLiteral("-wal")));
}

int sqlitePrimaryCode(const QString &nativeErrorCode)
{
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString sqliteUri(const QString &path, const QString &query)
{
    // SQLite's grammar (sqlite.org/uri.html): an empty authority, then the path
    // with '/' separators. QUrl::fromLocalFile puts a UNC host (\\server\share)
    // into the authority, which SQLite rejects; SQLite wants it in the path,
    // file:////server/share/x. A drive path becomes file:///C:/x.
    QString p = QDir::fromNativeSeparators(path);
    if (!p.startsWith(QLatin1String("//")))
        p = QFileInfo(p).absoluteFilePath();
    if (!p.startsWith(u'/'))
        p.prepend(u'/');
    QString uri = QStringLiteral("file://") + QString::fromLatin1(QUrl::toPercentEncoding(p, "/:"));
    if (!query.isEmpty())
        uri += u'?' + query;
    return uri;
}

bool folderAcceptsNewFiles(const QString &dir)
{
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".stratos-write-probe-XXXXXX")));
    return probe.open();
}

StoreHealth checkStoreFile(const QString &path, CheckDepth depth)
{
    StoreHealth h;
    h.path = path;
    QFileInfo info(path);
    h.exists = info.exists();
    if (!h.exists)
        return h;
    if (info.isDir()) {
        h.problem = StoreProblem::NotSqlite;
        h.detail = QStringLiteral("this is a folder");
        return h;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        h.problem = StoreProblem::Unreadable;
        h.detail = f.errorString();
        return h;
    }
    if (f.size() == 0) { // SQLite treats an empty file as an empty database
        h.schemaVersion = 0;
        return h;
    }
    const SqliteHeader header = readHeader(f, QFileInfo::exists(path + QStringLiteral("-wal")));
    f.close();
    if (!header.sqlite) {
        h.problem = StoreProblem::NotSqlite;
        h.detail = QStringLiteral("the file does not start with the SQLite header");
        return h;
    }
    h.walMode = header.wal;
    h.schemaVersion = header.userVersion;
    if (!header.damage.isEmpty()) {
        h.problem = StoreProblem::Damaged;
        h.detail = header.damage;
        return h;
    }
    return depth == CheckDepth::Full ? querySqlite(h) : h;
}

StoreHealth checkWritable(const StoreHealth &health)
{
    StoreHealth h = health;
    if (!h.ok())
        return h;
    const QFileInfo info(h.path);
    if (h.exists && !info.isWritable()) {
        h.problem = StoreProblem::ReadOnlyFile;
        return h;
    }
    // SQLite creates -wal and -shm (or a -journal) next to the store.
    const QString dir = info.absolutePath();
    const auto sideFileOk = [&](const char *suffix) {
        const QFileInfo side(h.path + QLatin1String(suffix));
        return side.exists() && side.isWritable();
    };
    if (h.exists && !folderAcceptsNewFiles(dir) && !(sideFileOk("-wal") && sideFileOk("-shm")))
        h.problem = StoreProblem::ReadOnlyFolder;
    return h;
}

bool readOnlyOpenNeedsImmutable(const QString &path)
{
    const QFileInfo info(path);
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return false;
    return !info.isWritable() || !folderAcceptsNewFiles(info.absolutePath());
}

namespace {

// What each problem is called and what the user is told, in one row: the
// message is "<what is wrong>; <what to do>", filled with SQLite's words (in
// brackets) or the two schema versions where it says so.
struct ProblemText
{
    enum class Fill { Nothing, Detail, Schemas };
    StoreProblem problem;
    const char *title;
    const char *message;
    Fill fill = Fill::Nothing;
};
constexpr ProblemText kProblemTexts[] = {
    {StoreProblem::None, "The store is fine", nullptr},
    {StoreProblem::NotSqlite, "This file is not a Stratos store",
     "this file is not a Stratos store (not an SQLite database); it was left untouched. Open another store "
     "with --db"},
    {StoreProblem::Foreign, "This database belongs to another program",
     "this file is not a Stratos store (an SQLite database of another program); it was left untouched. Open "
     "another store with --db"},
    {StoreProblem::Damaged, "The store is damaged",
     "the store is damaged%1; it was left untouched. Start Stratos without a command to restore a backup, or "
     "open another store with --db",
     ProblemText::Fill::Detail},
    {StoreProblem::Unreadable, "The store cannot be read",
     "the store cannot be read%1; check the file's permissions or open another store with --db",
     ProblemText::Fill::Detail},
    {StoreProblem::ReadOnlyFile, "The store file is read-only",
     "the store file is read-only; make it writable, or start Stratos without a command and choose Open "
     "read-only"},
    {StoreProblem::ReadOnlyFolder, "The store's folder is read-only",
     "the store's folder is read-only and SQLite must create its -wal and -shm files there; make the folder "
     "writable, or start Stratos without a command and choose Open read-only"},
    {StoreProblem::Locked, "The store is locked by another program",
     "the store is locked by another program that is writing to it; close that program or wait until it is "
     "done, then try again"},
    {StoreProblem::NewerSchema, "The store is from a newer Stratos",
     "this store was written by a newer version of Stratos (schema %1; this version knows up to %2). It was "
     "left untouched: update Stratos or open another store with --db.",
     ProblemText::Fill::Schemas},
    {StoreProblem::CannotOpen, "The store cannot be opened", "cannot open the store%1; open another store with --db",
     ProblemText::Fill::Detail},
};

const ProblemText *textOf(StoreProblem problem)
{
    for (const ProblemText &t : kProblemTexts)
        if (t.problem == problem)
            return &t;
    return nullptr;
}

} // namespace

QString StoreHealth::title() const
{
    const ProblemText *t = textOf(problem);
    return t ? QString::fromUtf8(t->title) : QString();
}

QString StoreHealth::message() const
{
    const ProblemText *t = textOf(problem);
    if (!t || !t->message)
        return {};
    const QString text = QString::fromUtf8(t->message);
    switch (t->fill) {
    case ProblemText::Fill::Nothing:
        return text;
    case ProblemText::Fill::Detail:
        return text.arg(detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(QString(detail).replace(u'\n', u' ')));
    case ProblemText::Fill::Schemas:
        return text.arg(schemaVersion).arg(latestSchema);
    }
    return text;
}

bool StoreHealth::readOnlyHelps() const
{
    return problem == StoreProblem::ReadOnlyFile || problem == StoreProblem::ReadOnlyFolder ||
           (problem == StoreProblem::Locked && walMode);
}

bool StoreHealth::fileIsGarbage() const
{
    return problem == StoreProblem::NotSqlite || problem == StoreProblem::Damaged;
}

} // namespace stratos
