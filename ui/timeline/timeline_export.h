#pragma once
// Writes the timeline over a time range as PNG, SVG or PDF (title, lanes,
// labels and badges as on screen, in light colours) or its events as CSV.
// Used by the page's Export menu and by `stratos export-chart --chart timeline`.

#include "charts/chart_export.h"
#include "timeline/timeline_model.h"

#include <QImage>

namespace stratos {

struct TimelineExportView
{
    double t0 = 0, t1 = 0; // visible times (timeline_event.h)
    int selected = -1;     // outlined, and always labelled when it fits
    QString subtitle;      // what the filter keeps ("Lanes: ...; search: ...")
};

QImage renderTimelineImage(const timeline::TimelineModel &model, const TimelineExportView &view,
                           QSize size, qreal scale);
Status exportTimeline(const timeline::TimelineModel &model, const TimelineExportView &view,
                      const ExportRequest &request);
// The shown events inside the range, one row each.
QString timelineCsv(const timeline::TimelineModel &model, double t0, double t1);

} // namespace stratos
