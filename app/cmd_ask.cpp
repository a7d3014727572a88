// `stratos ask "QUESTION"`: retrieves passages and store facts, streams the
// answer from the chosen backend, then lists the sources it cites.
#include "ask/backend.h"
#include "ask/citations.h"
#include "ask_context.h"
#include "cli.h"
#include "cli_common.h"
#include "commands.h"

#include <QEventLoop>
#include <QFileInfo>
#include <algorithm>
#include <functional>

namespace stratos::cli {
namespace {

struct AskOptions
{
    QCommandLineOption backend{QStringLiteral("backend"),
                               QStringLiteral("builtin (default, offline), ollama, openai or llama-server."),
                               QStringLiteral("NAME"), QStringLiteral("builtin")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"),
                                QStringLiteral("Server address (default http://127.0.0.1:11434 for ollama, "
                                               "http://127.0.0.1:8080 for openai)."),
                                QStringLiteral("URL")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Model name the server knows."),
                             QStringLiteral("NAME")};
    QCommandLineOption topK{QStringLiteral("top-k"), QStringLiteral("Passages given to the backend (default 6)."),
                            QStringLiteral("N"), QStringLiteral("6")};
    QCommandLineOption llamaServer{QStringLiteral("llama-server"),
                                   QStringLiteral("llama-server executable to start (backend llama-server)."),
                                   QStringLiteral("PATH")};
    QCommandLineOption gguf{QStringLiteral("gguf"), QStringLiteral("Model file for llama-server."),
                            QStringLiteral("FILE")};
    QCommandLineOption allowRemote{QStringLiteral("allow-remote"),
                                   QStringLiteral("Allow an endpoint on another machine: the question and passages "
                                                  "of your documents are sent there.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Seconds without a byte from the server before giving up (default 60)."),
                               QStringLiteral("SECONDS"), QStringLiteral("60")};
    QCommandLineOption listModels{QStringLiteral("list-models"), QStringLiteral("Print the models the server offers.")};
};

QString sourceLine(const ask::AskContext &ctx, int n)
{
    if (const ask::RetrievedPassage *p = ask::passageFor(ctx, n))
        return QStringLiteral("[%1] %2 — %3 chars %4-%5\n")
            .arg(n)
            .arg(p->documentTitle, p->documentPath)
            .arg(p->start)
            .arg(p->end);
    if (const ask::DataFact *f = ask::factFor(ctx, n))
        return QStringLiteral("[%1] DATA — %2 (%3: %4)\n").arg(n).arg(f->label, f->table, f->rowKeys);
    return {};
}

QString sourcesBlock(const QString &answer, const ask::AskContext &ctx)
{
    const QList<ask::Citation> citations = ask::findCitations(answer, ctx);
    QString out = QStringLiteral("\nSources:\n");
    QList<int> valid = ask::citedNumbers(citations, true);
    std::sort(valid.begin(), valid.end());
    for (int n : valid)
        out += sourceLine(ctx, n);
    if (valid.isEmpty())
        out += QStringLiteral("(the answer cites no source)\n");
    const QList<int> invented = ask::citedNumbers(citations, false);
    if (!invented.isEmpty()) {
        QStringList numbers;
        for (int n : invented)
            numbers << QStringLiteral("[%1]").arg(n);
        out += QStringLiteral("Not a source (cited by the model but never provided): %1\n")
                   .arg(numbers.join(QStringLiteral(", ")));
    }
    return out;
}

// Runs the backend's event-driven work to its end; returns the exit code.
int runBackend(ask::Backend &backend, const std::function<void()> &begin, const std::function<void(const QString &)> &done)
{
    QEventLoop loop;
    int rc = Failed;
    bool streamed = false;
    QObject::connect(&backend, &ask::Backend::token, &loop, [&](const QString &t) {
        streamed = true;
        printOut(t);
    });
    QObject::connect(&backend, &ask::Backend::finished, &loop, [&](const QString &answer) {
        rc = Ok;
        done(answer);
        loop.quit();
    });
    QObject::connect(&backend, &ask::Backend::modelsListed, &loop, [&](const QStringList &models) {
        printOut(models.isEmpty() ? QStringLiteral("(the server lists no models)\n") : models.join(u'\n') + u'\n');
        rc = Ok;
        loop.quit();
    });
    QObject::connect(&backend, &ask::Backend::failed, &loop, [&](const QString &message) {
        if (streamed)
            printOut(QStringLiteral("\n"));
        printError(message);
        rc = Failed;
        loop.quit();
    });
    begin();
    loop.exec();
    return rc;
}

} // namespace

int askCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("Answer a question from your documents and the store, with citations."));
    const AskOptions o;
    for (const QCommandLineOption &opt : {o.backend, o.endpoint, o.model, o.topK, o.llamaServer, o.gguf, o.allowRemote,
                                          o.timeout, o.listModels})
        parser.addOption(opt);
    parser.addPositionalArgument(QStringLiteral("QUESTION"), QStringLiteral("The question, in quotes."));
    if (!parseOrComplain(parser, args))
        return Usage;

    ask::BackendSettings settings;
    if (!ask::backendFromName(parser.value(o.backend), &settings.kind)) {
        printError(QStringLiteral("--backend expects builtin, ollama, openai or llama-server, found '%1'")
                       .arg(parser.value(o.backend)));
        return Usage;
    }
    bool ok = false;
    settings.topK = parser.value(o.topK).toInt(&ok);
    if (!ok || settings.topK < 1 || settings.topK > 50) {
        printError(QStringLiteral("--top-k expects a number from 1 to 50, found '%1'").arg(parser.value(o.topK)));
        return Usage;
    }
    const double seconds = parser.value(o.timeout).toDouble(&ok);
    if (!ok || seconds <= 0) {
        printError(QStringLiteral("--timeout expects seconds, found '%1'").arg(parser.value(o.timeout)));
        return Usage;
    }
    settings.timeoutMs = int(seconds * 1000);
    if (parser.isSet(o.endpoint)) {
        settings.endpoint = QUrl::fromUserInput(parser.value(o.endpoint));
        if (!settings.endpoint.isValid() || settings.endpoint.host().isEmpty()) {
            printError(QStringLiteral("--endpoint expects a URL such as http://127.0.0.1:8080, found '%1'")
                           .arg(parser.value(o.endpoint)));
            return Usage;
        }
    }
    settings.model = parser.value(o.model);
    settings.llamaServerPath = parser.value(o.llamaServer);
    settings.ggufPath = parser.value(o.gguf);
    settings.allowRemote = parser.isSet(o.allowRemote);
    settings.apiKey = qEnvironmentVariable("STRATOS_OPENAI_API_KEY");
    if (settings.kind == ask::BackendKind::ManagedLlamaServer &&
        (settings.llamaServerPath.isEmpty() || settings.ggufPath.isEmpty())) {
        printError(QStringLiteral("--backend llama-server needs --llama-server PATH and --gguf FILE"));
        return Usage;
    }
    const QString question = parser.positionalArguments().join(u' ').trimmed();
    const bool listOnly = parser.isSet(o.listModels);
    if (question.isEmpty() && !listOnly) {
        printError(QStringLiteral("ask needs a QUESTION, e.g. stratos ask \"What did OpenAI accuse DeepSeek of?\""));
        return Usage;
    }

    std::unique_ptr<ask::Backend> backend = ask::makeBackend(settings);
    if (listOnly)
        return runBackend(*backend, [&] { backend->listModels(); }, [](const QString &) {});

    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    ask::AskContext context = buildAskContext(store->database(), question, settings.topK);
    // What the model sees is what counts: a model backend sizes the sources to its context.
    QObject::connect(backend.get(), &ask::Backend::contextFitted, backend.get(),
                     [&context](const ask::AskContext &fitted) { context = fitted; });
    return runBackend(
        *backend, [&] { backend->start(context); },
        [&](const QString &answer) { printOut(QStringLiteral("\n") + sourcesBlock(answer, context)); });
}

} // namespace stratos::cli
