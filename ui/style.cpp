#include "style.h"

#include <QApplication>
#include <QPalette>

namespace stratos {

void applyStratosStyle(QApplication &app)
{
    const QPalette pal = app.palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QString sidebarBg = dark ? QStringLiteral("#1f2530") : QStringLiteral("#eef1f6");
    const QString cardBg = dark ? QStringLiteral("#262d3a") : QStringLiteral("#ffffff");
    const QString cardBorder = dark ? QStringLiteral("#3a4354") : QStringLiteral("#d7dce5");
    const QString accent = QStringLiteral("#2f6fde");
    app.setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: %1; border: none; padding-top: 12px; font-size: 11pt; }"
        "QListWidget#sidebar::item { padding-left: 18px; border-left: 3px solid transparent; }"
        "QListWidget#sidebar::item:selected { background: %4; color: white; border-left: 3px solid %4; }"
        "QFrame#statCard { background: %2; border: 1px solid %3; border-radius: 8px; }"
        "QFrame#statCard:hover, QFrame#statCard:focus { border: 1px solid %4; }"
        "QLabel#cardFigure { color: %4; }")
                          .arg(sidebarBg, cardBg, cardBorder, accent));
}

} // namespace stratos
