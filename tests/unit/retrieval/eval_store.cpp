#include "eval_store.h"

#include "docimport/document_importer.h"
#include "test_env.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace stratos::test {

namespace {

// Importing every real document takes most of each retrieval test's time, so
// ctest imports them once (the fixture test RetrievalEval.EveryRealDocumentImports,
// run with STRATOS_EVAL_STORE_REBUILD=1) into a store in the build tree, and the
// other tests start from a copy of it. A copy older than this test binary or
// than any document is not used: the importer or the documents have changed.
#ifdef STRATOS_EVAL_STORE_CACHE
const QString kCache = QStringLiteral(STRATOS_EVAL_STORE_CACHE);
#else
const QString kCache;
#endif

bool rebuildRequested() { return qEnvironmentVariableIntValue("STRATOS_EVAL_STORE_REBUILD") == 1; }

bool cacheIsFresh(const QString &documentsDir)
{
    const QFileInfo cache(kCache);
    if (kCache.isEmpty() || !cache.exists())
        return false;
    const QDateTime built = cache.lastModified();
    if (QFileInfo(QCoreApplication::applicationFilePath()).lastModified() > built)
        return false;
    for (QDirIterator it(documentsDir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        if (it.fileInfo().lastModified() > built)
            return false;
    }
    return true;
}

QString importAll(Store &store, const QString &documentsDir)
{
    QString error;
    const DocImportRun run = DocumentImporter(store.database()).importPaths({documentsDir}, {});
    for (const DocImportOutcome &o : run.outcomes)
        if (!o.ok())
            error += o.error->toString() + u'\n';
    return error;
}

// Imports every document into a new store at kCache; empty or the errors.
QString rebuildCache(const QString &documentsDir)
{
    // Built beside the cache and closed before it is moved into place, so the
    // cache is one whole file (no write-ahead log beside it).
    QDir().mkpath(QFileInfo(kCache).absolutePath());
    const QString building = kCache + QStringLiteral(".building");
    QFile::remove(building);
    QFile::remove(building + QStringLiteral("-wal"));
    QFile::remove(building + QStringLiteral("-shm"));
    auto store = Store::open(building);
    if (!store)
        return store.error().toString();
    const QString error = importAll(**store, documentsDir);
    store->reset();
    QFile::remove(kCache);
    if (error.isEmpty() && !QFile::rename(building, kCache))
        return QStringLiteral("could not write the shared evaluation store %1").arg(kCache);
    return error;
}

} // namespace

EvalStore &evalStore()
{
    static EvalStore *s = [] {
        auto *e = new EvalStore;
        e->documentsDir = sharedFile(QStringLiteral("reference/documents"));
        if (e->documentsDir.isEmpty())
            return e;
        if (rebuildRequested() && !kCache.isEmpty()) {
            e->error = rebuildCache(e->documentsDir);
            if (!e->error.isEmpty())
                return e;
        }
        const QString path = e->dir.filePath(QStringLiteral("eval.sqlite"));
        const bool fromCache = cacheIsFresh(e->documentsDir) && QFile::copy(kCache, path);
        auto store = Store::open(path);
        if (!store) {
            e->error = store.error().toString();
            return e;
        }
        e->store = std::move(*store);
        if (!fromCache)
            e->error = importAll(*e->store, e->documentsDir);
        // STRATOS_EVAL_KEEP_STORE keeps the imported store for a look with sqlite3.
        if (qEnvironmentVariableIsSet("STRATOS_EVAL_KEEP_STORE")) {
            e->dir.setAutoRemove(false);
            std::printf("evaluation store kept: %s\n", qPrintable(path));
        }
        return e;
    }();
    return *s;
}

} // namespace stratos::test
