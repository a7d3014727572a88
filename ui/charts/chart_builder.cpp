#include "charts/chart_builder.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>

namespace stratos {

using namespace charts;

QAbstractSeries *PlotSeries::qtSeries() const
{
    if (xy)
        return xy;
    if (area)
        return area;
    return bars;
}

namespace {

void styleAxis(QAbstractAxis *axis, const ChartColors &c, const QString &title)
{
    QFont labels;
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    QFont titleFont = labels;
    titleFont.setBold(true);
    axis->setLabelsFont(labels);
    axis->setLabelsBrush(c.text);
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(c.mutedText);
    axis->setTitleText(title);
    axis->setLinePen(QPen(c.axisLine, 1));
    axis->setGridLinePen(QPen(c.grid, 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

QCategoryAxis *tickAxis(const ChartColors &c, const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(axis, c, title);
    return axis;
}

} // namespace

void buildPlot(QChart *chart, const ChartSpec &spec, const ChartColors &c, QList<PlotSeries> &out,
               PlotAxes &axes)
{
    if (spec.isCategorical()) {
        axes.categories = new QBarCategoryAxis;
        axes.categories->setCategories(spec.categories);
        styleAxis(axes.categories, c, spec.x.label());
        axes.x = axes.categories;
        if (!spec.horizontal && spec.categories.size() > 14)
            axes.categories->setLabelsAngle(-90); // quarters side by side would overlap
        axes.yTicks = tickAxis(c, spec.y.label());
        axes.y = axes.yTicks;
    } else {
        axes.xTicks = tickAxis(c, spec.x.label());
        axes.yTicks = tickAxis(c, spec.y.label());
        axes.x = axes.xTicks;
        axes.y = axes.yTicks;
    }
    // Horizontal bars: categories run up the left side, values along the bottom.
    chart->addAxis(spec.horizontal ? axes.valueAxis() : axes.x, Qt::AlignBottom);
    chart->addAxis(spec.horizontal ? axes.x : axes.valueAxis(), Qt::AlignLeft);

    QAbstractBarSeries *grouped = nullptr, *stacked = nullptr;
    for (int i = 0; i < spec.series.size(); ++i) {
        const Series &s = spec.series[i];
        PlotSeries p;
        p.specIndex = i;
        p.color = seriesColor(s.colorKey, i, c.dark);
        if (spec.isCategorical()) {
            QAbstractBarSeries *&target = s.kind == SeriesKind::StackedBar ? stacked : grouped;
            if (!target) {
                if (s.kind == SeriesKind::StackedBar)
                    target = spec.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                             : new QStackedBarSeries;
                else
                    target = spec.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                             : new QBarSeries;
                target->setBarWidth(0.72);
                chart->addSeries(target);
                target->attachAxis(axes.x);
                target->attachAxis(axes.valueAxis());
            }
            p.set = new QBarSet(s.name);
            for (double v : s.values)
                p.set->append(v);
            p.set->setColor(p.color);
            p.set->setBorderColor(c.background);
            target->append(p.set);
            p.bars = target;
        } else if (s.kind == SeriesKind::Bar) {
            p.upper = new QLineSeries;
            p.lower = new QLineSeries;
            p.area = new QAreaSeries(p.upper, p.lower);
            p.upper->setParent(p.area);
            p.lower->setParent(p.area);
            p.area->setName(s.name);
            QColor fill = p.color;
            fill.setAlpha(spec.series.size() > 1 ? 210 : 255);
            p.area->setBrush(fill);
            p.area->setPen(Qt::NoPen);
            chart->addSeries(p.area);
            p.area->attachAxis(axes.x);
            p.area->attachAxis(axes.y);
        } else {
            if (s.kind == SeriesKind::Scatter) {
                auto *scatter = new QScatterSeries;
                scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                scatter->setMarkerSize(10);
                scatter->setBorderColor(c.background);
                p.xy = scatter;
            } else {
                p.xy = new QLineSeries;
            }
            p.xy->setName(s.name);
            chart->addSeries(p.xy);
            p.xy->attachAxis(axes.x);
            p.xy->attachAxis(axes.y);
            // After addSeries: adding applies the theme's colours, which would win otherwise.
            if (s.kind == SeriesKind::Scatter) {
                p.xy->setColor(p.color);
                static_cast<QScatterSeries *>(p.xy)->setBorderColor(c.background);
            } else {
                QPen pen(p.color, 2.0);
                pen.setCapStyle(Qt::RoundCap);
                pen.setJoinStyle(Qt::RoundJoin);
                p.xy->setPen(pen);
            }
        }
        out.append(p);
    }
    // The theme recoloured the bar sets when their series joined the chart.
    for (const PlotSeries &p : out)
        if (p.set) {
            p.set->setColor(p.color);
            p.set->setPen(Qt::NoPen); // a zero-height segment would still draw its border
        } else if (p.area) {
            QColor fill = p.color;
            fill.setAlpha(spec.series.size() > 1 ? 210 : 255);
            p.area->setBrush(fill);
            p.area->setPen(Qt::NoPen);
        }

    QLegend *legend = chart->legend();
    legend->setVisible(spec.series.size() > 1 || spec.isCategorical());
    legend->setAlignment(Qt::AlignTop);
    legend->setLabelColor(c.text);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    QFont lf;
    legend->setFont(lf);
}

} // namespace stratos
