#pragma once
// The one web profile the Ask panel and the reader share: off the record (no
// disk cache, cookies or history), the app scheme installed, every request to
// another scheme blocked and counted, and pages that navigate nowhere.

#include "web/web_export.h"

#include <QAtomicInt>
#include <QStringList>
#include <QMutex>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>

class QWebEngineProfile;
class QWebEngineView;

namespace stratos {

class AppSchemeHandler;

// Lets only stratos://app requests through; the rest are blocked and counted.
class STRATOS_WEB_EXPORT AppRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int seen() const { return m_seen.loadRelaxed(); }
    int blocked() const { return m_blocked.loadRelaxed(); }
    QStringList blockedUrls() const;

private:
    QAtomicInt m_seen;
    QAtomicInt m_blocked;
    mutable QMutex m_mutex;
    QStringList m_blockedUrls;
};

// Refuses every navigation but the first load of an app page.
class STRATOS_WEB_EXPORT AppWebPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit AppWebPage(QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;
};

// Created on first use (this is what starts QtWebEngine), owned by the application.
STRATOS_WEB_EXPORT QWebEngineProfile *appWebProfile();
STRATOS_WEB_EXPORT AppRequestInterceptor *appRequestInterceptor();
STRATOS_WEB_EXPORT AppSchemeHandler *appSchemeHandler();
// True once appWebProfile() has been called.
STRATOS_WEB_EXPORT bool appWebProfileCreated();

// A view on an AppWebPage; drops go to the window below, not into the page.
STRATOS_WEB_EXPORT QWebEngineView *createAppWebView(QWidget *parent);

} // namespace stratos
