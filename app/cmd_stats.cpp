// `stratos stats`: one "name: N" line per table.
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "repository.h"

namespace stratos::cli {

int statsCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("Print the number of rows per table."));
    if (!parseOrComplain(parser, args, Positionals::none()))
        return Usage;
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    return printLines(Repository(store->database()).tableCounts(),
                      [](const TableCount &c) { return QStringLiteral("%1: %2\n").arg(c.name).arg(c.count); });
}


} // namespace stratos::cli
