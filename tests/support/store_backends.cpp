#include "store_backends.h"

#include "pg_test_server.h"
#include "seed_loader.h"
#include "test_env.h"

#include <QCryptographicHash>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace stratos::test {
namespace {

// The seeded template for this schema and seed, made once per server under an
// advisory lock (tests run in parallel processes) and published by renaming,
// so a process that died half way leaves nothing that looks finished.
QString ensureSeededTemplate(QString *error)
{
    const PgTestServer server = pgTestServer();
    if (!server.unavailable.isEmpty()) {
        *error = server.unavailable;
        return {};
    }
    const QString name = QStringLiteral("stratos_seeded_s%1_v%2")
                             .arg(Store::latestSchemaVersion())
                             .arg(SeedLoader(QSqlDatabase()).embeddedVersion());
    const QString connection = QStringLiteral("seed_template_admin");
    {
        const QUrl url(server.url);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            *error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("SELECT pg_advisory_lock(4201900)"));
            q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            q.addBindValue(name);
            if (!q.exec()) {
                *error = q.lastError().text();
            } else if (!q.next()) {
                const QString building = name + QStringLiteral("_building");
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
                if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(building))) {
                    *error = q.lastError().text();
                } else {
                    QUrl u(server.url);
                    u.setPath(QLatin1Char('/') + building);
                    {
                        auto seeded = Store::open(u.toString());
                        if (!seeded)
                            *error = seeded.error().toString();
                    }
                    if (error->isEmpty() && !q.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name)))
                        *error = q.lastError().text();
                }
            }
            q.exec(QStringLiteral("SELECT pg_advisory_unlock(4201900)"));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error->isEmpty() ? name : QString();
}

} // namespace

QByteArray storeFingerprint(const Store &store)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    if (!store.isTeamStore()) {
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        return sha256OfFile(store.path());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    if (q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                              "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")))
        while (q.next())
            tables << q.value(0).toString();
    for (const QString &t : tables) {
        QSqlQuery rows(db);
        if (rows.exec(QStringLiteral("SELECT count(*), md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) "
                                     "FROM %1 r").arg(t))
            && rows.next())
            hash.addData((t + u':' + rows.value(0).toString() + u':' + rows.value(1).toString() + u'\n').toUtf8());
    }
    return hash.result().toHex();
}

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Postgres ? "PostgreSQL" : "SQLite";
}

TestStoreLocation::TestStoreLocation(Backend backend, bool seeded) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        if (!m_dir.isValid())
            m_error = QStringLiteral("cannot make a temporary folder");
        m_location = m_dir.filePath(QStringLiteral("store.sqlite"));
        return;
    }
    QString templateName;
    if (seeded) {
        templateName = ensureSeededTemplate(&m_error);
        if (!m_error.isEmpty()) {
            m_skipped = !pgTestServer().unavailable.isEmpty();
            return;
        }
    }
    m_pg = std::make_unique<PgScratchDatabase>(templateName);
    m_skipped = m_pg->skipped();
    m_error = m_pg->error();
    m_location = m_pg->url();
}

TestStoreLocation::~TestStoreLocation() = default;

QString TestStoreLocation::sibling(const QString &fileName)
{
    if (m_backend == Backend::Sqlite)
        return m_dir.filePath(fileName);
    m_siblings.push_back(std::make_unique<PgScratchDatabase>());
    return m_siblings.back()->url();
}

void BackendStoreTest::openStore(const Store::Options &options)
{
    m_store.reset();
    m_where = std::make_unique<TestStoreLocation>(backend(), options.loadSeed);
    if (!m_where->ok())
        return;
    auto s = Store::open(m_where->location(), options);
    if (!s) {
        ADD_FAILURE() << qPrintable(s.error().toString());
        return;
    }
    m_store = std::move(*s);
}

} // namespace stratos::test
