#include "config/team_store_url.h"

#include <QUrl>
#include <QUrlQuery>

namespace stratos {
namespace {

// libpq connection keywords a team store URL may carry. Host, port, dbname and
// user come from the URL itself; password and passfile are refused on purpose
// (a password belongs in .pgpass or the environment, not in a command line or
// a settings file).
const QStringList &allowedKeywords()
{
    static const QStringList k = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("service"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("options"),
        QStringLiteral("keepalives"),      QStringLiteral("keepalives_idle"),
        QStringLiteral("gssencmode"),      QStringLiteral("channel_binding"),
    };
    return k;
}

// Values go to libpq inside single quotes (QPSQL joins the options with
// spaces): quotes and backslashes are escaped the way libpq reads them.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"));
    v.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

bool isTeamStoreUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<TeamStoreAddress> parseTeamStoreUrl(const QString &text)
{
    if (!isTeamStoreUrl(text))
        return Error{QStringLiteral("expected a URL starting with postgresql:// or postgres://, found '%1'")
                         .arg(text)};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error{QStringLiteral("not a valid team store URL (%1): %2").arg(url.errorString(), text)};
    if (!url.password().isEmpty())
        return Error{QStringLiteral("a team store URL must not carry a password: put it in ~/.pgpass "
                                    "(or PGPASSFILE, a service file, PGPASSWORD), where libpq finds it")};
    TeamStoreAddress a;
    a.host = url.host();
    a.port = url.port(0);
    if (a.port < 0)
        return Error{QStringLiteral("expected a port number after the host in '%1'").arg(url.toString(QUrl::RemovePassword))};
    a.user = url.userName();
    QString path = url.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/'))
        return Error{QStringLiteral("expected one database name after the host, found '%1'").arg(path)};
    a.database = path;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password") || key == QLatin1String("passfile"))
            return Error{QStringLiteral("a team store URL must not carry a password: put it in ~/.pgpass "
                                        "(or PGPASSFILE, a service file, PGPASSWORD), where libpq finds it")};
        if (!allowedKeywords().contains(key))
            return Error{QStringLiteral("unknown connection parameter '%1' (expected one of %2)")
                             .arg(key, allowedKeywords().join(QStringLiteral(", ")))};
        if (value.isEmpty())
            return Error{QStringLiteral("expected a value for '%1' in the team store URL").arg(key)};
        a.options.append({key, value});
    }
    if (a.database.isEmpty() && a.host.isEmpty() && a.options.isEmpty())
        return Error{QStringLiteral("expected a host and a database, as in postgresql://user@host:5432/stratos")};
    return a;
}

QString TeamStoreAddress::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts << key + u'=' + quoted(value);
    return parts.join(u';');
}

QString TeamStoreAddress::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(host);
    if (port > 0)
        u.setPort(port);
    u.setUserName(user);
    u.setPath(u'/' + database);
    QUrlQuery q;
    for (const auto &[key, value] : options)
        q.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    u.setQuery(q);
    // An empty host still needs its "//" for libpq-style URLs ("postgresql:///db").
    QString text = u.toString(QUrl::FullyEncoded);
    if (host.isEmpty() && !text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(QStringLiteral("postgresql:").size()), QStringLiteral("postgresql://"));
    return text;
}

QString TeamStoreAddress::display() const
{
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + u'@';
    s += host;
    if (port > 0)
        s += u':' + QString::number(port);
    s += u'/' + database;
    QStringList q;
    for (const auto &[key, value] : options)
        q << key + u'=' + value;
    if (!q.isEmpty())
        s += u'?' + q.join(u'&');
    return s;
}

} // namespace stratos
