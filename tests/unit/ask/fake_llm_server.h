#pragma once
// An in-process HTTP server on 127.0.0.1 that replays scripted byte streams
// (Ollama NDJSON, OpenAI SSE) with delays, chunked or Connection: close
// framing, mid-stream closes and stalls: the protocol tests' other end.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
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
    enum class Ending { Complete, Close, Stall }; // Close: drop the connection without finishing
    struct Script
    {
        int status = 200;
        QByteArray contentType = "application/x-ndjson";
        Framing framing = Framing::Chunked;
        QList<Step> steps;
        Ending ending = Ending::Complete;
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

    // Splits bytes into steps of `size` bytes each, `delayMs` apart.
    static QList<Step> pieces(const QByteArray &bytes, int size, int delayMs = 1);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Script &script);
    void sendStep(QPointer<QTcpSocket> socket, std::shared_ptr<const Script> script, int index);

    QTcpServer m_server;
    QMap<QByteArray, Script> m_scripts;
    QMap<QTcpSocket *, QByteArray> m_pending;
    QByteArray m_lastPath, m_lastBody;
    qint64 m_bytesSent = 0;
    int m_requests = 0;
};

} // namespace stratos::test
