#pragma once
// Reduces a long series to what a plot of a given pixel width can show, so a
// chart never hands its renderer more than about two points per pixel column.

#include <QList>
#include <QPointF>
#include <span>

namespace stratos {

// Min/max per pixel column: for points sorted by x (non-decreasing), keeps, for
// each of the columns over [xMin, xMax], the lowest and the highest point (in x
// order, so spikes survive), the first and last visible points, and the nearest
// point outside the range on each side (so lines reach the plot's edges).
// Returns indices into `points`, strictly increasing, at most 2 * pixelWidth of
// them. Points with a NaN y are never picked as a column's min or max. An empty
// or inverted range (xMin >= xMax) means the whole series.
QList<qsizetype> decimateMinMaxIndices(std::span<const QPointF> points, double xMin, double xMax,
                                       int pixelWidth);
QList<QPointF> decimateMinMax(std::span<const QPointF> points, double xMin, double xMax,
                              int pixelWidth);

// For bars: per column, the single point furthest from zero (a -17 % day must
// not vanish among its neighbours). Returns at most `columns` indices, in order.
QList<qsizetype> decimateLargestMagnitudeIndices(std::span<const QPointF> points, double xMin,
                                                 double xMax, int columns);

} // namespace stratos
