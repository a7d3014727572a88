#include "timeline/timeline_model.h"

#include <algorithm>
#include <cmath>

namespace stratos::timeline {

void TimelineModel::setEvents(QList<TimelineEvent> events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) {
                         if (a.t != b.t)
                             return a.t < b.t;
                         if (a.lane != b.lane)
                             return a.lane < b.lane;
                         return a.event.key < b.event.key;
                     });
    m_events = std::move(events);
    const std::size_t n = std::size_t(m_events.size());
    m_times.resize(n);
    m_lanes.resize(n);
    m_importance.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const TimelineEvent &e = m_events[qsizetype(i)];
        m_times[i] = e.t;
        m_lanes[i] = std::uint8_t(e.lane);
        m_importance[i] = std::uint8_t(std::clamp(e.event.importance, 0, 255));
    }
    setFilter(m_filter);
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    m_filter = filter;
    m_state.assign(std::size_t(m_events.size()), std::uint8_t(EventState::Hidden));
    m_shown = m_matches = 0;
    m_shownInLane.fill(0);
    const bool text = filter.hasText();
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const TimelineEvent &e = m_events[i];
        if (!filter.passes(e))
            continue;
        ++m_shown;
        ++m_shownInLane[std::size_t(e.lane)];
        EventState s = EventState::Normal;
        if (text) {
            s = filter.matchesText(e) ? EventState::Match : EventState::Dimmed;
            m_matches += s == EventState::Match;
        }
        m_state[std::size_t(i)] = std::uint8_t(s);
    }
}

std::pair<int, int> TimelineModel::range(double t0, double t1) const
{
    const auto lo = std::lower_bound(m_times.begin(), m_times.end(), t0);
    const auto hi = std::upper_bound(lo, m_times.end(), t1);
    return {int(lo - m_times.begin()), int(hi - m_times.begin())};
}

bool TimelineModel::isStop(int i) const
{
    const EventState s = state(i);
    return m_filter.hasText() ? s == EventState::Match : s != EventState::Hidden;
}

int TimelineModel::step(int from, int step) const
{
    const int n = size();
    if (n == 0 || step == 0)
        return -1;
    int i = from < 0 || from >= n ? (step > 0 ? 0 : n - 1) : from + step;
    for (; i >= 0 && i < n; i += step)
        if (isStop(i))
            return i;
    return -1;
}

int TimelineModel::nearest(double t) const
{
    const int n = size();
    const int mid = int(std::lower_bound(m_times.begin(), m_times.end(), t) - m_times.begin());
    int best = -1;
    double bestDist = 0;
    // Walk outwards; stops at the first shown event on each side.
    for (int i = mid; i < n; ++i)
        if (isShown(i)) {
            best = i;
            bestDist = m_times[std::size_t(i)] - t;
            break;
        }
    for (int i = mid - 1; i >= 0; --i)
        if (isShown(i)) {
            if (best < 0 || t - m_times[std::size_t(i)] < bestDist)
                best = i;
            break;
        }
    return best;
}

int TimelineModel::indexOfKey(const QString &key) const
{
    for (qsizetype i = 0; i < m_events.size(); ++i)
        if (m_events[i].event.key == key)
            return int(i);
    return -1;
}

std::vector<int> TimelineModel::density(Lane lane, double t0, double t1, int bins) const
{
    std::vector<int> out(std::size_t(std::max(0, bins)), 0);
    if (bins <= 0 || !(t1 > t0))
        return out;
    const auto [first, last] = range(t0, t1);
    const double scale = bins / (t1 - t0);
    for (int i = first; i < last; ++i) {
        if (laneOf(i) != lane || !isShown(i))
            continue;
        const int b = std::clamp(int((m_times[std::size_t(i)] - t0) * scale), 0, bins - 1);
        ++out[std::size_t(b)];
    }
    return out;
}

} // namespace stratos::timeline
