// Issue 12, polish: a zoomed chart exported as SVG keeps its lines inside the
// plot. Qt's SVG generator does not clip, so lines ran on past the right edge.
// The SVG, drawn back, must have no series ink right of where the PNG has it.
#include "charts/chart_export.h"
#include "charts/chart_palette.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

// The rightmost column holding a pixel of (nearly) the series' colour; -1 if none.
int rightmostInk(const QImage &image, const QColor &ink)
{
    for (int x = image.width() - 1; x >= 0; --x)
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green()) + std::abs(c.blue() - ink.blue()) < 40)
                return x;
        }
    return -1;
}

} // namespace

TEST(SvgExport, AZoomedLineStopsAtThePlotsEdges)
{
    charts::ChartSpec spec;
    spec.id = QStringLiteral("test.zoomed");
    spec.title = QStringLiteral("Zoomed");
    spec.x = {charts::AxisKind::Value, QStringLiteral("x"), {}, charts::ValueFormat::Number, 20.0, 60.0};
    spec.y = {charts::AxisKind::Value, QStringLiteral("y"), {}, charts::ValueFormat::Number, 0.0, 100.0};
    charts::Series s(QStringLiteral("NVDA"), QStringLiteral("NVDA"), charts::SeriesKind::Line, QStringLiteral("symbol:NVDA"));
    for (int x = 0; x <= 100; x += 5)
        s.points << QPointF(x, 50 + (x % 10 == 0 ? 20 : -20));
    spec.series << s;
    const QSize size(800, 500);
    const QColor ink = seriesColor(QStringLiteral("symbol:NVDA"), 0, false);

    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(exportChart(spec, {svgPath, ExportFormat::Svg, size, 1}).ok());
    QSvgRenderer renderer(svgPath);
    ASSERT_TRUE(renderer.isValid());
    QImage drawn(size, QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    QPainter p(&drawn);
    renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();

    const QImage png = renderChartImage(spec, size, 1);
    const int pngRight = rightmostInk(png, ink), svgRight = rightmostInk(drawn, ink);
    ASSERT_GT(pngRight, size.width() / 2) << "the line is not drawn at all";
    // The legend's swatch has the colour too, but sits left of the plot's right edge.
    EXPECT_LE(svgRight, pngRight + 3) << "the SVG's line runs on past the plot";
}
