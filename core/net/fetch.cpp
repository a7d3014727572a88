#include "net/fetch.h"

#include <QTimeZone>
#include <QHostAddress>
#include <QLocale>
#include <stratos/version.h>

namespace stratos::net {

QString byteSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::optional<QString> refusedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("not a web address");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return std::nullopt;
    if (scheme == u"http" && isLoopback(url))
        return std::nullopt;
    if (scheme == u"http")
        return QStringLiteral("refused plain http to %1: Stratos fetches from other hosts over https only")
            .arg(url.host());
    return QStringLiteral("refused the scheme '%1': Stratos fetches https only").arg(scheme);
}

std::optional<QString> refusedRedirect(const QUrl &from, const QUrl &to)
{
    if (from.scheme().compare(u"https", Qt::CaseInsensitive) == 0 &&
        to.scheme().compare(u"https", Qt::CaseInsensitive) != 0)
        return QStringLiteral("refused a redirect from https to %1 (%2)").arg(to.scheme(), to.toDisplayString());
    return refusedUrl(to);
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int secs = v.toInt(&ok);
    if (ok)
        return secs >= 0 ? std::optional<int>(secs) : std::nullopt;
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime local =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!local.isValid())
        return std::nullopt;
    const QDateTime at(local.date(), local.time(), QTimeZone::utc());
    return int(qMax<qint64>(0, now.secsTo(at)));
}

QByteArray userAgent() { return QByteArrayLiteral("Stratos/" STRATOS_VERSION); }

} // namespace stratos::net
