#include "web/web_views.h"

#include "util/module_loader.h"

#include <QCoreApplication>

namespace stratos {

WebViews *webViews(QString *error)
{
    using Getter = WebViews *(*)();
    static WebViews *views = nullptr;
    static QString why;
    if (!views && why.isEmpty()) {
        const auto getter =
            reinterpret_cast<Getter>(resolveModuleFunction(QStringLiteral("stratos_web"), "stratos_web_views", &why));
        if (getter)
            views = getter();
        else if (why.isEmpty())
            why = QStringLiteral("stratos_web: no web views");
    }
    if (!views && error)
        *error = why;
    return views;
}

void prepareApplicationForWebViews()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // QQuickWindow::setGraphicsApi(OpenGLRhi), which QtWebEngine would call,
    // without linking Qt Quick; a user's own choice stays.
    if (qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        qputenv("QSG_RHI_BACKEND", "opengl");
}

} // namespace stratos
