#include "pg_private_server.h"

#include "test_env.h"

#include <QFile>
#include <QProcess>

namespace stratos::test {

PrivatePgServer::PrivatePgServer()
{
    m_error = run(QStringLiteral("start"));
    if (!m_error.isEmpty())
        return;
    QFile why(m_dir.filePath(QStringLiteral("unavailable")));
    if (why.open(QIODevice::ReadOnly)) {
        m_unavailable = true;
        m_error = QString::fromUtf8(why.readAll()).trimmed();
        return;
    }
    QFile url(m_dir.filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("the private server wrote no url");
        return;
    }
    m_url = QString::fromUtf8(url.readAll()).trimmed() + QStringLiteral("?passfile=")
        + m_dir.filePath(QStringLiteral("pgpass"));
}

PrivatePgServer::~PrivatePgServer()
{
    run(QStringLiteral("stop"));
}

QString PrivatePgServer::halt()
{
    return run(QStringLiteral("halt"));
}

QString PrivatePgServer::resume()
{
    return run(QStringLiteral("resume"));
}

QString PrivatePgServer::run(const QString &action)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {sourceDir() + QStringLiteral("/tools/pg-test-server.sh"), action, m_dir.path()});
    if (!p.waitForFinished(120000))
        return QStringLiteral("tools/pg-test-server.sh %1 did not finish").arg(action);
    if (p.exitCode() != 0)
        return QStringLiteral("tools/pg-test-server.sh %1 failed: %2").arg(action, QString::fromUtf8(p.readAllStandardError()));
    return {};
}

} // namespace stratos::test
