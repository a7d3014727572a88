#pragma once
// The web views of the Ask panel and the reader, as the program sees them.
// QtWebEngine is linked only by the web module (stratos_web, web/web_module.cpp),
// loaded the first time a web view is made: starting Stratos and every
// command-line use skip loading it (docs/performance.md, section 1). A view is
// a QWidget (a QWebEngineView on the app's profile, owned by its parent);
// everything else the program does with it goes through WebViews.

#include <QString>
#include <QVariant>
#include <functional>

class QObject;
class QWidget;

namespace stratos {

class WebViews
{
public:
    virtual ~WebViews() = default;
    // A view on the app's profile and scheme, showing nothing yet.
    virtual QWidget *create(QWidget *parent) = 0;
    // Loads stratos://app/`page`.
    virtual void load(QWidget *view, const QString &page) = 0;
    // Calls `finished(ok)` after every load, while `context` lives.
    virtual void onLoadFinished(QWidget *view, QObject *context, std::function<void(bool)> finished) = 0;
    // Runs `script` in the page; `done` (if any) gets its result.
    virtual void runJavaScript(QWidget *view, const QString &script, std::function<void(const QVariant &)> done) = 0;
    // Publishes `object` to the page's scripts as `name` over a web channel.
    virtual void publish(QWidget *view, const QString &name, QObject *object) = 0;
};

// The module's views, loading it on the first call; null, with `error` set,
// when the module cannot be found or loaded. GUI thread only.
WebViews *webViews(QString *error = nullptr);

// Call in main() before the QApplication exists. QtWebEngine asks for an
// OpenGL context shared between windows and for Qt Quick on OpenGL; it sets
// both itself when it is loaded before the application, which it no longer is.
void prepareApplicationForWebViews();

} // namespace stratos
