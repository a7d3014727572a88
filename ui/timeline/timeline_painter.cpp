// Paints a TimelineFrame: lane bands and headers, the axis with its grid,
// labels (matches highlighted, others dimmed, the selection outlined) and badges.
#include "charts/chart_palette.h"
#include "timeline/timeline_frame.h"

#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace stratos {

using namespace timeline;

namespace {

void paintAxis(QPainter &p, const TimelineFrame &f, const TimelineStyle &s)
{
    const QRectF axis(0, 0, f.size.width(), s.axisHeight);
    p.fillRect(axis, s.axisBackground);
    p.setPen(s.grid);
    p.drawLine(QPointF(0, s.axisHeight - 0.5), QPointF(f.size.width(), s.axisHeight - 0.5));
    const double bottom = f.lanes.isEmpty() ? f.size.height() : f.lanes.last().rect.bottom();
    p.save();
    p.setClipRect(QRectF(f.plot.left(), 0, f.plot.width(), f.size.height()));
    // Minor ticks: a short mark in the axis and a faint line through the lanes.
    p.setFont(s.axisFont);
    for (const Tick &t : f.ticks.minor) {
        const double x = std::round(f.scale.toX(t.t)) + 0.5;
        p.setPen(s.grid);
        p.drawLine(QPointF(x, s.axisHeight), QPointF(x, bottom));
        p.setPen(s.mutedText);
        p.drawLine(QPointF(x, s.axisHeight - 6), QPointF(x, s.axisHeight));
        p.drawText(QPointF(x + 4, s.axisHeight - 8), t.label);
    }
    QFont bold = s.axisFont;
    bold.setBold(true);
    p.setFont(bold);
    const QFontMetricsF bfm(bold);
    double firstMajor = f.plot.right();
    for (const Tick &t : f.ticks.major) {
        const double x = std::round(f.scale.toX(t.t)) + 0.5;
        firstMajor = std::min(firstMajor, x);
        p.setPen(s.majorGrid);
        p.drawLine(QPointF(x, 4), QPointF(x, bottom));
        p.setPen(s.text);
        p.drawText(QPointF(x + 4, 16), t.label);
    }
    p.restore();
    // The enclosing unit at the left edge, unless a major label is about to take its place.
    p.setFont(bold);
    if (firstMajor - f.plot.left() > bfm.horizontalAdvance(f.ticks.context) + 16) {
        p.setPen(s.text);
        p.drawText(QPointF(f.plot.left() + 4, 16), f.ticks.context);
    }
}

void paintLanes(QPainter &p, const TimelineFrame &f, const TimelineStyle &s)
{
    for (qsizetype i = 0; i < f.lanes.size(); ++i) {
        const FrameLane &l = f.lanes[i];
        if (i % 2 == 1)
            p.fillRect(l.rect, s.laneShade);
        p.setPen(s.grid);
        p.drawLine(QPointF(0, l.rect.bottom() - 0.5),
                   QPointF(f.size.width(), l.rect.bottom() - 0.5));
        // Header: a colour chip, the lane's name and how many events it shows.
        const QColor c = laneColor(laneKey(l.lane), s.dark);
        p.fillRect(QRectF(0, l.rect.top() + 1, 4, l.rect.height() - 2), c);
        p.setFont(s.headerFont);
        p.setPen(s.text);
        const QRectF name(12, l.rect.top() + s.lanePadding, s.headerWidth - 14, s.rowHeight);
        p.drawText(name, Qt::AlignLeft | Qt::AlignVCenter, laneTitle(l.lane));
        p.setFont(s.axisFont);
        p.setPen(s.mutedText);
        p.drawText(name.translated(0, s.rowHeight - 4), Qt::AlignLeft | Qt::AlignVCenter,
                   l.shown == 1 ? QObject::tr("1 event") : QObject::tr("%1 events").arg(l.shown));
        if (s.interactive && l.lane == Lane::User && l.shown == 0) // say how the lane fills
            p.drawText(QRectF(f.plot.left() + 8, l.rect.top() + s.lanePadding, f.plot.width() - 16,
                              s.rowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QObject::tr("Your own events go here: \u201cAdd event\u2026\u201d above, or "
                                   "right-click a date."));
    }
    p.setPen(s.grid);
    p.drawLine(QPointF(s.headerWidth + 0.5, s.axisHeight),
               QPointF(s.headerWidth + 0.5, f.size.height()));
}

void paintLabels(QPainter &p, const TimelineFrame &f, const TimelineModel &m,
                 const TimelineStyle &s)
{
    p.setFont(s.font);
    const bool text = m.filter().hasText();
    for (const FrameLabel &l : f.labels) {
        const TimelineEvent &e = m.event(l.item);
        const EventState st = m.state(l.item);
        const QColor c = laneColor(laneKey(e.lane), s.dark);
        const bool dim = text && st == EventState::Dimmed && l.item != f.selected;
        p.setOpacity(dim ? 0.28 : 1.0);
        const QRectF textRect = l.flipped ? QRectF(l.rect.left(), l.rect.top(),
                                                   l.dot.x() - 8 - l.rect.left(), l.rect.height())
                                          : QRectF(l.dot.x() + 8, l.rect.top(),
                                                   l.rect.right() - l.dot.x() - 8, l.rect.height());
        if (l.item == f.selected) {
            QColor fill = c;
            fill.setAlpha(s.dark ? 90 : 48);
            p.setPen(QPen(c, 1.5));
            p.setBrush(fill);
            p.drawRoundedRect(l.rect.adjusted(-3, -1, 3, 1), 5, 5);
        } else if (text && st == EventState::Match) {
            p.setPen(Qt::NoPen);
            p.setBrush(s.matchBackground);
            p.drawRoundedRect(textRect.adjusted(-2, 0, 2, 0), 3, 3);
        }
        const double radius = e.event.importance >= 3 ? 4.5 : 3.5;
        p.setPen(QPen(s.background, 1));
        p.setBrush(c);
        if (e.isUserEvent() || e.isDocument()) // their own shape: a diamond / square
            p.drawRect(QRectF(l.dot.x() - radius, l.dot.y() - radius, 2 * radius, 2 * radius));
        else
            p.drawEllipse(l.dot, radius, radius);
        p.setPen(s.text);
        const QSizeF ts = l.staticText.size();
        const double tx = l.flipped ? textRect.right() - ts.width() : textRect.left();
        p.drawStaticText(QPointF(tx, textRect.center().y() - ts.height() / 2), l.staticText);
    }
    p.setOpacity(1.0);
}

void paintBadges(QPainter &p, const TimelineFrame &f, const TimelineModel &m,
                 const TimelineStyle &s)
{
    p.setFont(s.axisFont);
    const bool text = m.filter().hasText();
    for (const FrameBadge &b : f.badges) {
        const QColor c = laneColor(laneKey(b.lane), s.dark);
        bool anyMatch = !text;
        for (int i : b.items)
            anyMatch = anyMatch || m.state(i) == EventState::Match;
        p.setOpacity(anyMatch ? 1.0 : 0.35);
        if (b.items.size() == 1) {
            p.setPen(QPen(c, 1.5));
            p.setBrush(s.background);
            p.drawEllipse(b.rect.center(), 3.5, 3.5);
            continue;
        }
        QColor fill = c;
        fill.setAlpha(s.dark ? 70 : 36);
        p.setPen(QPen(c, 1));
        p.setBrush(fill);
        p.drawRoundedRect(b.rect, b.rect.height() / 2, b.rect.height() / 2);
        p.setPen(s.text);
        const int n = int(b.items.size());
        const QString label =
            n >= 10000 ? QStringLiteral("+%1k").arg(n / 1000) : QStringLiteral("+%1").arg(n);
        p.drawText(b.rect, Qt::AlignCenter, label);
    }
    p.setOpacity(1.0);
}

void paintToday(QPainter &p, const TimelineFrame &f, const TimelineStyle &s)
{
    const double x = f.scale.toX(dayToTime(QDate::currentDate()));
    if (x < f.plot.left() || x > f.plot.right())
        return;
    QPen pen(s.mutedText, 1, Qt::DashLine);
    p.setPen(pen);
    p.drawLine(QPointF(x, s.axisHeight), QPointF(x, f.size.height()));
    // A small tag on the axis, over any tick label it meets.
    p.setFont(s.axisFont);
    const QString today = QObject::tr("today");
    const double w = QFontMetricsF(s.axisFont).horizontalAdvance(today) + 8;
    const QRectF tag(x - w / 2, s.axisHeight - 17, w, 14);
    p.setPen(Qt::NoPen);
    p.setBrush(s.axisBackground);
    p.drawRect(tag);
    p.setPen(s.mutedText);
    p.drawText(tag, Qt::AlignCenter, today);
}

} // namespace

void paintFrame(QPainter &p, const TimelineFrame &f, const TimelineModel &m, const TimelineStyle &s)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(f.size)), s.background);
    paintLanes(p, f, s);
    paintAxis(p, f, s);
    paintToday(p, f, s);
    p.setClipRect(QRectF(f.plot.left() - 6, s.axisHeight, f.plot.width() + s.rightMargin + 6,
                         f.size.height()));
    paintBadges(p, f, m, s);
    paintLabels(p, f, m, s);
    p.restore();
}

} // namespace stratos
