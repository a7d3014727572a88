// `stratos export-chart --chart timeline`: the timeline drawn as on screen (PNG,
// SVG, PDF) or its events as CSV, over --from/--to (default: all events), with
// --series naming lanes (model, market, space, policy, user, document).
#include "chart_data.h"
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "repository.h"
#include "timeline/timeline_export.h"
#include "timeline_data.h"

namespace stratos::cli {

using namespace timeline;

int exportTimelineChart(const Repository &repo, const charts::ChartOptions &options,
                        const ExportRequest &request)
{
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        printError(QStringLiteral("the range starts (%1) after it ends (%2)")
                       .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
        return Usage;
    }
    TimelineFilter filter;
    if (!options.series.isEmpty()) {
        filter.lanes.fill(false);
        for (const QString &s : options.series) {
            bool ok = false;
            const Lane lane = laneFromKey(s, &ok);
            if (!ok) {
                QStringList keys;
                for (Lane l : allLanes())
                    keys << laneKey(l);
                printError(QStringLiteral("chart 'timeline' has no lane %1 (it has: %2)")
                               .arg(s, keys.join(QStringLiteral(", "))));
                return Usage;
            }
            filter.lanes[std::size_t(lane)] = true;
        }
    }
    TimelineModel model;
    model.setEvents(loadTimelineEvents(repo, repo.database()));
    model.setFilter(filter);
    if (model.shownCount() == 0 && !options.from.isValid() && !options.to.isValid()) {
        printError(QStringLiteral("the store has no events to draw"));
        return Failed;
    }
    // Without dates: every event, with room on the right for the last label.
    const double span = std::max(model.lastTime() - model.firstTime(), 30.0);
    TimelineExportView view;
    view.t0 =
        options.from.isValid() ? dayToTime(options.from) - 0.5 : model.firstTime() - span * 0.02;
    view.t1 = options.to.isValid() ? dayToTime(options.to) + 0.5 : model.lastTime() + span * 0.12;
    if (!options.series.isEmpty())
        view.subtitle = QStringLiteral("Lanes: %1").arg(options.series.join(QStringLiteral(", ")));
    if (Status s = exportTimeline(model, view, request); !s) {
        printError(s.error().toString());
        return Failed;
    }
    return Ok;
}

} // namespace stratos::cli
