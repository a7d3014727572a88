#include "timeline/timeline_export.h"

#include "timeline/timeline_frame.h"
#include "charts/vector_paint.h"

#include <QApplication>
#include <QBuffer>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>

namespace stratos {

using namespace timeline;

namespace {

constexpr double kHeader = 54;
constexpr double kFooter = 26;

QString rangeTitle(const TimelineExportView &v)
{
    const QLocale english(QLocale::English);
    return QStringLiteral("Timeline, %1 – %2")
        .arg(english.toString(timeToDay(v.t0), QStringLiteral("d MMM yyyy")),
             english.toString(timeToDay(v.t1 - 1e-6),
                              QStringLiteral("d MMM yyyy"))); // t1 is the end of its day
}

void paintTimeline(QPainter &p, const TimelineModel &model, const TimelineExportView &v, QSize size)
{
    const QFont base = QApplication::font();
    FrameBuilder builder(model);
    const TimelineStyle style = TimelineStyle::forExport(base);
    builder.setStyle(style);
    const QSize frameSize(size.width(), int(size.height() - kHeader - kFooter));
    TimeScale scale;
    scale.setRange(v.t0, v.t1);
    const TimelineFrame frame = builder.build(scale, frameSize, v.selected);

    p.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), style.background);
    QFont title = base;
    title.setPointSizeF(base.pointSizeF() * 1.35);
    title.setBold(true);
    p.setFont(title);
    p.setPen(style.text);
    p.drawText(QRectF(16, 8, size.width() - 32, 24), Qt::AlignLeft | Qt::AlignVCenter,
               rangeTitle(v));
    p.setFont(style.font);
    p.setPen(style.mutedText);
    p.drawText(QRectF(16, 30, size.width() - 32, 18), Qt::AlignLeft | Qt::AlignVCenter,
               v.subtitle.isEmpty() ? QObject::tr("%1 events shown").arg(model.shownCount())
                                    : v.subtitle);
    p.save();
    p.translate(0, kHeader);
    p.setClipRect(QRectF(QPointF(0, 0), QSizeF(frameSize)));
    paintFrame(p, frame, model, style);
    p.restore();
    p.setFont(style.axisFont);
    p.setPen(style.mutedText);
    p.drawText(
        QRectF(16, size.height() - kFooter, size.width() - 32, kFooter),
        Qt::AlignLeft | Qt::AlignVCenter,
        QObject::tr(
            "Source: Stratos curated timeline; every event carries its own source (see the CSV "
            "export). \"+N\" stands for events without room for a label."));
}

Status commitBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QImage renderTimelineImage(const TimelineModel &model, const TimelineExportView &view, QSize size,
                           qreal scale)
{
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(Qt::white);
    QPainter p(&img);
    paintTimeline(p, model, view, size);
    return img;
}

QString timelineCsv(const TimelineModel &model, double t0, double t1)
{
    QString out =
        QStringLiteral("day,lane,title,summary,countries,importance,origin,url,concerns\n");
    const auto [first, last] = model.range(t0, t1);
    for (int i = first; i < last; ++i) {
        if (!model.isShown(i))
            continue;
        const TimelineEvent &e = model.event(i);
        const QString origin = e.isDocument()    ? QStringLiteral("document")
                               : e.isUserEvent() ? QStringLiteral("user")
                                                 : QStringLiteral("curated");
        out += QStringList{e.event.day.toString(Qt::ISODate),
                           laneKey(e.lane),
                           csvField(e.event.title),
                           csvField(e.event.summary),
                           csvField(e.countries.join(u' ')),
                           QString::number(e.event.importance),
                           origin,
                           csvField(e.event.url),
                           csvField(e.event.concerns.join(u';'))}
                   .join(u',') +
               u'\n';
    }
    return out;
}

Status exportTimeline(const TimelineModel &model, const TimelineExportView &view,
                      const ExportRequest &req)
{
    switch (req.format) {
    case ExportFormat::Csv:
        return commitBytes(req.path, timelineCsv(model, view.t0, view.t1).toUtf8());
    case ExportFormat::Png: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(renderTimelineImage(model, view, req.size, req.scale)))
            return Error(
                QStringLiteral("cannot encode %1: %2").arg(req.path, writer.errorString()));
        return commitBytes(req.path, buffer.data());
    }
    case ExportFormat::Svg:
    case ExportFormat::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto picture = [&](QPainter &p) { paintTimeline(p, model, view, req.size); };
        const Status painted = req.format == ExportFormat::Svg
                                   ? paintSvg(&buffer, req.size, rangeTitle(view), {}, req.path, picture)
                                   : paintPdf(&buffer, req.size, rangeTitle(view), req.path, picture);
        if (!painted)
            return painted;
        return commitBytes(req.path, buffer.data());
    }
    }
    return Error(QStringLiteral("unknown export format"));
}

} // namespace stratos
