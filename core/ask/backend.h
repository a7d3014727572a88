#pragma once
// One interface for every way Stratos answers: the built-in extractive answer,
// Ollama, OpenAI-compatible servers, and a llama-server the app starts itself.
// Answers stream as tokens; stop() cancels at once. QtCore + QtNetwork only.

#include "ask/ask_types.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace stratos::ask {

class Backend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Backend() override = default;

    // Starts answering; emits token() zero or more times, then exactly one of
    // finished(), failed() or stopped(). Calling stop() emits stopped() at
    // once unless already finished: a stop is the user's choice, not a failure.
    virtual void start(const AskContext &context) = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;

    // Lists the models the server offers (GET /api/tags, GET /v1/models);
    // emits modelsListed() or failed().
    virtual void listModels() {}

signals:
    void token(const QString &text);
    void finished(const QString &fullAnswer);
    void failed(const QString &message);
    void stopped();
    void modelsListed(const QStringList &models);
    // The sources the model is given, once the prompt is sized to its context
    // (before the first token): only these can be cited.
    void contextFitted(const stratos::ask::AskContext &context);
};

// Makes the backend for the settings; never null (unknown kinds give builtin).
std::unique_ptr<Backend> makeBackend(const BackendSettings &settings, QObject *parent = nullptr);

} // namespace stratos::ask
