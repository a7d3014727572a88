// `stratos satellites [--on DAY]`: per constellation, payloads launched by a
// day and those operating on it (GCAT payload catalogue), and `stratos help`.
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "satellite_counts.h"

namespace stratos::cli {

int satellitesCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("Per constellation: payloads launched by DAY and operating on DAY, from "
                                         "an imported GCAT payload catalogue (psatcat.tsv)."));
    const QCommandLineOption onOpt(QStringLiteral("on"),
                                   QStringLiteral("The day (YYYY-MM-DD; default: the catalogue's "
                                                  "update day)."),
                                   QStringLiteral("DAY"));
    parser.addOption(onOpt);
    if (!parseOrComplain(parser, args, Positionals::none()))
        return Usage;
    QDate day;
    if (parser.isSet(onOpt)) {
        day = QDate::fromString(parser.value(onOpt), Qt::ISODate);
        if (!day.isValid()) {
            printError(QStringLiteral("--on expects a day like 2025-04-01, found '%1'").arg(parser.value(onOpt)));
            return Usage;
        }
    }
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")), true);
    if (!store)
        return Failed;
    if (!day.isValid())
        day = latestCatalogueDay(store->database());
    if (!day.isValid()) {
        printError(QStringLiteral("no payload catalogue in the store; import GCAT's psatcat.tsv first "
                                  "(stratos import psatcat.tsv)"));
        return Failed;
    }
    auto counts = inServiceOn(store->database(), day);
    if (!counts) {
        printError(counts.error().toString());
        return Failed;
    }
    QString out = QStringLiteral("constellation\tlaunched by %1\toperating on %1\n").arg(day.toString(Qt::ISODate));
    for (const ConstellationInService &c : counts->rows)
        out += QStringLiteral("%1\t%2\t%3\n").arg(c.constellation).arg(c.launched).arg(c.operating);
    if (counts->beyondCatalogue())
        out += QStringLiteral("note: the catalogue was updated on %1; 'operating' is as of that day\n")
                   .arg(counts->asOf.toString(Qt::ISODate));
    printOut(out);
    return Ok;
}

int helpCommand(const QStringList &args)
{
    const QStringList rest = args.mid(1);
    if (!rest.isEmpty() && !rest.first().startsWith(u'-')) {
        const Command *cmd = findCommand(rest.first());
        if (!cmd || cmd->name == QLatin1String("help")) {
            printError(QStringLiteral("unknown command '%1' (commands: %2)")
                           .arg(rest.first(), commandNames().join(QStringLiteral(", "))));
            return Usage;
        }
        return cmd->run({QStringLiteral("stratos ") + cmd->name, QStringLiteral("--help")});
    }
    QString out = QStringLiteral("Usage: stratos [options]            start the app\n"
                                 "       stratos COMMAND [options]    run a command without a window\n\n"
                                 "Commands:\n");
    for (const Command &c : commands())
        out += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(14), c.summary);
    out += QStringLiteral("\n'stratos COMMAND --help' shows a command's options.\n");
    printOut(out);
    return Ok;
}

} // namespace stratos::cli
