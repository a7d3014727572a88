#include "style.h"

#include <QApplication>
#include <QPalette>

namespace stratos {

namespace {

// A dark palette for platforms that do not report one (plain X11, Xvfb), chosen
// with STRATOS_THEME=dark; screenshots of the dark look are made this way too.
QPalette darkPalette()
{
    QPalette p;
    const QColor window("#1b1f27"), base("#20252e"), text("#e6e9ef"), muted("#8b93a1");
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor("#262c37"));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor("#2a303b"));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor("#2a303b"));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Highlight, QColor("#2f6fde"));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor("#7aa7ff"));
    p.setColor(QPalette::Mid, QColor("#3a4354"));
    p.setColor(QPalette::Dark, QColor("#15181e"));
    p.setColor(QPalette::Light, QColor("#3a4354"));
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    return p;
}

} // namespace

void applyStratosStyle(QApplication &app)
{
    if (qEnvironmentVariable("STRATOS_THEME") == QLatin1String("dark")) {
        app.setStyle(QStringLiteral("Fusion"));
        app.setPalette(darkPalette());
    }
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
        // Keyboard focus must show: a bar along the sidebar's edge and a light mark on the current page.
        "QListWidget#sidebar:focus { border-right: 3px solid %4; }"
        "QListWidget#sidebar::item:selected:focus { border-left: 3px solid #ffd166; }"
        "QFrame#statCard { background: %2; border: 1px solid %3; border-radius: 8px; }"
        "QFrame#statCard:hover, QFrame#statCard:focus { border: 1px solid %4; }"
        "QLabel#cardFigure { color: %4; }")
                          .arg(sidebarBg, cardBg, cardBorder, accent));
}

} // namespace stratos
