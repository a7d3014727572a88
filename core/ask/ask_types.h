#pragma once
// Shared types of the Ask feature: what retrieval found, what the answer cites,
// and the settings a backend runs with. QtCore only.

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace stratos::ask {

// A passage (or the best sentences of one) retrieved for a question.
struct RetrievedPassage
{
    int number = 0;        // [n] in the prompt and the answer, 1-based
    qint64 documentId = 0;
    qint64 passageId = 0;
    QString documentTitle;
    QString documentPath;  // file path, or ":/corpus/NN.md" for built-in notes
    int start = 0;         // character span in the document text that is cited
    int end = 0;
    QString text;          // the cited text (document text [start, end))
    double score = 0;
    QString passageText;   // the whole passage the span lies in: what a model reads as context
    int passageStart = 0;  // offset of passageText in the document text
    // How much of the question the span speaks to: the share of the question's weight
    // (rarer words weigh more) in the span, its heading or its document's title, 0..1,
    // or -1 when not measured; and the question's words it lacks, the weightiest first.
    double coverage = -1;
    QStringList missing;
};

// A fact from the store (e.g. NVDA's close-to-close move on a day), cited as a data source.
struct DataFact
{
    int number = 0;        // [n], numbered after the passages
    QString label;         // "NVDA daily bars, 2025-01-24 and 2025-01-27"
    QString text;          // "NVDA closed at 118.42 on 2025-01-27, down 16.97% from 142.62 on 2025-01-24."
    QString table;         // "price_bar", "payload", "ai_model", ...
    QString rowKeys;       // which rows, human readable
    bool absence = false;  // it says the store has no such figure ("The store has no training cost ...")
};

struct AskContext
{
    QString question;
    QList<RetrievedPassage> passages;
    QList<DataFact> facts;
};

// A citation found in an answer: either one of the provided numbers, or an
// invented one (flagged, never shown as a source).
struct Citation
{
    int number = 0;
    bool valid = false;    // false: the number was not provided to the model
    int position = 0;      // offset of "[n]" in the answer text
};

enum class BackendKind { Builtin, Ollama, OpenAi, ManagedLlamaServer };

struct BackendSettings
{
    BackendKind kind = BackendKind::Builtin;
    QUrl endpoint;               // e.g. http://127.0.0.1:11434 (ollama), http://127.0.0.1:8080 (openai)
    QString model;
    QString llamaServerPath;     // managed llama-server: the executable
    QString ggufPath;            // managed llama-server: the model file
    int topK = 6;                // passages given to the model
    int contextTokens = 4096;    // the model's context when the server does not say (llama-server /props, Ollama /api/show)
    double temperature = 0.2;
    int timeoutMs = 60000;       // no complete line from the server for this long: fail with a message
    int serverStartTimeoutMs = 120000; // managed llama-server: time to load the model and answer /health
    bool allowRemote = false;    // a non-loopback endpoint needs the user's explicit opt-in
    QString apiKey;              // OpenAI-compatible servers that want "Authorization: Bearer"
};

QString backendName(BackendKind kind);                 // "builtin", "ollama", "openai", "llama-server"
bool backendFromName(const QString &name, BackendKind *kind);
bool isLoopback(const QUrl &url);                      // 127.0.0.0/8, ::1, localhost

} // namespace stratos::ask
