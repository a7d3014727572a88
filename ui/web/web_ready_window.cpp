#include "web/web_ready_window.h"

#include <QGuiApplication>
#include <QOpenGLWidget>

namespace stratos {

void prepareForWebViews(QWidget *window)
{
    // Platforms that put nothing on a screen (screenshots, exports) re-create
    // nothing a user could see; skip the GPU set-up there.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return;
    // Qt decides how a top-level is composed when it creates the native window:
    // with a texture-rendering child (QQuickWidget, QOpenGLWidget) it is GPU-composed.
    // QtWebEngine draws through a QQuickWidget; one appearing later made Qt 6.4
    // destroy and re-create the window (a black flash, placed again by the window
    // manager, keys lost). A hidden QOpenGLWidget asks for the same composition
    // (OpenGL, which QtWebEngine's Qt Quick uses: web_views.cpp) from the first
    // show without linking Qt Quick, which the web module alone loads (the
    // FirstWebVisit test checks that the window stays). It is never shown and
    // initialises no OpenGL of its own.
    auto *primer = new QOpenGLWidget(window);
    primer->setObjectName(QStringLiteral("webSurfacePrimer"));
    primer->setAttribute(Qt::WA_DontShowOnScreen);
    primer->setFocusPolicy(Qt::NoFocus);
    primer->resize(1, 1);
    primer->hide();
}

} // namespace stratos
