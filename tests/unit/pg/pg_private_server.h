#pragma once
// A PostgreSQL server of one test's own (tools/pg-test-server.sh in a
// temporary directory), for tests that stop and restart the server under a
// client: the shared fixture server must stay up for the other tests.

#include <QString>
#include <QTemporaryDir>

namespace stratos::test {

class PrivatePgServer
{
public:
    PrivatePgServer();  // initdb + start (a few seconds)
    ~PrivatePgServer(); // stop and delete
    PrivatePgServer(const PrivatePgServer &) = delete;
    PrivatePgServer &operator=(const PrivatePgServer &) = delete;

    QString error() const { return m_error; } // empty when running
    bool unavailable() const { return m_unavailable; }
    // postgresql://stratos_admin@127.0.0.1:PORT/postgres?passfile=... (its own .pgpass)
    QString url() const { return m_url; }
    QString halt();   // fast shutdown, keeps the data; returns an error text or empty
    QString resume(); // start again on the same port

private:
    QString run(const QString &action);
    QTemporaryDir m_dir;
    QString m_url;
    QString m_error;
    bool m_unavailable = false;
};

} // namespace stratos::test
