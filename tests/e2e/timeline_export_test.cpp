// `stratos export-chart --chart timeline` through the real binary: PNG of the
// asked size, an SVG that names the range, a CSV with the events in range, and
// a usage error for a lane that does not exist.
#include "test_env.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos::test;

namespace {

class TimelineExport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath("timeline.sqlite");
        const auto r = runStratos({"stats", "--db", s_db}); // seeds the store once
        ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    }
    static void TearDownTestSuite() { delete s_dir; }
    static ProcessResult exportTimeline(const QString &out, const QStringList &more = {})
    {
        return runStratos(
            QStringList{"export-chart", "--db", s_db, "--chart", "timeline", "--out", out} + more);
    }
    static QString s_db;
    static QTemporaryDir *s_dir;
};
QString TimelineExport::s_db;
QTemporaryDir *TimelineExport::s_dir = nullptr;

} // namespace

TEST_F(TimelineExport, PngOfTheAskedSizeAroundJanuary2025)
{
    const QString out = s_dir->filePath("timeline.png");
    const auto r = exportTimeline(
        out, {"--from", "2024-12-01", "--to", "2025-02-28", "--width", "1400", "--height", "800"});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    const QImage img(out);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(img.size(), QSize(1400, 800));
    // Not blank: the lanes' colours are there.
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            colours.insert(img.pixel(x, y));
    EXPECT_GT(colours.size(), 30);
}

TEST_F(TimelineExport, SvgNamesTheRangeAndCsvListsTheEvents)
{
    const QString svg = s_dir->filePath("timeline.svg");
    ASSERT_EQ(exportTimeline(svg, {"--from", "2025-01-01", "--to", "2025-01-31"}).exitCode, 0);
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 Jan 2025"))) << "title with the range";

    const QString csv = s_dir->filePath("timeline.csv");
    ASSERT_EQ(exportTimeline(
                  csv, {"--from", "2025-01-01", "--to", "2025-01-31", "--series", "market,policy"})
                  .exitCode,
              0);
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(c.readAll()).trimmed().split(u'\n');
    ASSERT_GT(lines.size(), 3);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("day,lane,title")));
    bool shock = false;
    for (const QString &l : lines.mid(1)) {
        EXPECT_TRUE(l.startsWith(QStringLiteral("2025-01-"))) << qPrintable(l);
        EXPECT_TRUE(l.contains(QStringLiteral(",market,")) ||
                    l.contains(QStringLiteral(",policy,")))
            << qPrintable(l);
        shock = shock || (l.startsWith(QStringLiteral("2025-01-27")) &&
                          l.contains(QStringLiteral("DeepSeek")));
    }
    EXPECT_TRUE(shock);
}

TEST_F(TimelineExport, UnknownLaneOrInvertedRangeIsUsage)
{
    const QString out = s_dir->filePath("bad.png");
    auto r = exportTimeline(out, {"--series", "weather"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("weather"))) << qPrintable(r.err);
    r = exportTimeline(out, {"--from", "2025-02-01", "--to", "2025-01-01"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(out));
}
