#include "commands.h"


namespace stratos::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("stats"), QStringLiteral("print row counts per table"), &statsCommand},
        {QStringLiteral("list-charts"), QStringLiteral("print the chart ids export-chart knows"), &listChartsCommand},
        {QStringLiteral("export-chart"), QStringLiteral("write a chart as PNG, SVG, PDF or CSV"),
         &exportChartCommand, Command::App::Gui},
        {QStringLiteral("import"), QStringLiteral("import data files (Epoch AI, GCAT launch log and payload catalogue, LL2, prices)"), &importCommand},
        {QStringLiteral("import-docs"), QStringLiteral("import documents and folders (.txt .md .html .pdf) into the library"),
         &importDocsCommand, Command::App::Gui},
        {QStringLiteral("imports"), QStringLiteral("list import batches; --remove ID undoes one"), &importsCommand},
        {QStringLiteral("check-claims"), QStringLiteral("check the figures in documents against the store"),
         &checkClaimsCommand, Command::App::Gui},
        {QStringLiteral("satellites"), QStringLiteral("satellites launched and operating per constellation on a day (GCAT payload catalogue)"),
         &satellitesCommand},
        {QStringLiteral("copy-store"), QStringLiteral("copy a whole store, SQLite <-> PostgreSQL, checked by counts and checksums"),
         &copyStoreCommand},
        {QStringLiteral("help"), QStringLiteral("list the commands; 'help COMMAND' shows one command's options"), &helpCommand},

        {QStringLiteral("feeds"), QStringLiteral("list the feeds; --set/--on/--off a feed, --track/--untrack a symbol"), &feedsCommand},
        {QStringLiteral("update"), QStringLiteral("fetch the feeds and import what changed (uses the network)"), &updateCommand},
        {QStringLiteral("ask"), QStringLiteral("answer a question from the documents and the store, with citations"), &askCommand},
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
