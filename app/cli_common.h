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
bool parseOrComplain(QCommandLineParser &parser, const QStringList &args);

// The --db option every command accepts.
QCommandLineOption dbOption();

// Opens the store chosen by --db / STRATOS_DB / default; prints the error on failure.
std::unique_ptr<Store> openStoreOrComplain(const QString &dbPath, bool readOnly = false);

} // namespace stratos::cli
