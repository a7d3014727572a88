#include "web/app_web_profile.h"

#include "web/app_scheme.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace stratos {
namespace {

Q_LOGGING_CATEGORY(lcWeb, "stratos.web")

struct ProfileParts
{
    QWebEngineProfile *profile = nullptr;
    AppRequestInterceptor *interceptor = nullptr;
    AppSchemeHandler *handler = nullptr;
};

ProfileParts &parts()
{
    static ProfileParts p;
    return p;
}

void configure(QWebEngineSettings *s)
{
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
}

} // namespace

void AppRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    m_seen.ref();
    if (isAppUrl(info.requestUrl()))
        return;
    m_blocked.ref();
    {
        QMutexLocker lock(&m_mutex);
        m_blockedUrls << info.requestUrl().toString().left(200);
    }
    qCWarning(lcWeb) << "blocked a request outside the app:" << info.requestUrl().toString().left(200);
    info.block(true);
}

QStringList AppRequestInterceptor::blockedUrls() const
{
    QMutexLocker lock(&m_mutex);
    return m_blockedUrls;
}

AppWebPage::AppWebPage(QObject *parent) : QWebEnginePage(appWebProfile(), parent)
{
    configure(settings());
}

bool AppWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const bool ok = isMainFrame && isAppUrl(url) &&
                    (type == NavigationTypeTyped || type == NavigationTypeReload || type == NavigationTypeOther);
    if (!ok)
        qCWarning(lcWeb) << "refused a navigation to" << url.toString().left(200);
    return ok;
}

void AppWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                          const QString &source)
{
    if (level == ErrorMessageLevel)
        qCWarning(lcWeb).noquote() << QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
    else
        qCDebug(lcWeb).noquote() << QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
}

QWebEngineProfile *appWebProfile()
{
    ProfileParts &p = parts();
    if (!p.profile) {
        // No storage name: off the record. Parented to the application so it
        // outlives every page (pages are deleted with their windows first).
        p.profile = new QWebEngineProfile(qApp);
        p.profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        p.profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        p.profile->setSpellCheckEnabled(false);
        p.interceptor = new AppRequestInterceptor(p.profile);
        p.handler = new AppSchemeHandler(p.profile);
        p.profile->setUrlRequestInterceptor(p.interceptor);
        p.profile->installUrlSchemeHandler(kAppScheme, p.handler);
        configure(p.profile->settings());
        QObject::connect(p.profile, &QObject::destroyed, [] { parts() = {}; });
    }
    return p.profile;
}

AppRequestInterceptor *appRequestInterceptor()
{
    appWebProfile();
    return parts().interceptor;
}

AppSchemeHandler *appSchemeHandler()
{
    appWebProfile();
    return parts().handler;
}

bool appWebProfileCreated() { return parts().profile != nullptr; }

QWebEngineView *createAppWebView(QWidget *parent)
{
    auto *view = new QWebEngineView(parent);
    view->setPage(new AppWebPage(view));
    view->setAcceptDrops(false);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    return view;
}

} // namespace stratos
