#include "timeline/timeline_frame.h"

#include <QFontMetricsF>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace stratos {

using namespace timeline;

TimelineStyle TimelineStyle::fromPalette(const QPalette &pal, const QFont &base)
{
    TimelineStyle s;
    s.dark = pal.color(QPalette::Window).lightness() < 128;
    s.font = base;
    s.font.setPointSizeF(base.pointSizeF() * 0.9);
    s.axisFont = s.font;
    s.headerFont = base;
    s.headerFont.setBold(true);
    s.background = pal.color(QPalette::Base);
    s.text = pal.color(QPalette::Text);
    s.mutedText = s.dark ? QColor("#9aa3ad") : QColor("#5b6472");
    s.grid = s.dark ? QColor(255, 255, 255, 22) : QColor(0, 0, 0, 16);
    s.majorGrid = s.dark ? QColor(255, 255, 255, 60) : QColor(0, 0, 0, 55);
    s.axisBackground = s.dark ? QColor("#202632") : QColor("#f3f5f9");
    s.laneShade = s.dark ? QColor(255, 255, 255, 8) : QColor(20, 40, 80, 9);
    s.matchBackground = s.dark ? QColor("#6b5a12") : QColor("#ffe680");
    return s;
}

TimelineStyle TimelineStyle::forExport(const QFont &base)
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor("#1f2328"));
    TimelineStyle s = fromPalette(light, base);
    s.interactive = false;
    return s;
}

void FrameBuilder::setStyle(const TimelineStyle &style)
{
    m_style = style;
    invalidate();
}

void FrameBuilder::invalidate()
{
    m_widths.assign(std::size_t(m_model.size()), -1.f);
    m_texts.clear();
    m_advances.clear();
}

double FrameBuilder::labelWidth(int item) const
{
    if (m_widths.size() != std::size_t(m_model.size())) {
        m_widths.assign(std::size_t(m_model.size()), -1.f);
        m_texts.clear();
    }
    float &w = m_widths[std::size_t(item)];
    if (w < 0) {
        // Sum of per-character advances: a table lookup per character instead of
        // shaping the string, which matters when a zoom brings thousands of new
        // titles into play. Kerning in Latin text only narrows it; 2 px spare.
        const QString &title = m_model.event(item).event.title;
        double sum = 2;
        for (const QChar c : title) {
            auto it = m_advances.find(c.unicode());
            if (it == m_advances.end())
                it = m_advances.insert(c.unicode(),
                                       float(QFontMetricsF(m_style.font).horizontalAdvance(c)));
            sum += *it;
        }
        w = float(std::ceil(sum));
    }
    return std::min<double>(w, m_style.maxLabelWidth);
}

QStaticText FrameBuilder::labelText(int item, double width) const
{
    auto it = m_texts.find(item);
    if (it != m_texts.end() && std::abs(it->width - width) < 0.5)
        return it->text;
    const QString &title = m_model.event(item).event.title;
    // Most labels show the whole title: no eliding, and the laid-out text is reused.
    const bool whole = width + 0.5 >= m_widths[std::size_t(item)];
    QStaticText st(whole ? title
                         : QFontMetricsF(m_style.font).elidedText(title, Qt::ElideRight, width));
    st.setTextFormat(Qt::PlainText);
    st.setPerformanceHint(QStaticText::AggressiveCaching);
    st.prepare(QTransform(), m_style.font);
    m_texts.insert(item, {width, st});
    return st;
}

QRectF FrameBuilder::plotRect(QSize size) const
{
    const double x0 = m_style.headerWidth + 10;
    return QRectF(x0, m_style.axisHeight, std::max(40.0, size.width() - x0 - m_style.rightMargin),
                  std::max(10.0, size.height() - m_style.axisHeight));
}

QList<FrameLane> FrameBuilder::layoutLanes(QSize size) const
{
    QList<FrameLane> lanes;
    for (Lane lane : allLanes())
        if (m_model.filter().laneShown(lane))
            lanes.append({lane, {}, 1, 0, 0, m_model.shownInLane(lane)});
    if (lanes.isEmpty())
        return lanes;
    const TimelineStyle &s = m_style;
    const double fixed = s.trackHeight + 2 * s.lanePadding;
    const double available = size.height() - s.axisHeight - 4;
    // Lanes with nothing to show get one row; the others share what is left.
    int busy = 0;
    for (const FrameLane &l : lanes)
        busy += l.shown > 0;
    const double quiet = double(lanes.size() - busy) * (fixed + s.rowHeight);
    const int rows =
        busy == 0
            ? 1
            : std::clamp(int((available - quiet) / busy - fixed) / int(s.rowHeight), 1, s.maxRows);
    for (FrameLane &l : lanes)
        l.rows = l.shown > 0 ? rows : 1;
    // Rows left over go to the lanes with the most events per row. Counts are
    // over all time, so lanes keep their height while the view moves.
    double used = 0;
    for (const FrameLane &l : lanes)
        used += fixed + l.rows * s.rowHeight;
    for (int extra = int((available - used) / s.rowHeight); extra > 0 && busy > 0; --extra) {
        FrameLane *best = nullptr;
        for (FrameLane &l : lanes)
            if (l.shown > 0 && l.rows < s.maxRows + 2 &&
                (!best || l.shown * best->rows > best->shown * l.rows))
                best = &l;
        if (!best)
            break;
        ++best->rows;
    }
    double y = s.axisHeight;
    for (FrameLane &l : lanes) {
        const double h = fixed + l.rows * s.rowHeight;
        l.rect = QRectF(0, y, size.width(), h);
        l.rowTop = y + s.lanePadding;
        l.trackY = l.rowTop + l.rows * s.rowHeight + s.trackHeight / 2;
        y += h;
    }
    return lanes;
}

