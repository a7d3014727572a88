// `stratos list-charts`: one "id<TAB>title" line per chart export-chart can draw.
#include "charts/chart_catalog.h"
#include "cli.h"
#include "cli_common.h"
#include "commands.h"

namespace stratos::cli {

int listChartsCommand(const QStringList &args)
{
    // --db is accepted for symmetry: the list does not depend on the store.
    CommandParser parser(QStringLiteral("Print the id and title of every chart."));
    if (!parseOrComplain(parser, args, Positionals::none()))
        return Usage;
    return printLines(charts::chartCatalog(), [](const charts::ChartInfo &c) { return c.id + u'\t' + c.title + u'\n'; });
}

} // namespace stratos::cli
