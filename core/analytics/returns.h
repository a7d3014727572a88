#pragma once
// Return arithmetic behind the markets page: prices rebased to 100, and event
// windows (the return from the close before an event to day 0, +1, +5) with
// the excess over a benchmark index, as an event study reports them.

#include "model/entities.h"

#include <QList>
#include <QPair>
#include <optional>

namespace stratos {

// Closes as an index: the first bar's close is `base`. Empty if it is zero.
QList<QPair<QDate, double>> rebasedCloses(const QList<PriceBar> &bars, double base = 100.0);

struct EventWindow
{
    QDate day0;    // the first trading day on or after the event
    QDate baseDay; // the last trading day before day0: returns are measured from its close
    // Percent return from baseDay's close to the close `offsets[i]` trading days
    // after day0; empty where the data ends too soon.
    QList<std::optional<double>> returns;
};

// Empty when there is no trading day on or after the event, or none before it.
std::optional<EventWindow> eventWindow(const QList<PriceBar> &bars, QDate eventDay,
                                       const QList<int> &offsets);

struct EventStudyRow
{
    QString symbol;
    EventWindow window;
    QList<std::optional<double>> excess; // return minus the benchmark's, percentage points
};

// One row per security that traded around the event; the benchmark's own row
// has zero excess. offsets are trading days after day 0 (0, 1, 5).
QList<EventStudyRow> eventStudy(const QList<QPair<QString, QList<PriceBar>>> &securities,
                                const QList<PriceBar> &benchmark, QDate eventDay,
                                const QList<int> &offsets);

} // namespace stratos
