#pragma once
// The app's own URL scheme (stratos://app/...) for the Ask panel and the reader:
// registered before QApplication exists, served only from a fixed list of
// compiled-in resources, everything else refused.

#include <QByteArray>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace stratos {

inline constexpr char kAppScheme[] = "stratos";
inline constexpr char kAppHost[] = "app";

// Call once in main() before the QApplication is constructed.
void registerAppUrlScheme();

// stratos://app/NAME
QUrl appUrl(const QString &name);
bool isAppUrl(const QUrl &url);

// Serves the known pages, styles and scripts; anything else gets RequestDenied
// (as Qt Creator's help viewer does). Replies are buffers parented to the job.
class AppSchemeHandler : public QWebEngineUrlSchemeHandler
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
