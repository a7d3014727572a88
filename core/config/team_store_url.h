#pragma once
// A team store's address: postgresql://user@host:port/dbname?sslmode=...&service=...
// (also postgres://). Parsed into what libpq needs. A password is never taken
// from the URL: libpq finds it the way every PostgreSQL tool does (.pgpass,
// PGPASSFILE, a service file, PGPASSWORD), so Stratos never stores one.

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace stratos {

struct TeamStoreAddress
{
    QString host;     // empty: libpq's default (PGHOST, the service file or the local socket)
    int port = 0;     // 0: libpq's default
    QString database; // empty: libpq's default (PGDATABASE, the service, the user name)
    QString user;     // empty: libpq's default (PGUSER, the login name)
    QList<QPair<QString, QString>> options; // libpq keywords from the query: sslmode, service, ...

    // libpq connect options as Qt's QPSQL driver takes them: "key=value;key=value".
    QString connectOptions() const;
    // The address again without secrets, for window titles and messages.
    QString display() const;
    // The address as a URL that parseTeamStoreUrl reads back (percent-encoded).
    QString url() const;
};

// True for postgresql:// and postgres:// (any letter case).
bool isTeamStoreUrl(const QString &text);

// Refuses a URL with a password, an unknown or malformed query parameter, or
// a port that is not a number, saying which part is wrong.
Result<TeamStoreAddress> parseTeamStoreUrl(const QString &text);

} // namespace stratos
