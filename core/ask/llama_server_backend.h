#pragma once
// A llama-server the app runs itself: started on a free loopback port with the
// user's .gguf, used through the OpenAI-compatible API once GET /health says
// 200, stopped when the backend goes away or the application quits.

#include "ask/backend.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace stratos::ask {

class OpenAiBackend;

class LlamaServerBackend : public Backend
{
    Q_OBJECT
public:
    explicit LlamaServerBackend(const BackendSettings &settings, QObject *parent = nullptr);
    ~LlamaServerBackend() override;

    void start(const AskContext &context) override;
    void stop() override;
    bool isRunning() const override;
    void listModels() override;

    bool serverReady() const { return m_client != nullptr; }
    int port() const { return m_port; }
    QString serverLog() const { return QString::fromUtf8(m_log); }
    void shutdownServer();

    static int freeLoopbackPort();

private:
    void launch();
    void pollHealth();
    void onHealthy();
    void onExited(int code, QProcess::ExitStatus status);
    void failPending(const QString &message);
    QString logTail() const;

    BackendSettings m_settings;
    QProcess *m_process = nullptr;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_health;
    OpenAiBackend *m_client = nullptr;
    QTimer m_healthTimer;
    QElapsedTimer m_clock;
    QByteArray m_log;
    AskContext m_context;
    bool m_wantAnswer = false;
    bool m_wantModels = false;
    int m_port = 0;
};

} // namespace stratos::ask
