#pragma once
// Writes a chart to PNG, SVG, PDF or CSV. The image formats render a fresh
// chart of the requested size from the spec (no hover overlays, light colours,
// title, axes with units and the attribution line); CSV writes the data before
// decimation. Every failed write comes back as an error a person can read.

#include "charts/chart_spec.h"
#include "util/result.h"

#include <QSize>
#include <QString>
#include <optional>

class QImage;

namespace stratos {

enum class ExportFormat { Png, Svg, Pdf, Csv };

std::optional<ExportFormat> exportFormatFromName(const QString &name); // "png", "SVG", ...
QString exportFormatName(ExportFormat format);                        // "png"
QString exportFormatFilter(ExportFormat format);                      // "PNG image (*.png)"

struct ExportRequest
{
    QString path;
    ExportFormat format = ExportFormat::Png;
    QSize size{1200, 700}; // logical pixels (PDF: points at 96 dpi)
    qreal scale = 1;       // PNG device pixel ratio: 2 gives a sharp image for a 2x screen
};

Status exportChart(const charts::ChartSpec &spec, const ExportRequest &request);

// The chart as an image, for the clipboard and for tests.
QImage renderChartImage(const charts::ChartSpec &spec, QSize size, qreal scale);

} // namespace stratos
