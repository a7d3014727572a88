// The real binary under a display: --screenshot writes a PNG of the window,
// of the window's size, that is not blank.
#include "test_env.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

int distinctColours(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

} // namespace

TEST(Screenshot, EveryPageRendersWithData)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
        GTEST_SKIP() << "no display (make test runs this under xvfb-run)";
    QTemporaryDir dir;
    const QString db = dir.filePath("shots.sqlite");
    for (const QString page : {"overview", "models", "markets", "space", "timeline", "library", "ask"}) {
        const QString png = dir.filePath(page + ".png");
        const auto r = runStratos({"--db", db, "--screenshot", png, "--page", page, "--size", "1280x800"});
        ASSERT_EQ(r.exitCode, 0) << qPrintable(page) << ": " << qPrintable(r.err);
        QImage img(png);
        ASSERT_FALSE(img.isNull()) << qPrintable(page);
        EXPECT_EQ(img.width(), 1280) << qPrintable(page);
        EXPECT_EQ(img.height(), 800) << qPrintable(page);
        EXPECT_GT(distinctColours(img), 40) << qPrintable(page) << " looks blank";
    }
}

TEST(Screenshot, UnwritableTargetIsReported)
{
    const auto r = runStratos({"--screenshot", "/nonexistent-dir/x.png"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("does not exist"))) << qPrintable(r.err);
}
