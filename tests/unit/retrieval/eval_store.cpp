#include "eval_store.h"

#include "docimport/document_importer.h"
#include "test_env.h"

namespace stratos::test {

EvalStore &evalStore()
{
    static EvalStore *s = [] {
        auto *e = new EvalStore;
        e->documentsDir = sharedFile(QStringLiteral("reference/documents"));
        if (e->documentsDir.isEmpty())
            return e;
        auto store = Store::open(e->dir.filePath(QStringLiteral("eval.sqlite")));
        if (!store) {
            e->error = store.error().toString();
            return e;
        }
        e->store = std::move(*store);
        const DocImportRun run = DocumentImporter(e->store->database()).importPaths({e->documentsDir}, {});
        for (const DocImportOutcome &o : run.outcomes)
            if (!o.ok())
                e->error += o.error->toString() + u'\n';
        return e;
    }();
    return *s;
}

} // namespace stratos::test
