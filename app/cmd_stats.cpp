// `stratos stats`: one "name: N" line per table.
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "repository.h"

namespace stratos::cli {

int statsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the number of rows per table."));
    parser.addOption(dbOption());
    if (!parseOrComplain(parser, args))
        return Usage;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("stats takes no arguments, found '%1'").arg(parser.positionalArguments().first()));
        return Usage;
    }
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    QString out;
    for (const TableCount &c : Repository(store->database()).tableCounts())
        out += QStringLiteral("%1: %2\n").arg(c.name).arg(c.count);
    printOut(out);
    return Ok;
}


} // namespace stratos::cli
