#include "charts/chart_csv.h"

#include <cmath>

namespace stratos::charts {
namespace {

QString number(double v)
{
    // Enough digits to round-trip a price or a FLOP count, no trailing noise.
    return QString::number(v, 'g', 15);
}

bool inRange(const Axis &axis, double x)
{
    return (!axis.min || x >= *axis.min) && (!axis.max || x <= *axis.max);
}

// Calls row(series, index) for every point the chart plots.
template <typename F>
void forEachRow(const ChartSpec &spec, F &&row)
{
    for (const Series &s : spec.series) {
        if (spec.isCategorical()) {
            for (qsizetype i = 0; i < s.values.size() && i < spec.categories.size(); ++i) {
                const double v = s.values[i];
                if (!std::isfinite(v) || (s.kind == SeriesKind::StackedBar && v == 0))
                    continue;
                row(s, i);
            }
        } else {
            for (qsizetype i = 0; i < s.points.size(); ++i)
                if (std::isfinite(s.points[i].y()) && inRange(spec.x, s.points[i].x()))
                    row(s, i);
        }
    }
}

} // namespace

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString chartToCsv(const ChartSpec &spec)
{
    bool labels = false, sources = false;
    for (const Series &s : spec.series) {
        labels = labels || !s.labels.isEmpty();
        sources = sources || !s.sources.isEmpty();
    }
    QStringList header{QStringLiteral("series"), spec.x.label(), spec.y.label()};
    if (labels)
        header << QStringLiteral("label");
    if (sources)
        header << QStringLiteral("source");
    QString out;
    for (QString &h : header)
        h = csvField(h);
    out += header.join(u',') + u'\n';
    forEachRow(spec, [&](const Series &s, qsizetype i) {
        QStringList f{csvField(s.name)};
        if (spec.isCategorical()) {
            f << csvField(spec.categories[i]) << number(s.values[i]);
        } else {
            const QPointF p = s.points[i];
            f << (spec.x.kind == AxisKind::Date ? xToDay(p.x()).toString(Qt::ISODate) : number(p.x()))
              << number(p.y());
        }
        if (labels)
            f << csvField(s.labels.value(i));
        if (sources)
            f << csvField(s.sources.value(i));
        out += f.join(u',') + u'\n';
    });
    return out;
}

qsizetype csvRowCount(const ChartSpec &spec)
{
    qsizetype n = 0;
    forEachRow(spec, [&n](const Series &, qsizetype) { ++n; });
    return n;
}

} // namespace stratos::charts
