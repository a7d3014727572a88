#include "llm_runtime.h"

#include "test_env.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace stratos::test {
namespace {

QString llmSourceDir()
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/support/llm"));
}

QString buildDir()
{
    return QStringLiteral(STRATOS_BUILD_PATH);
}

bool hasPackages(const QString &dir)
{
    return QFileInfo::exists(QDir(dir).filePath(QStringLiteral("node_modules/node-llama-cpp/package.json"))) &&
           QFileInfo::exists(QDir(dir).filePath(QStringLiteral("node_modules/@node-llama-cpp/linux-x64/package.json")));
}

} // namespace

LlmRuntime prepareLlmRuntime()
{
    LlmRuntime rt;
    rt.model = sharedFile(QStringLiteral("testdata/llama-2-tiny-random.gguf"));
    if (rt.model.isEmpty())
        return {QStringLiteral("the model file ../shared/testdata/llama-2-tiny-random.gguf is not here"), {}, {}, {}};
    rt.node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (rt.node.isEmpty() || npm.isEmpty())
        return {QStringLiteral("node or npm is not installed (tools/install-deps.sh installs them)"), {}, {}, {}};
    QProcess version;
    version.start(rt.node, {QStringLiteral("--version")});
    version.waitForFinished(10000);
    const QString v = QString::fromUtf8(version.readAllStandardOutput()).trimmed(); // "v20.20.2"
    if (v.mid(1).section(u'.', 0, 0).toInt() < 20)
        return {QStringLiteral("node-llama-cpp 3.21 needs Node.js 20 or newer, found '%1'").arg(v), {}, {}, {}};
    const QString src = llmSourceDir();
    // Installed once per lock file into the build tree (npm ci from the
    // committed lock file; never into the source tree), so a second run reuses
    // it and parallel test processes share it; a lock file keeps two installs apart.
    QFile lock(QDir(src).filePath(QStringLiteral("package-lock.json")));
    if (!lock.open(QIODevice::ReadOnly))
        return {QStringLiteral("tests/support/llm/package-lock.json is missing"), {}, {}, {}};
    const QByteArray hash = QCryptographicHash::hash(lock.readAll(), QCryptographicHash::Sha256).toHex().left(12);
    const QString cache = QDir(buildDir()).filePath(QStringLiteral("test-llm/") + QString::fromLatin1(hash));
    QDir().mkpath(cache);
    QLockFile guard(cache + QStringLiteral(".lock"));
    guard.setStaleLockTime(0);
    if (!guard.tryLock(600000))
        return {QStringLiteral("could not lock %1 for npm ci").arg(cache), {}, {}, {}};
    rt.serverScript = QDir(cache).filePath(QStringLiteral("server.mjs"));
    for (const char *f : {"package.json", "package-lock.json", "server.mjs"}) {
        QFile::remove(QDir(cache).filePath(QLatin1String(f)));
        QFile::copy(QDir(src).filePath(QLatin1String(f)), QDir(cache).filePath(QLatin1String(f)));
    }
    if (hasPackages(cache))
        return rt;
    QProcess p;
    p.setWorkingDirectory(cache);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(npm, {QStringLiteral("ci"), QStringLiteral("--omit=optional"), QStringLiteral("--no-audit"),
                  QStringLiteral("--no-fund"), QStringLiteral("--ignore-scripts")});
    const bool done = p.waitForFinished(600000);
    const QString out = QString::fromUtf8(p.readAll()).right(600);
    if (done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && hasPackages(cache))
        return rt;
    return {QStringLiteral("npm ci could not install node-llama-cpp (offline?): %1").arg(out), {}, {}, {}};
}

LlmServer::~LlmServer()
{
    if (process && process->state() != QProcess::NotRunning) {
#ifdef Q_OS_WIN
        process->kill(); // terminate() is WM_CLOSE there, which node never sees
#else
        process->terminate();
#endif
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
}

std::unique_ptr<LlmServer> startLlmServer(const LlmRuntime &runtime, int timeoutMs)
{
    auto s = std::make_unique<LlmServer>();
    s->process = std::make_unique<QProcess>();
    s->process->setProcessChannelMode(QProcess::MergedChannels);
    s->process->start(runtime.node, {runtime.serverScript, QStringLiteral("0"), runtime.model});
    if (!s->process->waitForStarted(10000)) {
        s->error = QStringLiteral("node did not start: ") + s->process->errorString();
        return s;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        s->process->waitForReadyRead(200);
        s->log += QString::fromUtf8(s->process->readAll());
        if (const auto m = listening.match(s->log); m.hasMatch())
            s->url = QUrl(m.captured(1));
        if (!s->url.isEmpty() && s->log.contains(QLatin1String("model loaded")))
            return s;
        if (s->process->state() == QProcess::NotRunning) {
            s->error = QStringLiteral("the server exited: ") + s->log;
            return s;
        }
    }
    s->error = QStringLiteral("the server did not load the model in time: ") + s->log;
    return s;
}

} // namespace stratos::test
