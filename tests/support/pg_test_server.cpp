#include "pg_test_server.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace stratos::test {

namespace {

QString readLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readLine()).trimmed();
}

// Runs `work` on a short-lived QPSQL connection to `url`.
template <typename Work>
QString withConnection(const QString &url, Work work)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("pg_test_admin_%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            error = work(q);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

PgTestServer pgTestServer()
{
    PgTestServer s;
    const QString dir = QStringLiteral(STRATOS_PG_TEST_PATH);
    const QString why = readLine(dir + QStringLiteral("/unavailable"));
    if (!why.isEmpty()) {
        s.unavailable = why;
        return s;
    }
    s.url = readLine(dir + QStringLiteral("/url"));
    s.passFile = dir + QStringLiteral("/pgpass");
    if (s.url.isEmpty()) {
        s.unavailable = QStringLiteral("the PostgreSQL test server was not started (run the tests with "
                                       "ctest: fixture pg_server, tools/pg-test-server.sh)");
        return s;
    }
    qputenv("PGPASSFILE", QFile::encodeName(s.passFile));
    return s;
}

QString pgAdminExec(const QString &sql)
{
    const PgTestServer s = pgTestServer();
    if (!s.unavailable.isEmpty())
        return s.unavailable;
    return withConnection(s.url, [&](QSqlQuery &q) {
        return q.exec(sql) ? QString() : q.lastError().text();
    });
}

PgScratchDatabase::PgScratchDatabase(const QString &templateDatabase)
{
    const PgTestServer s = pgTestServer();
    if (!s.unavailable.isEmpty()) {
        m_error = s.unavailable;
        m_skipped = true;
        return;
    }
    m_adminUrl = s.url;
    m_name = QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    m_error = pgAdminExec(templateDatabase.isEmpty()
                              ? QStringLiteral("CREATE DATABASE %1").arg(m_name)
                              : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_name, templateDatabase));
    QUrl u(s.url);
    u.setPath(QLatin1Char('/') + m_name);
    m_url = u.toString();
}

PgScratchDatabase::~PgScratchDatabase()
{
    if (!m_skipped && !m_name.isEmpty())
        pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

} // namespace stratos::test
