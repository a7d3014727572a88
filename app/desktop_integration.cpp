#include "desktop_integration.h"

#include <stratos/version.h>

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QTranslator>

namespace stratos::cli {

void applyDesktopIdentity(QApplication &app)
{
    // Title bars read "<window> — Stratos"; the main window's own title is just "Stratos".
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Stratos"));
    // Matches share/applications/<id>.desktop, so docks group our windows under its entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(STRATOS_APP_ID));
    // An installed icon theme may restyle the hicolor icon; the embedded SVG is the fallback
    // (running from the build tree, Windows, macOS).
    const QIcon embedded(QStringLiteral(":/icons/" STRATOS_APP_ID ".svg"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(STRATOS_APP_ID), embedded));
    installTranslations(app);
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (standard buttons, file dialogs) come from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // No translation for the locale (or the "C" locale of scripts and CI): English,
    // whose file still gives proper plural forms instead of "model(s)".
    auto *own = new QTranslator(&app);
    const bool found = own->load(locale, QStringLiteral("stratos"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found || own->load(QStringLiteral(":/i18n/stratos_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return found;
}

} // namespace stratos::cli
