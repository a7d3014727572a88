#pragma once
// An in-process HTTP server on 127.0.0.1 that replays scripted byte streams
// (Ollama NDJSON, OpenAI SSE) with delays, chunked or Connection: close
// framing, mid-stream closes, TCP resets and stalls, servers that never answer,
// and generated streams of any length with back-pressure (the server holds at
// most a few hundred KB unsent): the protocol tests' other end.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>
#include <memory>

namespace stratos::test {

class FakeLlmServer : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        QByteArray bytes;
        int delayMs = 0; // after the previous step
    };
    enum class Framing { ConnectionClose, Chunked };
    // Close: drop the connection without finishing. Reset: a TCP RST (SO_LINGER
    // {1, 0}, then close), as a crashed or killed server's kernel sends.
    enum class Ending { Complete, Close, Stall, Reset };
    struct Script
    {
        int status = 200;
        QByteArray contentType = "application/x-ndjson";
        Framing framing = Framing::Chunked;
        QList<Step> steps;
        // After the steps: called for the next piece of the body whenever less
        // than 256 KB waits to be sent; an empty piece ends the body.
        std::function<QByteArray()> generate;
        Ending ending = Ending::Complete;
        bool neverAnswer = false; // accept and read the request, then say nothing at all
    };

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;
    bool listen();
    QUrl url() const;
    void setScript(const QByteArray &path, const Script &script) { m_scripts[path] = script; }

    QByteArray lastPath() const { return m_lastPath; }
    QByteArray lastBody() const { return m_lastBody; }
    qint64 bytesSent() const { return m_bytesSent; }
    int requests() const { return m_requests; }
    int requestsTo(const QByteArray &path) const { return m_paths.value(path); }

    // Splits bytes into steps of `size` bytes each, `delayMs` apart.
    static QList<Step> pieces(const QByteArray &bytes, int size, int delayMs = 1);
    // Whether Ending::Reset sends a real RST on this platform (else it is Close).
    static bool canReset();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Script &script);
    void sendStep(QPointer<QTcpSocket> socket, std::shared_ptr<const Script> script, int index);
    void sendGenerated(QPointer<QTcpSocket> socket, std::shared_ptr<const Script> script);
    void end(QTcpSocket *socket, const Script &script);
    void writeBody(QTcpSocket *socket, const Script &script, const QByteArray &bytes);

    QTcpServer m_server;
    QMap<QByteArray, Script> m_scripts;
    QMap<QTcpSocket *, QByteArray> m_pending;
    QByteArray m_lastPath, m_lastBody;
    qint64 m_bytesSent = 0;
    int m_requests = 0;
    QMap<QByteArray, int> m_paths;
};

} // namespace stratos::test
