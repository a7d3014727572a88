#pragma once
// The app's own URL scheme (stratos://app/...) for the Ask panel and the reader:
// registered before QApplication exists, served only from a fixed list of
// compiled-in resources, everything else refused.

#include "web/web_export.h"

#include <QByteArray>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace stratos {

inline constexpr char kAppScheme[] = "stratos";
inline constexpr char kAppHost[] = "app";

// Before the first web profile exists: the module calls it when it is loaded
// (web_module.cpp), the web tests before their QApplication.
STRATOS_WEB_EXPORT void registerAppUrlScheme();

// stratos://app/NAME
STRATOS_WEB_EXPORT QUrl appUrl(const QString &name);
STRATOS_WEB_EXPORT bool isAppUrl(const QUrl &url);

// Serves the known pages, styles and scripts; anything else gets RequestDenied
// (as Qt Creator's help viewer does). Replies are buffers parented to the job.
class STRATOS_WEB_EXPORT AppSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void requestStarted(QWebEngineUrlRequestJob *job) override;

    int served() const { return m_served; }
    int denied() const { return m_denied; }

private:
    int m_served = 0;
    int m_denied = 0;
};

} // namespace stratos
