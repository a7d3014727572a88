#pragma once
// What Ollama and OpenAI-compatible backends share: one streamed POST at a
// time through QNetworkAccessManager, a timeout when no complete line arrives
// for timeoutMs (bytes that only trickle in do not count), stop() that aborts
// at once, bounded memory (a 1 MB read buffer, decoding in slices so the event
// loop keeps running, an answer cap), and error messages that say what to do.

#include "ask/backend.h"
#include "ask/prompt.h"
#include "ask/stream_decoder.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace stratos::ask {

class HttpBackend : public Backend
{
    Q_OBJECT
public:
    HttpBackend(const BackendSettings &settings, QObject *parent);
    ~HttpBackend() override;

    void start(const AskContext &context) override;
    void stop() override;
    bool isRunning() const override { return m_running; }
    void listModels() override;

    const BackendSettings &settings() const { return m_settings; }
    void setEndpoint(const QUrl &endpoint) { m_settings.endpoint = endpoint; }

    // Empty when the endpoint may be used; otherwise why not (remote without opt-in, bad URL).
    static QString endpointProblem(const QUrl &endpoint, bool allowRemote);

    // Longest answer kept; a server that sends more is stopped with a message.
    static constexpr qsizetype kMaxAnswerChars = 1000 * 1000;
    // Unread bytes the network layer may hold before it stops reading the socket.
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;
    // Bytes decoded per event-loop turn: a turn of one-character events (about
    // 160 per KB) stays a few milliseconds even on a busy two-core machine.
    static constexpr qint64 kSliceBytes = 16 * 1024;

protected:
    virtual QString serverName() const = 0;     // "Ollama server"
    virtual QString chatPath() const = 0;       // "/api/chat"
    virtual QString modelsPath() const = 0;     // "/api/tags"
    virtual bool needsModel() const = 0;
    virtual QJsonObject chatBody(const ChatPrompt &prompt) const = 0;
    virtual std::unique_ptr<ChatStreamDecoder> makeDecoder() const = 0;
    virtual QStringList parseModels(const QJsonObject &reply) const = 0;
    virtual QString missingModelHint() const = 0;

    // Where the server says how large the model's context is (llama-server:
    // GET /props; Ollama: POST /api/show), asked before each question so a
    // server restarted with another model or size is followed.
    struct ContextQuery
    {
        QString path;
        QJsonObject postBody; // empty: GET
    };
    virtual std::optional<ContextQuery> contextQuery() const { return std::nullopt; }
    // The context the prompt is sized for, from the reply (status 0: no answer).
    virtual int contextFromReply(int status, const QJsonObject &reply) const;
    int contextTokens() const { return m_contextTokens; }

    QUrl urlFor(const QString &path) const;
    QString endpointText() const;

private:
    void queryContext(const ContextQuery &query);
    void sendChat();
    void onReadyRead();
    void onFinished();
    void pump();
    void complete();
    void onIdleTimeout();
    void apply(const DecodeResult &r);
    void fail(const QString &message);
    void failSoon(const QString &message);
    void succeed();
    void dropReply();
    QString httpError(int status, const QByteArray &body) const;
    QString networkError(QNetworkReply::NetworkError error, const QString &detail) const;
    QNetworkRequest request(const QUrl &url) const;

    BackendSettings m_settings;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_contextReply;
    AskContext m_context;           // the question being answered, not yet sized
    int m_contextTokens = 0;
    QTimer m_idle;
    bool m_headers = false;         // the response headers came
    bool m_replyFinished = false;   // the network side is done; what is buffered is still decoded
    bool m_pumpQueued = false;
    QNetworkReply::NetworkError m_finishError = QNetworkReply::NoError;
    QString m_finishDetail;
    qint64 m_progressLines = 0;     // complete lines at the last restart of m_idle
    qint64 m_bytesSinceProgress = 0;
    std::unique_ptr<ChatStreamDecoder> m_decoder;
    QString m_answer;
    QByteArray m_errorBody;
    int m_status = 0;
    int m_toolCalls = 0;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace stratos::ask
