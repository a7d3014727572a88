#include "web/app_scheme.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace stratos {
namespace {

struct Resource
{
    const char *path;
    const char *mime;
};

// URL path -> resource. Nothing outside this list is ever served.
const QHash<QString, Resource> &knownResources()
{
    static const QHash<QString, Resource> map = {
        {QStringLiteral("/ask.html"), {":/web/ask.html", "text/html"}},
        {QStringLiteral("/ask.css"), {":/web/ask.css", "text/css"}},
        {QStringLiteral("/ask.js"), {":/web/ask.js", "text/javascript"}},
        {QStringLiteral("/reader.html"), {":/web/reader.html", "text/html"}},
        {QStringLiteral("/reader.css"), {":/web/reader.css", "text/css"}},
        {QStringLiteral("/reader.js"), {":/web/reader.js", "text/javascript"}},
        {QStringLiteral("/claims.css"), {":/web/claims.css", "text/css"}},
        {QStringLiteral("/claims.js"), {":/web/claims.js", "text/javascript"}},
        {QStringLiteral("/reader_markdown.js"), {":/web/reader_markdown.js", "text/javascript"}},
        {QStringLiteral("/qwebchannel.js"), {":/qtwebchannel/qwebchannel.js", "text/javascript"}},
    };
    return map;
}

} // namespace

void registerAppUrlScheme()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    QWebEngineUrlScheme scheme(kAppScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure (a secure context), local (web content elsewhere cannot load it)
    // and allowed to load local resources: its own scripts and styles. Not
    // CorsEnabled: nothing may fetch from it.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl appUrl(const QString &name)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(kAppScheme));
    url.setHost(QString::fromLatin1(kAppHost));
    url.setPath(u'/' + name);
    return url;
}

bool isAppUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String(kAppScheme) && url.host() == QLatin1String(kAppHost);
}

void AppSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const auto it = knownResources().constFind(url.path());
    if (!isAppUrl(url) || job->requestMethod() != "GET" || it == knownResources().constEnd() ||
        url.hasQuery() || !url.userInfo().isEmpty() || url.port() != -1) {
        ++m_denied;
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    QFile file(QString::fromLatin1(it->path));
    if (!file.open(QIODevice::ReadOnly)) {
        ++m_denied;
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(file.readAll());
    buffer->open(QIODevice::ReadOnly);
    ++m_served;
    job->reply(QByteArray(it->mime), buffer);
}

} // namespace stratos
