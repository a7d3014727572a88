// SpecChart's decorations and interaction: title, subtitle and source line,
// event markers, point labels and legend toggles.
#include "charts/spec_chart.h"

#include "charts/event_marker_item.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPainterPath>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTextDocument>
#include <QXYSeries>
#include <cmath>

namespace stratos {

using namespace charts;

namespace {

QFont scaled(qreal factor, bool bold = false)
{
    QFont f;
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

// A label with a halo of the background colour, readable on top of points and lines.
class HaloText : public QGraphicsSimpleTextItem
{
public:
    HaloText(const QString &text, QColor halo, QGraphicsItem *parent)
        : QGraphicsSimpleTextItem(text, parent), m_halo(halo)
    {
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QPainterPath path;
        path.addText(QPointF(0, QFontMetricsF(font()).ascent()), font(), text());
        p->setRenderHint(QPainter::Antialiasing);
        p->strokePath(path, QPen(m_halo, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->fillPath(path, brush());
    }

private:
    QColor m_halo;
};

} // namespace

void SpecChart::createDecorations(const QString &attribution)
{
    m_title = new QGraphicsSimpleTextItem(m_spec.title, this);
    m_title->setFont(scaled(1.35, true));
    m_title->setBrush(m_colors.text);
    m_subtitle = new QGraphicsTextItem(this);
    m_subtitle->document()->setDocumentMargin(0);
    m_subtitle->setFont(scaled(0.95));
    m_subtitle->setDefaultTextColor(m_colors.mutedText);
    m_subtitle->setPlainText(m_spec.subtitle);
    m_footer = new QGraphicsTextItem(this);
    m_footer->document()->setDocumentMargin(0);
    m_footer->setFont(scaled(0.8));
    m_footer->setDefaultTextColor(m_colors.mutedText);
    QStringList footer;
    if (!m_spec.source.isEmpty())
        footer << m_spec.source;
    if (!attribution.isEmpty())
        footer << attribution;
    m_footer->setPlainText(footer.join(u'\n'));
    bool any = false;
    for (const Series &s : m_spec.series)
        any = any || s.size() > 0;
    if (!any) {
        m_empty = new QGraphicsSimpleTextItem(tr("No data for this selection"), this);
        m_empty->setFont(scaled(1.1));
        m_empty->setBrush(m_colors.mutedText);
    }
    m_zeroLine = new QGraphicsPathItem(this);
    m_zeroLine->setPen(QPen(m_colors.axisLine, 1.2));
    m_zeroLine->setZValue(10);
    for (const Marker &m : m_spec.markers) {
        auto *item = new EventMarkerItem(m, laneColor(m.lane, m_colors.dark), m_colors.background, m_colors.text, this);
        connect(item, &EventMarkerItem::clicked, this, [this](const QString &key) {
            highlightMarker(key);
            emit markerClicked(key);
        });
        m_markers.append(item);
    }
    highlightMarker(m_spec.selectedMarker);
    // Few bars: print each bar's total at its end, so $2.19 is readable next to $60.
    if (m_spec.isCategorical() && m_spec.categories.size() <= 20)
        for (qsizetype i = 0; i < m_spec.categories.size(); ++i) {
            auto *total = new HaloText(QString(), m_colors.background, this);
            total->setFont(scaled(0.85));
            total->setBrush(m_colors.mutedText.darker(m_colors.dark ? 70 : 130));
            total->setZValue(15);
            m_totals.append(total);
        }
    for (const Annotation &a : m_spec.annotations) {
        auto *label = new HaloText(a.text, m_colors.background, this);
        label->setFont(scaled(0.85, true));
        label->setBrush(m_colors.text);
        label->setZValue(15);
        m_annotations.append(label);
    }
    layoutDecorations();
}

void SpecChart::layoutDecorations()
{
    // Before the first layout the chart has no size; wrapping the subtitle at a few
    // pixels would make the margins (and so the chart's minimum size) enormous.
    const QRectF r = rect().width() >= 200 ? rect() : QRectF(0, 0, 1000, 600);
    const qreal pad = 16;
    m_title->setPos(pad, pad - 4);
    qreal y = m_title->pos().y() + m_title->boundingRect().height() + 2;
    m_subtitle->setTextWidth(std::max<qreal>(50, r.width() - 2 * pad));
    m_subtitle->setPos(pad, y);
    if (!m_spec.subtitle.isEmpty())
        y += m_subtitle->boundingRect().height();
    m_footer->setTextWidth(std::max<qreal>(50, r.width() - 2 * pad));
    const qreal footerHeight = m_footer->boundingRect().height();
    m_footer->setPos(pad, r.height() - footerHeight - 8);
    // Qt Charts lays out legend, axes and plot inside these margins.
    setMargins(QMargins(int(pad) - 8, int(y) - 4, int(pad) - 4, int(footerHeight) + 6));
    updateOverlays();
}

QPointF SpecChart::toPixel(QPointF v) const
{
    const QRectF plot = plotArea();
    if (!m_axes.xTicks || !m_axes.yTicks)
        return {};
    const double x0 = m_axes.xTicks->min(), x1 = m_axes.xTicks->max();
    const double y0 = m_axes.yTicks->min(), y1 = m_axes.yTicks->max();
    return {plot.left() + (v.x() - x0) / (x1 - x0) * plot.width(),
            plot.bottom() - (v.y() - y0) / (y1 - y0) * plot.height()};
}

void SpecChart::updateOverlays()
{
    const QRectF plot = plotArea();
    if (m_empty)
        m_empty->setPos(plot.center() - m_empty->boundingRect().center());
    QPainterPath zero;
    if (m_axes.yTicks && !m_logY && m_axes.yTicks->min() < 0 + 1e-12 && m_axes.yTicks->max() > 0) {
        const double f = (0 - m_axes.yTicks->min()) / (m_axes.yTicks->max() - m_axes.yTicks->min());
        if (m_spec.horizontal) { // the value axis runs along the bottom
            const qreal x = plot.left() + f * plot.width();
            zero.moveTo(x, plot.top());
            zero.lineTo(x, plot.bottom());
        } else {
            const qreal y = plot.bottom() - f * plot.height();
            zero.moveTo(plot.left(), y);
            zero.lineTo(plot.right(), y);
        }
    }
    m_zeroLine->setPath(zero);
    for (EventMarkerItem *item : m_markers) {
        const qreal x = toPixel({item->marker().x, 0}).x();
        item->setVisible(m_axes.xTicks && x >= plot.left() && x <= plot.right());
        item->place(x, plot.top(), plot.bottom(), plot.right());
    }
    if (!m_totals.isEmpty() && m_axes.categories && m_axes.yTicks) {
        const int lo = int(m_spec.categories.indexOf(m_axes.categories->min()));
        const int hi = int(m_spec.categories.indexOf(m_axes.categories->max()));
        const double v0 = m_axes.yTicks->min(), v1 = m_axes.yTicks->max();
        for (int i = 0; i < m_totals.size(); ++i) {
            double total = 0;
            for (const Series &s : m_spec.series)
                if (!m_hidden.contains(s.key))
                    total += std::max(0.0, s.values.value(i));
            QGraphicsSimpleTextItem *label = m_totals[i];
            label->setText(formatValue(total, m_spec.y.format));
            const bool shown = lo >= 0 && i >= lo && i <= hi && total > 0 && v1 > v0;
            label->setVisible(shown);
            if (!shown)
                continue;
            const double f = (total - v0) / (v1 - v0);
            const double band = (m_spec.horizontal ? plot.height() : plot.width()) / (hi - lo + 1);
            const QSizeF box = label->boundingRect().size();
            if (m_spec.horizontal) // first category at the bottom
                label->setPos(plot.left() + f * plot.width() + 4,
                              plot.bottom() - (i - lo + 0.5) * band - box.height() / 2);
            else
                label->setPos(plot.left() + (i - lo + 0.5) * band - box.width() / 2,
                              plot.bottom() - f * plot.height() - box.height() - 1);
        }
    }

    // Labels try four corners around their point and take the first that overlaps
    // no label placed before it (DeepSeek-V3 and R1 sit a month apart).
    QList<QRectF> taken;
    for (qsizetype i = 0; i < m_annotations.size(); ++i) {
        const Annotation &a = m_spec.annotations[i];
        QGraphicsSimpleTextItem *label = m_annotations[i];
        const QPointF at = toPixel({a.at.x(), toAxisY(a.at.y())});
        const QSizeF box = label->boundingRect().size();
        const bool shown = !m_hidden.contains(a.seriesKey) && plot.contains(at);
        label->setVisible(shown);
        if (!shown)
            continue;
        const QPointF corners[] = {{at.x() + 8, at.y() - box.height() - 1}, {at.x() + 8, at.y() + 3},
                                   {at.x() - 8 - box.width(), at.y() - box.height() - 1},
                                   {at.x() - 8 - box.width(), at.y() + 3}};
        QRectF chosen(corners[0], box);
        bool placed = false;
        // Nudge up or down by a line when all four corners are taken.
        for (qreal nudge : {0.0, -1.0, 1.0, -2.0, 2.0}) {
            for (const QPointF &c : corners) {
                const QRectF r(c + QPointF(0, nudge * box.height()), box);
                const bool clear = std::none_of(taken.begin(), taken.end(), [&r](const QRectF &t) { return t.intersects(r); });
                if (plot.contains(r) && clear) {
                    chosen = r;
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
        label->setPos(chosen.topLeft());
        taken.append(chosen);
    }
}

void SpecChart::highlightMarker(const QString &key)
{
    m_selectedMarker = key;
    for (EventMarkerItem *item : m_markers)
        item->setHighlighted(item->marker().key == key);
}

void SpecChart::connectLegend()
{
    for (const PlotSeries &p : m_series) {
        const QString key = m_spec.series[p.specIndex].key;
        for (QLegendMarker *m : legend()->markers(p.qtSeries())) {
            if (auto *bm = qobject_cast<QBarLegendMarker *>(m); p.set && (!bm || bm->barset() != p.set))
                continue;
            connect(m, &QLegendMarker::clicked, this,
                    [this, key] { setSeriesHidden(key, !isSeriesHidden(key)); });
        }
    }
}

void SpecChart::styleLegendMarker(const QString &key)
{
    const bool hidden = m_hidden.contains(key);
    for (const PlotSeries &p : m_series) {
        if (m_spec.series[p.specIndex].key != key)
            continue;
        for (QLegendMarker *m : legend()->markers(p.qtSeries())) {
            if (auto *bm = qobject_cast<QBarLegendMarker *>(m); p.set && (!bm || bm->barset() != p.set))
                continue;
            // Hiding a series hides its legend entry too; keep it, dimmed, so it can come back.
            m->setVisible(true);
            QColor label = m_colors.text, swatch = p.color;
            label.setAlphaF(hidden ? 0.35 : 1.0);
            swatch.setAlphaF(hidden ? 0.25 : 1.0);
            m->setLabelBrush(label);
            m->setBrush(swatch);
            m->setPen(QPen(swatch));
        }
    }
}

} // namespace stratos