TimelineFrame FrameBuilder::build(const TimeScale &scaleIn, QSize size, int selected) const
{
    TimelineFrame f;
    f.size = size;
    f.plot = plotRect(size);
    f.scale = scaleIn;
    f.scale.setPixels(f.plot.left(), f.plot.width());
    f.selected = selected;
    f.ticks = axisTicks(f.scale.t0(), f.scale.t1(), f.plot.width(), 50);
    f.lanes = layoutLanes(size);
    const TimelineStyle &s = m_style;
    const double r = 4;

    // Events whose dot or label can reach into view: a label starts at its dot.
    const double margin = (s.maxLabelWidth + 20) / f.scale.pixelsPerDay();
    const auto [first, last] = m_model.range(f.scale.t0() - margin, f.scale.t1());
    std::array<std::vector<LabelCandidate>, kLaneCount> perLane;
    for (int i = first; i < last; ++i) {
        const EventState st = m_model.state(i);
        if (st == EventState::Hidden)
            continue;
        const double x = f.scale.toX(m_model.time(i));
        // Selected first, then by importance. Not by match: typing in the search
        // would move every label to another row under the user's eyes; matches
        // stand out by ink, and Enter in the search selects (so labels) the next one.
        int priority = 4 - std::clamp(m_model.importanceOf(i), 1, 3);
        if (i == selected)
            priority = 0;
        perLane[std::size_t(m_model.laneOf(i))].push_back({i, x, std::max(0, priority)});
    }
    LabelLayoutOptions o;
    o.dotRadius = r;
    o.gap = 12;
    o.labelWidth = [this](int item) { return labelWidth(item); };
    o.leftEdge = f.plot.left();
    o.rightEdge = f.plot.right() + s.rightMargin - 2;
    o.flipWithin = s.maxLabelWidth;
    // Called for every event that joins a badge: arithmetic, not text shaping.
    const QFontMetricsF fm(s.axisFont);
    const double plus = fm.horizontalAdvance(u'+'),
                 digit = fm.horizontalAdvance(QStringLiteral("0"));
    o.badgeWidth = [plus, digit](int count) {
        const int digits = count >= 10000  ? 3
                           : count >= 1000 ? 4
                           : count >= 100  ? 3
                           : count >= 10   ? 2
                                           : 1;
        return plus + digits * digit + (count >= 10000 ? digit : 0) + 14;
    };
    const double left = f.plot.left() - 1, right = f.plot.right() + s.rightMargin - 2;
    for (const FrameLane &lane : f.lanes) {
        auto &c = perLane[std::size_t(lane.lane)];
        // Dots left of the plot cannot be seen; their labels are left out rather than cut.
        c.erase(
            std::remove_if(c.begin(), c.end(), [&](const LabelCandidate &k) { return k.x < left; }),
            c.end());
        o.rows = lane.rows;
        const LaneLayout l = layoutLane(c, o);
        for (const PlacedLabel &p : l.labels) {
            if (p.x0 > right)
                continue;
            FrameLabel fl;
            fl.item = p.item;
            const double top = lane.rowTop + p.row * s.rowHeight;
            // A label still running off the right edge is shortened to what is visible.
            const double x1 = std::min(p.x1, right + 4);
            fl.rect = QRectF(p.x0, top + 2, x1 - p.x0, s.rowHeight - 4);
            fl.flipped = p.flipped;
            fl.dot = QPointF(p.flipped ? p.x1 - r : p.x0 + r, top + s.rowHeight / 2);
            fl.staticText = labelText(p.item, std::max(0.0, x1 - p.x0 - 2 * r - 4));
            fl.text = fl.staticText.text();
            f.labels.append(fl);
        }
        for (const Badge &b : l.badges) {
            if (b.x0 > right)
                continue;
            f.badges.append({QRectF(b.x0, lane.trackY - 8, b.x1 - b.x0, 16), b.items, lane.lane});
        }
    }
    return f;
}

int TimelineFrame::labelAt(QPointF p) const
{
    for (qsizetype i = 0; i < labels.size(); ++i)
        if (labels[i].rect.adjusted(-2, -2, 2, 2).contains(p))
            return int(i);
    return -1;
}

int TimelineFrame::badgeAt(QPointF p) const
{
    for (qsizetype i = 0; i < badges.size(); ++i)
        if (badges[i].rect.adjusted(-3, -3, 3, 3).contains(p))
            return int(i);
    return -1;
}

const FrameLabel *TimelineFrame::labelFor(int item) const
{
    for (const FrameLabel &l : labels)
        if (l.item == item)
            return &l;
    return nullptr;
}

} // namespace stratos
