#include "cli_common.h"

#include "config/store_location.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace stratos::cli {

void printError(const QString &message)
{
    std::fprintf(stderr, "stratos: %s\n", qPrintable(message));
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

namespace {

bool positionalsFit(const QCommandLineParser &parser, const QString &command, const Positionals &positionals)
{
    const QStringList given = parser.positionalArguments();
    switch (positionals.rule) {
    case Positionals::Rule::Any:
        return true;
    case Positionals::Rule::None:
        if (given.isEmpty())
            return true;
        printError(QStringLiteral("%1 takes no arguments, found '%2'").arg(command, given.first()));
        return false;
    case Positionals::Rule::AtLeastOne:
        if (!given.isEmpty())
            return true;
        printError(QStringLiteral("%1 needs at least one %2").arg(command, positionals.what));
        return false;
    }
    return true;
}

} // namespace

bool parseOrComplain(QCommandLineParser &parser, const QStringList &args, const Positionals &positionals)
{
    // Subcommands get "stratos NAME" as args[0] (cli.cpp); the GUI form has its
    // own help, which issue 12 owns.
    const QLatin1String prefix("stratos ");
    const bool command = args.value(0).startsWith(prefix);
    std::optional<QCommandLineOption> help;
    if (command)
        help = parser.addHelpOption();
    if (!parser.parse(args)) {
        printError(parser.errorText() + QStringLiteral(" (try 'stratos --help')"));
        return false;
    }
    if (help && parser.isSet(*help)) {
        printOut(commandHelp(parser, args.value(0)));
        // As QCommandLineParser::showHelp does: help is the whole of the run.
        std::exit(0);
    }
    // "stratos stats" -> "stats", as the messages name the command.
    const QString name = command ? args.value(0).mid(prefix.size()) : args.value(0);
    return positionalsFit(parser, name, positionals);
}

QString commandHelp(QCommandLineParser &parser, const QString &command)
{
    // Qt names the executable's path in the usage line; say the command instead.
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(u'\n');
    const QString first = text.left(end);
    const qsizetype options = first.indexOf(QLatin1String(" ["));
    const qsizetype args = options >= 0 ? options : first.indexOf(u' ', 7);
    text.replace(0, args < 0 ? end : args, QStringLiteral("Usage: ") + command);
    return text;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("Use the store at PATH (default: $STRATOS_DB, else "
                                             "the application data folder)."),
                              QStringLiteral("PATH"));
}

CommandParser::CommandParser(const QString &description)
{
    setApplicationDescription(description);
    addOption(dbOption());
}

std::unique_ptr<Store> openStoreOrComplain(const QString &dbPath, bool readOnly)
{
    const StoreLocation loc = resolveStoreLocation(dbPath);
    Store::Options options;
    options.readOnly = readOnly;
    auto store = Store::open(loc.path, options);
    if (!store) {
        printError(store.error().toString());
        return nullptr;
    }
    return std::move(*store);
}

} // namespace stratos::cli
