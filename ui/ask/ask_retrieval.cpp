#include "ask/ask_retrieval.h"

#include "ask/ask_sources.h"
#include "ask/citations.h"
#include "claim_store.h"
#include "library_store.h"

#include <QtConcurrent/QtConcurrentRun>

namespace stratos {

QFuture<AskRetrieval> retrieveOnWorker(AskRetrievalRequest request)
{
    return QtConcurrent::run([request = std::move(request)]() -> AskRetrieval {
        AskRetrieval out;
        const WorkerConnection connection(request.store);
        if (!connection.status()) {
            out.error = connection.status().error().message;
            return out;
        }
        const QSqlDatabase db = connection.db();
        out.context = request.builder(db, request.question, request.topK);
        const LibraryStore library(db);
        const ClaimStore claims(db);
        out.sources = sourcesJson(out.context, library, &claims);
        return out;
    });
}

} // namespace stratos
