#pragma once
// The command line as the user typed it, on every platform, before any
// QCoreApplication exists (the GUI parses its options before it creates one).

#include <QStringList>

namespace stratos::cli {

// Windows: the UTF-16 command line (argv is in the ANSI code page, which loses
// characters outside it), split the way QCoreApplication::arguments() splits
// it. Elsewhere: argv decoded as file names are, like Qt does.
QStringList commandLineArguments(int argc, char *argv[]);

// macOS passes "-psn_0_NNNN" (a process serial number) on a first launch from
// Finder; it is not ours to parse, so it is dropped before the strict parser sees it.
QStringList withoutFinderArguments(QStringList args);

// Windows: when stratos.exe (a GUI-subsystem program) is started from a
// console, --help, --version and errors are written to that console. The
// shell does not wait for it; stratos-cli.exe is the console program for
// scripts. No-op elsewhere, and when the output is redirected.
void attachParentConsole();

// Windows: stdout in binary mode, so exported CSV keeps "\n" line ends as on
// every other system and bytes go out unchanged. No-op elsewhere.
void setBinaryStdout();

} // namespace stratos::cli
