#pragma once
// The timeline's events in time order with what the filter makes of each, and
// the index the view needs to stay fast with 100,000 events: the visible range
// by binary search, chronological stepping, per-lane density for the overview.

#include "timeline/timeline_event.h"
#include "timeline/timeline_filter.h"

#include <QList>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace stratos::timeline {

enum class EventState : std::uint8_t
{
    Hidden,
    Dimmed,
    Normal,
    Match
};

class TimelineModel
{
public:
    // Sorts by day, then lane, then key, so the order is the same on every load.
    void setEvents(QList<TimelineEvent> events);
    const QList<TimelineEvent> &events() const { return m_events; }
    const TimelineEvent &event(int i) const { return m_events[i]; }
    int size() const { return int(m_events.size()); }
    bool isEmpty() const { return m_events.isEmpty(); }

    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    EventState state(int i) const { return EventState(m_state[std::size_t(i)]); }
    bool isShown(int i) const { return state(i) != EventState::Hidden; }
    int shownCount() const { return m_shown; }
    int shownInLane(Lane lane) const { return m_shownInLane[std::size_t(lane)]; }
    int matchCount() const { return m_matches; }

    // Hot fields in flat arrays, for loops over everything in view.
    double time(int i) const { return m_times[std::size_t(i)]; }
    Lane laneOf(int i) const { return Lane(m_lanes[std::size_t(i)]); }
    int importanceOf(int i) const { return m_importance[std::size_t(i)]; }

    // Indices [first, last) of the events with t0 <= t <= t1.
    std::pair<int, int> range(double t0, double t1) const;
    // Tab order: the next (step 1) or previous (step -1) shown event in time
    // order; when there is search text, the next match. from = -1 starts at
    // the first (or last). -1 when there is none.
    int step(int from, int step) const;
    // The shown event nearest in time to t (for "open around January 2025").
    int nearest(double t) const;
    int indexOfKey(const QString &key) const;

    // First and last time of all events (filter ignored); 0, 0 when empty.
    double firstTime() const { return m_times.empty() ? 0 : m_times.front(); }
    double lastTime() const { return m_times.empty() ? 0 : m_times.back(); }
    // Shown events per lane in `bins` equal slices of [t0, t1].
    std::vector<int> density(Lane lane, double t0, double t1, int bins) const;

private:
    bool isStop(int i) const;

    QList<TimelineEvent> m_events;
    std::vector<double> m_times; // parallel to m_events, for cache-friendly searches
    std::vector<std::uint8_t> m_state;
    std::vector<std::uint8_t> m_lanes;
    std::vector<std::uint8_t> m_importance;
    TimelineFilter m_filter;
    int m_shown = 0;
    std::array<int, kLaneCount> m_shownInLane{};
    int m_matches = 0;
};

} // namespace stratos::timeline
