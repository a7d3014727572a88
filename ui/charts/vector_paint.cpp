#include "charts/vector_paint.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace stratos {
namespace {

Status paintOn(QPaintDevice *device, const QString &failure, const PaintPicture &paint)
{
    QPainter p;
    if (!p.begin(device))
        return Error(failure);
    paint(p);
    p.end();
    return {};
}

} // namespace

Status paintSvg(QIODevice *device, QSize size, const QString &title, const QString &description,
                const QString &path, const PaintPicture &paint)
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(title);
    svg.setDescription(description);
    return paintOn(&svg, QStringLiteral("cannot write %1: the SVG generator did not start").arg(path), paint);
}

Status paintPdf(QIODevice *device, QSize size, const QString &title, const QString &path,
                const PaintPicture &paint)
{
    // Destroyed before returning: the writer finishes the file then.
    QPdfWriter pdf(device);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Stratos"));
    pdf.setResolution(96);
    // One page the size of the picture: 96 px per inch, 72 points per inch.
    pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(size) * 0.75, QPageSize::Point), QPageLayout::Portrait,
                                  QMarginsF(0, 0, 0, 0)));
    return paintOn(&pdf, QStringLiteral("cannot write %1: the PDF writer did not start").arg(path), paint);
}

} // namespace stratos
