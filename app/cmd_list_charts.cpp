// `stratos list-charts`: one "id<TAB>title" line per chart export-chart can draw.
#include "charts/chart_catalog.h"
#include "cli.h"
#include "cli_common.h"
#include "commands.h"

namespace stratos::cli {

int listChartsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the id and title of every chart."));
    parser.addOption(dbOption()); // accepted for symmetry: the list does not depend on the store
    if (!parseOrComplain(parser, args))
        return Usage;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("list-charts takes no arguments, found '%1'")
                       .arg(parser.positionalArguments().first()));
        return Usage;
    }
    QString out;
    for (const charts::ChartInfo &c : charts::chartCatalog())
        out += c.id + u'\t' + c.title + u'\n';
    printOut(out);
    return Ok;
}

} // namespace stratos::cli
