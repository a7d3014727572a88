#pragma once
// Shared helpers for subcommands: option parsing with one-line errors, store opening.

#include "cli.h"
#include "store.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace stratos::cli {

// Prints "stratos: MESSAGE" to stderr.
void printError(const QString &message);
void printOut(const QString &text);

// What a command takes after its options. parseOrComplain refuses the rest
// with "NAME takes no arguments, found 'X'" or "NAME needs at least one WHAT".
struct Positionals
{
    enum class Rule { Any, None, AtLeastOne };
    Rule rule = Rule::Any;
    QString what; // with AtLeastOne: what each one is ("FILE")

    static Positionals none() { return {Rule::None, {}}; }
    static Positionals atLeastOne(const QString &what) { return {Rule::AtLeastOne, what}; }
};

// Parses args (args[0] is the command name); on error prints one line and returns false.
// For a subcommand, --help (-h) prints its usage and options and exits 0.
bool parseOrComplain(QCommandLineParser &parser, const QStringList &args, const Positionals &positionals = {});

// The parser's help text with "Usage: stratos COMMAND" in its first line.
QString commandHelp(QCommandLineParser &parser, const QString &command);

// The --db option every command accepts.
QCommandLineOption dbOption();

// A subcommand's parser, made with its description and the --db option
// every command accepts; the command adds its own options.
class CommandParser : public QCommandLineParser
{
public:
    explicit CommandParser(const QString &description);
};

// Prints one line a row (line(row) ends with its newline) and returns Ok.
template <typename Rows, typename Line>
int printLines(const Rows &rows, Line line)
{
    QString out;
    for (const auto &row : rows)
        out += line(row);
    printOut(out);
    return Ok;
}

// Opens the store chosen by --db / STRATOS_DB / default; prints the error on failure.
std::unique_ptr<Store> openStoreOrComplain(const QString &dbPath, bool readOnly = false);

} // namespace stratos::cli
