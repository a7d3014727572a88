// The web module (stratos_web): the program's only code that links QtWebEngine
// and Qt WebChannel. The program loads it the first time it makes a web view
// (web/web_views.h) and reaches it only through WebViews.
#include "web/app_scheme.h"
#include "web/app_web_profile.h"
#include "web/web_views.h"

#include <QPointer>
#include <QWebChannel>
#include <QWebEngineView>

namespace stratos {
namespace {

// Every view this module makes is a QWebEngineView (create() below).
QWebEngineView *engineView(QWidget *view) { return static_cast<QWebEngineView *>(view); }

class ModuleWebViews final : public WebViews
{
public:
    QWidget *create(QWidget *parent) override { return createAppWebView(parent); }

    void load(QWidget *view, const QString &page) override { engineView(view)->load(appUrl(page)); }

    void onLoadFinished(QWidget *view, QObject *context, std::function<void(bool)> finished) override
    {
        QObject::connect(engineView(view), &QWebEngineView::loadFinished, context, std::move(finished));
    }

    void runJavaScript(QWidget *view, const QString &script, std::function<void(const QVariant &)> done) override
    {
        if (done)
            engineView(view)->page()->runJavaScript(script, std::move(done));
        else
            engineView(view)->page()->runJavaScript(script);
    }

    void publish(QWidget *view, const QString &name, QObject *object) override
    {
        QWebEnginePage *page = engineView(view)->page();
        QWebChannel *channel = page->webChannel();
        if (!channel) {
            channel = new QWebChannel(page);
            page->setWebChannel(channel);
        }
        channel->registerObject(name, object);
    }
};

} // namespace
} // namespace stratos

// The program resolves this unmangled name (web/web_views.cpp).
extern "C" Q_DECL_EXPORT stratos::WebViews *stratos_web_views()
{
    // Before the first profile exists: QtWebEngine takes custom schemes only
    // until it starts (registering twice is harmless, see app_scheme.cpp).
    stratos::registerAppUrlScheme();
    static stratos::ModuleWebViews views;
    return &views;
}
