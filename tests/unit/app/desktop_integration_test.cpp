// The GUI's desktop identity: the embedded icon, the desktop-file id and the
// translations hook (English complete, other locales fall back to the source).
#include "desktop_integration.h"

#include <stratos/version.h>

#include <QApplication>
#include <QIcon>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace stratos::cli;

TEST(DesktopIdentity, EmbedsTheApplicationIconAsSvg)
{
    const QIcon icon(QStringLiteral(":/icons/" STRATOS_APP_ID ".svg"));
    ASSERT_FALSE(icon.isNull());
    EXPECT_EQ(icon.pixmap(QSize(64, 64)).size(), QSize(64, 64));
}

TEST(DesktopIdentity, SetsIconNameAndDesktopFileId)
{
    applyDesktopIdentity(*qApp);
    EXPECT_EQ(QGuiApplication::desktopFileName(), QStringLiteral(STRATOS_APP_ID));
    EXPECT_EQ(QGuiApplication::applicationDisplayName(), QStringLiteral("Stratos"));
    EXPECT_FALSE(QApplication::windowIcon().isNull());
}

TEST(Translations, EnglishIsEmbeddedAndHasProperPlurals)
{
    QTranslator en;
    ASSERT_TRUE(en.load(QStringLiteral(":/i18n/stratos_en.qm")));
    EXPECT_FALSE(en.isEmpty());
    const char *source = "%n notable model(s) released in the 12 months to %1";
    EXPECT_EQ(en.translate("stratos::OverviewPage", source, nullptr, 1),
              QStringLiteral("%n notable model released in the 12 months to %1"));
    EXPECT_EQ(en.translate("stratos::OverviewPage", source, nullptr, 5),
              QStringLiteral("%n notable models released in the 12 months to %1"));
}

TEST(Translations, LoadsTheLocaleOrFallsBackToEnglish)
{
    EXPECT_TRUE(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    EXPECT_FALSE(installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
    EXPECT_FALSE(installTranslations(*qApp, QLocale::c()));
    // Either way the English plural forms are in place.
    EXPECT_EQ(QCoreApplication::translate("stratos::OverviewPage",
                                          "%n notable model(s) released in the 12 months to %1", nullptr, 2),
              QStringLiteral("2 notable models released in the 12 months to %1"));
}
