#include "web/web_ready_window.h"

#include <QGuiApplication>
#include <QQuickWidget>

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
    // manager, keys lost). A hidden QQuickWidget asks for the same composition,
    // with the same graphics API as the web views' own, from the first show.
    // It loads nothing and is never shown, so QtWebEngine still starts lazily.
    auto *primer = new QQuickWidget(window);
    primer->setObjectName(QStringLiteral("webSurfacePrimer"));
    primer->setAttribute(Qt::WA_DontShowOnScreen);
    primer->setFocusPolicy(Qt::NoFocus);
    primer->resize(1, 1);
    primer->hide();
}

} // namespace stratos
