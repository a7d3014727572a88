#include "test_env.h"
#include "own_user_dirs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace stratos::test {

QString sharedDir()
{
    QString dir = qEnvironmentVariable("STRATOS_SHARED_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(STRATOS_SHARED_PATH);
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

QString sharedFile(const QString &relative)
{
    const QString dir = sharedDir();
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QString sourceDir()
{
    const QString env = qEnvironmentVariable("STRATOS_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(STRATOS_SOURCE_PATH) : env;
}
QString binaryPath()
{
    const QString env = qEnvironmentVariable("STRATOS_BINARY");
#ifdef STRATOS_BINARY_PATH
    if (env.isEmpty())
        return QStringLiteral(STRATOS_BINARY_PATH);
#endif
    return env;
}

void useBuiltModules()
{
    if (qEnvironmentVariableIsEmpty("STRATOS_MODULE_DIR") && !binaryPath().isEmpty())
        qputenv("STRATOS_MODULE_DIR", QFile::encodeName(QFileInfo(binaryPath()).absolutePath()));
}

QByteArray sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

ProcessResult runStratos(const QStringList &args, int timeoutMs, const QStringList &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRATOS_DB"));
    for (const QString &kv : extraEnv) {
        const qsizetype eq = kv.indexOf(u'=');
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(binaryPath(), args);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace stratos::test
