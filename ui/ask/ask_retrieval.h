#pragma once
// Finding what an answer is given (FTS5 candidates, re-ranking, the store's
// figures, the sources' claims) runs on a worker with its own connection: on a
// large library it takes long enough to freeze the window if run on the GUI
// thread. The session starts the backend with the result.

#include "ask/ask_types.h"
#include "worker_connection.h"

#include <QFuture>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace stratos {

// Builds a question's context from a connection; runs on the worker thread,
// so it must not touch widgets or the window's connection.
using AskContextBuilder = std::function<ask::AskContext(QSqlDatabase db, const QString &question, int topK)>;

struct AskRetrieval
{
    ask::AskContext context; // every passage found; a model backend keeps what fits its context (contextFitted)
    QJsonArray sources;      // the page's form of the context (sourcesJson)
    QString error;           // non-empty when the store could not be read
};

struct AskRetrievalRequest
{
    WorkerConnection::Like store; // read on the thread that owns the window's connection
    AskContextBuilder builder;
    QString question;
    int topK = 0;
};

QFuture<AskRetrieval> retrieveOnWorker(AskRetrievalRequest request);

} // namespace stratos
