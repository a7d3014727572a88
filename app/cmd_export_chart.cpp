// `stratos export-chart`: renders one chart to PNG, SVG, PDF or CSV without a
// display, for scripts that make the weekly charts. Exit 2 for bad usage (id,
// format, dates, series), 1 when the store or the file cannot be written.
#include "chart_data.h"
#include "charts/chart_catalog.h"
#include "charts/chart_export.h"
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "repository.h"

#include <QFileInfo>

namespace stratos::cli {
namespace {

bool parseDay(const QString &text, const char *option, QDate &out)
{
    if (text.isEmpty())
        return true;
    out = QDate::fromString(text, Qt::ISODate);
    if (!out.isValid()) {
        printError(QStringLiteral("--%1 expects a date YYYY-MM-DD, found '%2'").arg(QLatin1String(option), text));
        return false;
    }
    return true;
}

bool parseInt(const QString &text, const char *option, int lo, int hi, int &out)
{
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < lo || v > hi) {
        printError(QStringLiteral("--%1 expects a number from %2 to %3, found '%4'")
                       .arg(QLatin1String(option)).arg(lo).arg(hi).arg(text));
        return false;
    }
    out = v;
    return true;
}

} // namespace

int exportChartCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("Write a chart to a file. See `stratos list-charts` for the ids."));
    const auto value = [&parser](const char *name, const char *help, const char *valueName) {
        parser.addOption(QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(valueName)));
    };
    value("chart", "Chart id (see list-charts).", "ID");
    value("format", "png, svg, pdf or csv (default: from the file name).", "FORMAT");
    value("out", "File to write.", "FILE");
    value("from", "First day of the range.", "YYYY-MM-DD");
    value("to", "Last day of the range.", "YYYY-MM-DD");
    value("series", "Comma-separated series to show (default: the chart's own choice).", "A,B,...");
    value("width", "Width in pixels (default 1200).", "W");
    value("height", "Height in pixels (default 700).", "H");
    value("scale", "PNG pixel density, 1 to 4 (default 1).", "N");
    parser.addOption(QCommandLineOption(QStringLiteral("log"), QStringLiteral("Log scale where the chart offers one.")));
    if (!parseOrComplain(parser, args))
        return Usage;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("export-chart takes options only, found '%1'").arg(parser.positionalArguments().first()));
        return Usage;
    }
    const QString id = parser.value(QStringLiteral("chart"));
    if (id.isEmpty()) {
        printError(QStringLiteral("--chart ID is required (charts: %1)").arg(charts::chartIds().join(QStringLiteral(", "))));
        return Usage;
    }
    if (!charts::findChart(id) && id != QLatin1String("timeline")) {
        printError(QStringLiteral("unknown chart '%1' (charts: %2)").arg(id, charts::chartIds().join(QStringLiteral(", "))));
        return Usage;
    }
    ExportRequest request;
    request.path = parser.value(QStringLiteral("out"));
    if (request.path.isEmpty()) {
        printError(QStringLiteral("--out FILE is required"));
        return Usage;
    }
    const QString formatName = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                      : QFileInfo(request.path).suffix();
    const auto format = exportFormatFromName(formatName);
    if (!format) {
        printError(QStringLiteral("unknown format '%1' (formats: png, svg, pdf, csv)").arg(formatName));
        return Usage;
    }
    request.format = *format;
    charts::ChartOptions options;
    int width = 1200, height = 700, scale = 1;
    if (!parseDay(parser.value(QStringLiteral("from")), "from", options.from) ||
        !parseDay(parser.value(QStringLiteral("to")), "to", options.to) ||
        !parseInt(parser.value(QStringLiteral("width")), "width", 100, 10000, width) ||
        !parseInt(parser.value(QStringLiteral("height")), "height", 100, 10000, height) ||
        !parseInt(parser.value(QStringLiteral("scale")), "scale", 1, 4, scale))
        return Usage;
    request.size = QSize(width, height);
    request.scale = scale;
    options.logScale = parser.isSet(QStringLiteral("log"));
    for (const QString &s : parser.value(QStringLiteral("series")).split(u',', Qt::SkipEmptyParts))
        options.series << s.trimmed();

    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    const Repository repo(store->database());
    if (id == QLatin1String("timeline")) // drawn by the timeline, not a ChartSpec (cmd_timeline_export.cpp)
        return exportTimelineChart(repo, options, request);
    auto spec = charts::buildChart(repo, id, options);
    if (!spec) {
        printError(spec.error().toString());
        return Usage; // an unknown series or an inverted range: the command line is wrong
    }
    if (Status s = exportChart(*spec, request); !s) {
        printError(s.error().toString());
        return Failed;
    }
    return Ok;
}

} // namespace stratos::cli
