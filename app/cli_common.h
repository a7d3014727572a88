#pragma once
// Shared helpers for subcommands: option parsing with one-line errors, store opening.

#include "store.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>

namespace stratos::cli {

// Prints "stratos: MESSAGE" to stderr.
void printError(const QString &message);
void printOut(const QString &text);

// Parses args (args[0] is the command name); on error prints one line and returns false.
// For a subcommand, --help (-h) prints its usage and options and exits 0.
bool parseOrComplain(QCommandLineParser &parser, const QStringList &args);

// The parser's help text with "Usage: stratos COMMAND" in its first line.
QString commandHelp(QCommandLineParser &parser, const QString &command);

// The --db option every command accepts.
QCommandLineOption dbOption();

// Opens the store chosen by --db / STRATOS_DB / default; prints the error on failure.
std::unique_ptr<Store> openStoreOrComplain(const QString &dbPath, bool readOnly = false);

} // namespace stratos::cli
