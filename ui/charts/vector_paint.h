#pragma once
// Painting an export as SVG or as a one-page PDF, the same way for the chart
// and the timeline exports: the picture's own size at 96 px per inch, its
// title (and for SVG a description) in the file.

#include "util/result.h"

#include <QSize>
#include <QString>
#include <functional>

class QIODevice;
class QPainter;

namespace stratos {

using PaintPicture = std::function<void(QPainter &)>;

// device: where the file goes, open for writing; path: what the error names when the generator
// does not start. The device holds the whole file when these return.
Status paintSvg(QIODevice *device, QSize size, const QString &title, const QString &description,
                const QString &path, const PaintPicture &paint);
Status paintPdf(QIODevice *device, QSize size, const QString &title, const QString &path,
                const PaintPicture &paint);

} // namespace stratos
