#pragma once
// One frame of the timeline: lanes, axis ticks, the labels that fit and the
// "+N" badges for the rest, all in pixels. FrameBuilder lays out only the
// visible time range and caches label widths, so a frame over 100,000 events
// costs a binary search and one pass over what is on screen.

#include "timeline/label_layout.h"
#include "timeline/time_scale.h"
#include "timeline/time_ticks.h"
#include "timeline/timeline_model.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QSize>
#include <QStaticText>
#include <vector>

class QPainter;

namespace stratos {

struct TimelineStyle
{
    QFont font;     // labels
    QFont axisFont; // minor ticks
    QFont headerFont;
    QColor background, text, mutedText, grid, majorGrid, axisBackground, laneShade, matchBackground;
    bool dark = false;
    bool interactive = true; // hints for the user; off in exports
    double rowHeight = 22;
    double trackHeight = 18;
    double lanePadding = 5;
    double headerWidth = 116;
    double axisHeight = 42;
    double rightMargin = 14;
    double maxLabelWidth = 320;
    int maxRows = 6;

    static TimelineStyle fromPalette(const QPalette &palette, const QFont &base);
    static TimelineStyle forExport(const QFont &base); // light colours: slides and paper
};

struct FrameLane
{
    timeline::Lane lane;
    QRectF rect; // whole band, header included
    int rows = 1;
    double rowTop = 0; // y of row 0
    double trackY = 0; // centre line of the badge track
    int shown = 0;     // events of this lane that pass the filter (all time)
};

struct FrameLabel
{
    int item = -1; // index into the model
    QRectF rect;   // dot and text
    QPointF dot;
    bool flipped = false;   // text left of the dot
    QString text;           // elided title
    QStaticText staticText; // the same, laid out once and reused across frames
};

struct FrameBadge
{
    QRectF rect;
    QList<int> items; // model indices, left to right
    timeline::Lane lane;
};

struct TimelineFrame
{
    QSize size;
    timeline::TimeScale scale;
    QRectF plot; // where time is drawn (right of the lane headers, below the axis)
    timeline::AxisTicks ticks;
    QList<FrameLane> lanes;
    QList<FrameLabel> labels;
    QList<FrameBadge> badges;
    int selected = -1;

    int labelAt(QPointF p) const; // index into labels, -1 if none
    int badgeAt(QPointF p) const; // index into badges
    const FrameLabel *labelFor(int item) const;
};

class FrameBuilder
{
public:
    explicit FrameBuilder(const timeline::TimelineModel &model) : m_model(model) {}

    void setStyle(const TimelineStyle &style);
    const TimelineStyle &style() const { return m_style; }
    // The events changed: forget the cached label widths.
    void invalidate();

    // The pixel band for time in a frame of `size` (TimeScale::setPixels).
    QRectF plotRect(QSize size) const;
    TimelineFrame build(const timeline::TimeScale &scale, QSize size, int selected) const;

private:
    double labelWidth(int item) const;
    // The title fitted into `width` pixels, as text and as a cached QStaticText.
    QStaticText labelText(int item, double width) const;
    QList<FrameLane> layoutLanes(QSize size) const;

    const timeline::TimelineModel &m_model;
    TimelineStyle m_style;
    mutable std::vector<float> m_widths; // full title widths; -1: not measured yet
    struct FittedText
    {
        double width = 0;
        QStaticText text;
    };
    mutable QHash<int, FittedText> m_texts;
    mutable QHash<char16_t, float> m_advances; // per character, in the label font
};

void paintFrame(QPainter &p, const TimelineFrame &frame, const timeline::TimelineModel &model,
                const TimelineStyle &style);

} // namespace stratos
