#include "ask/llama_server_backend.h"

#include "ask/chat_backends.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>

namespace stratos::ask {
namespace {

constexpr qsizetype kMaxLog = 64 * 1024;
constexpr int kHealthPollMs = 200;

} // namespace

LlamaServerBackend::LlamaServerBackend(const BackendSettings &settings, QObject *parent)
    : Backend(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_healthTimer.setInterval(kHealthPollMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &LlamaServerBackend::pollHealth);
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                &LlamaServerBackend::shutdownServer);
}

LlamaServerBackend::~LlamaServerBackend()
{
    shutdownServer();
}

int LlamaServerBackend::freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool LlamaServerBackend::isRunning() const
{
    return m_wantAnswer || (m_client && m_client->isRunning());
}

void LlamaServerBackend::start(const AskContext &context)
{
    if (m_client) {
        m_client->start(context);
        return;
    }
    m_context = context;
    m_wantAnswer = true;
    launch();
}

void LlamaServerBackend::listModels()
{
    if (m_client) {
        m_client->listModels();
        return;
    }
    m_wantModels = true;
    launch();
}

void LlamaServerBackend::stop()
{
    if (m_client) {
        m_client->stop();
        return;
    }
    if (!m_wantAnswer)
        return;
    // The server goes on loading, so the next question does not wait for it again.
    m_wantAnswer = false;
    emit stopped();
}

void LlamaServerBackend::failPending(const QString &message)
{
    const bool report = m_wantAnswer || m_wantModels;
    m_wantAnswer = m_wantModels = false;
    if (report)
        emit failed(message);
}

QString LlamaServerBackend::logTail() const
{
    QString log = QString::fromUtf8(m_log.right(4000)).trimmed();
    if (log.isEmpty())
        return QStringLiteral(" It printed nothing.");
    return QStringLiteral(" Its log ends with:\n%1").arg(log);
}

void LlamaServerBackend::launch()
{
    if (m_process)
        return; // already starting: the health poll will pick up what is wanted
    QString exe = m_settings.llamaServerPath;
    // A bare name is looked up in PATH; anything with a separator is a path
    // (on Windows that separator is usually a backslash).
    if (!exe.isEmpty() && !exe.contains(u'/') && !exe.contains(QDir::separator()))
        exe = QStandardPaths::findExecutable(exe);
    QString problem;
    if (m_settings.llamaServerPath.isEmpty())
        problem = QStringLiteral("No llama-server executable chosen: give its path in the Ask settings "
                                 "(or --llama-server PATH).");
    else if (exe.isEmpty() || !QFileInfo(exe).isExecutable() || QFileInfo(exe).isDir())
        problem = QStringLiteral("'%1' is not an executable llama-server.").arg(m_settings.llamaServerPath);
    else if (m_settings.ggufPath.isEmpty() || !QFileInfo(m_settings.ggufPath).isFile())
        problem = QStringLiteral("The model file '%1' does not exist: choose a .gguf file (--gguf FILE).")
                      .arg(m_settings.ggufPath);
    else if ((m_port = freeLoopbackPort()) == 0)
        problem = QStringLiteral("No free port on 127.0.0.1 for llama-server.");
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { failPending(problem); });
        return;
    }
    m_log.clear();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, [this] {
        m_log += m_process->readAll();
        if (m_log.size() > kMaxLog)
            m_log = m_log.right(kMaxLog);
    });
    connect(m_process, &QProcess::finished, this, &LlamaServerBackend::onExited);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        const QString why = m_process->errorString();
        m_healthTimer.stop();
        m_process->deleteLater();
        m_process = nullptr;
        failPending(QStringLiteral("Cannot start llama-server '%1': %2").arg(m_settings.llamaServerPath, why));
    });
    m_process->start(exe, {QStringLiteral("-m"), m_settings.ggufPath, QStringLiteral("--port"),
                           QString::number(m_port), QStringLiteral("--host"), QStringLiteral("127.0.0.1")});
    m_clock.start();
    m_healthTimer.start();
}

void LlamaServerBackend::pollHealth()
{
    if (!m_process)
        return;
    if (m_clock.elapsed() > m_settings.serverStartTimeoutMs) {
        const QString message = QStringLiteral("llama-server did not become ready within %1 s (GET /health on "
                                               "port %2 never answered 200).%3")
                                    .arg(m_settings.serverStartTimeoutMs / 1000)
                                    .arg(m_port)
                                    .arg(logTail());
        shutdownServer();
        failPending(message);
        return;
    }
    if (m_health)
        return; // one probe at a time
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(m_port)));
    req.setTransferTimeout(2000);
    m_health = m_network->get(req);
    QNetworkReply *reply = m_health;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 && m_process && !m_client)
            onHealthy();
    });
}

void LlamaServerBackend::onHealthy()
{
    m_healthTimer.stop();
    BackendSettings s = m_settings;
    s.kind = BackendKind::OpenAi;
    s.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    s.allowRemote = false;
    m_client = new OpenAiBackend(s, this);
    connect(m_client, &Backend::token, this, &Backend::token);
    connect(m_client, &Backend::finished, this, &Backend::finished);
    connect(m_client, &Backend::failed, this, &Backend::failed);
    connect(m_client, &Backend::stopped, this, &Backend::stopped);
    connect(m_client, &Backend::modelsListed, this, &Backend::modelsListed);
    connect(m_client, &Backend::contextFitted, this, &Backend::contextFitted);
    if (m_wantModels) {
        m_wantModels = false;
        m_client->listModels();
    }
    if (m_wantAnswer) {
        m_wantAnswer = false;
        m_client->start(m_context);
    }
}

void LlamaServerBackend::onExited(int code, QProcess::ExitStatus status)
{
    m_log += m_process->readAll();
    m_healthTimer.stop();
    m_process->deleteLater();
    m_process = nullptr;
    const QString how = status == QProcess::CrashExit ? QStringLiteral("crashed")
                                                      : QStringLiteral("exited with code %1").arg(code);
    if (m_client) {
        const bool busy = m_client->isRunning();
        disconnect(m_client, nullptr, this, nullptr);
        m_client->deleteLater();
        m_client = nullptr;
        if (busy)
            emit failed(QStringLiteral("llama-server %1 while answering.%2").arg(how, logTail()));
        return;
    }
    failPending(QStringLiteral("llama-server %1 before it was ready.%2").arg(how, logTail()));
}

void LlamaServerBackend::shutdownServer()
{
    m_healthTimer.stop();
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        delete m_client;
        m_client = nullptr;
    }
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    disconnect(p, nullptr, this, nullptr);
#ifdef Q_OS_WIN
    // terminate() posts WM_CLOSE, which a console program never sees: it
    // would only add a 3 s wait before the kill.
    p->kill();
#else
    p->terminate();
#endif
    if (!p->waitForFinished(3000)) {
        p->kill();
        p->waitForFinished(2000);
    }
    delete p;
}

} // namespace stratos::ask
