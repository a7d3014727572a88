#include "charts/chart_export.h"

#include "about_text.h"
#include "charts/chart_csv.h"
#include "charts/spec_chart.h"
#include "charts/vector_paint.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <memory>

namespace stratos {
namespace {

// A QSaveFile (the old file survives a failed write), except for existing
// non-regular targets such as /dev/stdout or a pipe, which cannot be renamed over.
class Output
{
public:
    explicit Output(const QString &path) : m_path(path)
    {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile())
            m_file = std::make_unique<QFile>(path);
        else
            m_save = std::make_unique<QSaveFile>(path);
    }
    QIODevice *device() { return m_save ? static_cast<QIODevice *>(m_save.get()) : m_file.get(); }

    Status open()
    {
        if (!device()->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failure();
        return {};
    }
    Status commit()
    {
        if (m_save) {
            if (m_save->error() != QFileDevice::NoError || !m_save->commit())
                return failure();
            return {};
        }
        // A full disk shows only when the buffer goes out.
        if (m_file->error() != QFileDevice::NoError || !m_file->flush())
            return failure();
        m_file->close();
        if (m_file->error() != QFileDevice::NoError)
            return failure();
        return {};
    }
    void cancel()
    {
        if (m_save)
            m_save->cancelWriting();
    }
    Status failure() const
    {
        return Error(QStringLiteral("cannot write %1: %2").arg(m_path, device_()->errorString()));
    }

private:
    const QIODevice *device_() const
    {
        return m_save ? static_cast<const QIODevice *>(m_save.get()) : m_file.get();
    }

    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_file;
};

// A chart on its own scene, laid out at `size`, with series decimated for that width.
struct Rendered
{
    QGraphicsScene scene;
    SpecChart *chart;
};

std::unique_ptr<Rendered> layOut(const charts::ChartSpec &spec, QSize size)
{
    auto r = std::make_unique<Rendered>();
    r->chart = new SpecChart(spec, exportChartColors(), attributionLine());
    r->scene.addItem(r->chart);
    r->chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // Qt Charts finishes its layout in posted events.
    QCoreApplication::sendPostedEvents(nullptr, 0);
    r->chart->resetRange();
    QCoreApplication::sendPostedEvents(nullptr, 0);
    r->scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    return r;
}

void paint(Rendered &r, QPainter &p, QSize size)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    r.scene.render(&p, rect, rect);
}

Status writeImage(const charts::ChartSpec &spec, const ExportRequest &req)
{
    const QImage img = renderChartImage(spec, req.size, req.scale);
    // Encode in memory first: the file then fails with the system's reason (disk full),
    // not with the PNG library's.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(img))
        return Error(QStringLiteral("cannot encode %1: %2").arg(req.path, writer.errorString()));
    Output out(req.path);
    if (Status s = out.open(); !s)
        return s;
    if (out.device()->write(buffer.data()) != buffer.data().size()) {
        const Status s = out.failure();
        out.cancel();
        return s;
    }
    return out.commit();
}

// Qt's SVG generator ignores the plot area's clip: a zoomed line would run past
// the plot's edges. Cut the lines at the visible range first (the edge points
// interpolated), so the drawing holds only what the plot shows.
charts::ChartSpec trimmedToXRange(charts::ChartSpec spec)
{
    if (!spec.x.min || !spec.x.max || spec.isCategorical())
        return spec;
    const double lo = *spec.x.min, hi = *spec.x.max;
    for (charts::Series &s : spec.series) {
        if (s.kind != charts::SeriesKind::Line || s.points.size() < 2)
            continue;
        QList<QPointF> points;
        QStringList labels, tooltips, sources;
        const auto keep = [&](const QPointF &p, qsizetype from) {
            points << p;
            if (!s.labels.isEmpty())
                labels << (from >= 0 ? s.labels.value(from) : QString());
            if (!s.tooltips.isEmpty())
                tooltips << (from >= 0 ? s.tooltips.value(from) : QString());
            if (!s.sources.isEmpty())
                sources << (from >= 0 ? s.sources.value(from) : QString());
        };
        const auto at = [](const QPointF &a, const QPointF &b, double x) {
            return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
        };
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const QPointF &p = s.points[i];
            if (i > 0) {
                const QPointF &q = s.points[i - 1];
                for (double edge : {lo, hi})
                    if ((q.x() < edge && p.x() > edge) || (q.x() > edge && p.x() < edge))
                        keep(s.step ? QPointF(edge, q.y()) : at(q, p, edge), -1);
            }
            if (p.x() >= lo && p.x() <= hi)
                keep(p, i);
        }
        s.points = points;
        s.labels = labels;
        s.tooltips = tooltips;
        s.sources = sources;
    }
    return spec;
}

Status writeSvg(const charts::ChartSpec &spec, const ExportRequest &req)
{
    auto r = layOut(trimmedToXRange(spec), req.size);
    Output out(req.path);
    if (Status s = out.open(); !s)
        return s;
    if (Status s = paintSvg(out.device(), req.size, spec.title, spec.source, req.path,
                            [&](QPainter &p) { paint(*r, p, req.size); });
        !s) {
        out.cancel();
        return s;
    }
    return out.commit();
}

Status writePdf(const charts::ChartSpec &spec, const ExportRequest &req)
{
    auto r = layOut(spec, req.size);
    Output out(req.path);
    if (Status s = out.open(); !s)
        return s;
    if (Status s = paintPdf(out.device(), req.size, spec.title, req.path, [&](QPainter &p) { paint(*r, p, req.size); });
        !s) {
        out.cancel();
        return s;
    }
    return out.commit();
}

Status writeCsv(const charts::ChartSpec &spec, const ExportRequest &req)
{
    Output out(req.path);
    if (Status s = out.open(); !s)
        return s;
    const QByteArray bytes = charts::chartToCsv(spec).toUtf8();
    if (out.device()->write(bytes) != bytes.size()) {
        const Status s = out.failure();
        out.cancel();
        return s;
    }
    return out.commit();
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString exportFormatName(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

QString exportFormatFilter(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Png: return QCoreApplication::translate("Export", "PNG image (*.png)");
    case ExportFormat::Svg: return QCoreApplication::translate("Export", "SVG drawing (*.svg)");
    case ExportFormat::Pdf: return QCoreApplication::translate("Export", "PDF document (*.pdf)");
    case ExportFormat::Csv: return QCoreApplication::translate("Export", "CSV data (*.csv)");
    }
    return {};
}

QImage renderChartImage(const charts::ChartSpec &spec, QSize size, qreal scale)
{
    auto r = layOut(spec, size);
    scale = std::clamp<qreal>(scale, 1, 4);
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale); // same layout, `scale` times the pixels
    img.fill(Qt::white);
    QPainter p(&img);
    paint(*r, p, size);
    p.end();
    return img;
}

Status exportChart(const charts::ChartSpec &spec, const ExportRequest &req)
{
    if (req.size.width() < 100 || req.size.height() < 100 || req.size.width() > 10000 ||
        req.size.height() > 10000)
        return Error(QStringLiteral("a chart must be 100 to 10000 pixels wide and high, not %1×%2")
                         .arg(req.size.width()).arg(req.size.height()));
    switch (req.format) {
    case ExportFormat::Png: return writeImage(spec, req);
    case ExportFormat::Svg: return writeSvg(spec, req);
    case ExportFormat::Pdf: return writePdf(spec, req);
    case ExportFormat::Csv: return writeCsv(spec, req);
    }
    return Error(QStringLiteral("unknown export format"));
}

} // namespace stratos
