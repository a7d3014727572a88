#include "commands.h"

#include "cli.h"
#include "cli_common.h"
#include "repository.h"

namespace stratos::cli {
namespace {

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

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("stats"), QStringLiteral("print row counts per table"), &statsCommand},
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &c : commands())
        names << c.name;
    return names;
}

} // namespace stratos::cli
