#include "timeline/time_scale.h"

#include <algorithm>

namespace stratos::timeline {

TimeScale::TimeScale(double t0, double t1, double x0, double width)
{
    setPixels(x0, width);
    setRange(t0, t1);
}

void TimeScale::setPixels(double x0, double width)
{
    m_x0 = x0;
    m_width = std::max(1.0, width);
}

void TimeScale::setRange(double t0, double t1)
{
    if (t1 < t0)
        std::swap(t0, t1);
    const double span = std::clamp(t1 - t0, kMinSpanDays, kMaxSpanDays);
    const double centre = (t0 + t1) / 2;
    m_t0 = centre - span / 2;
    m_t1 = centre + span / 2;
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (factor <= 0)
        return;
    const double anchorT = toTime(anchorX);
    const double along = (anchorX - m_x0) / m_width;
    const double span = std::clamp(this->span() / factor, kMinSpanDays, kMaxSpanDays);
    m_t0 = anchorT - along * span;
    m_t1 = m_t0 + span;
    clampToBounds();
}

void TimeScale::pan(double dx)
{
    const double dt = dx / m_width * span();
    m_t0 -= dt;
    m_t1 -= dt;
    clampToBounds();
}

void TimeScale::setBounds(double lo, double hi)
{
    m_lo = lo;
    m_hi = hi;
    clampToBounds();
}

void TimeScale::clampToBounds()
{
    if (m_lo >= m_hi)
        return;
    const double s = span();
    const double minT0 = m_lo - s / 2;
    const double maxT0 = m_hi - s / 2;
    const double t0 = std::clamp(m_t0, minT0, std::max(minT0, maxT0));
    m_t1 = t0 + s;
    m_t0 = t0;
}

} // namespace stratos::timeline
