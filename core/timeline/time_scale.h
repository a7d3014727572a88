#pragma once
// The timeline's mapping between time (days, see timeline_event.h) and pixels:
// zoom around an anchor pixel, pan by pixels, and the limits that keep both sane.

namespace stratos::timeline {

class TimeScale
{
public:
    static constexpr double kMinSpanDays = 2.0;
    static constexpr double kMaxSpanDays = 120 * 365.25;

    TimeScale() = default;
    TimeScale(double t0, double t1, double x0, double width);

    double t0() const { return m_t0; }
    double t1() const { return m_t1; }
    double span() const { return m_t1 - m_t0; }
    double x0() const { return m_x0; }
    double width() const { return m_width; }
    double pixelsPerDay() const { return m_width / span(); }

    double toX(double t) const { return m_x0 + (t - m_t0) / span() * m_width; }
    double toTime(double x) const { return m_t0 + (x - m_x0) / m_width * span(); }

    // The pixel band the times are drawn into; keeps the visible times.
    void setPixels(double x0, double width);
    // Sets the visible times; spans outside the limits are widened or narrowed
    // around their centre.
    void setRange(double t0, double t1);
    // factor > 1 zooms in. The time under anchorX stays under anchorX, so N
    // steps in and N out (factor, then 1/factor) return to the same range.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels (positive: content moves right, earlier
    // times come into view).
    void pan(double dx);
    // Keeps the visible range inside [lo - span/2, hi + span/2] so the data
    // can never be panned out of sight. lo >= hi disables the bound.
    void setBounds(double lo, double hi);
    void clampToBounds();

private:
    double m_t0 = 0, m_t1 = 365;
    double m_x0 = 0, m_width = 1000;
    double m_lo = 0, m_hi = 0;
};

} // namespace stratos::timeline
