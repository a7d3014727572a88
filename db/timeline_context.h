#pragma once
// The small charts next to a selected timeline event: the price path of the
// securities it concerns (10 trading days either side), a released model's
// training cost and compute among its peers, a constellation's running count
// of satellites. Built as ChartSpecs so they draw and export like other charts.

#include "charts/chart_spec.h"
#include "timeline/timeline_event.h"

namespace stratos {

class Repository;

// A row an event concerns, with the figure that matters for the event: a
// security's move on the day, a model's compute and cost, a constellation's
// satellites so far. pageId names where the row lives ("markets", ...).
struct ConcernRow
{
    QString kind; // model, security, organization, constellation, launch
    QString key;
    QString text;
    QString figure;
    QString pageId;
};
QList<ConcernRow> eventConcernRows(const Repository &repo, const timeline::TimelineEvent &e);

// Zero, one or two charts, most telling first.
QList<charts::ChartSpec> eventContextCharts(const Repository &repo,
                                            const timeline::TimelineEvent &e);

} // namespace stratos
