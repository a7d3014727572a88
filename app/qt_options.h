#pragma once
// The options every Qt application accepts (-platform xcb, -style fusion, -reverse…).
// Our parser runs before QApplication exists (so --help works without a display);
// it must know these options to let them through to QApplication, which applies them.

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace stratos::cli {

// Qt's own options, hidden from --help (the help text names them in one line).
QList<QCommandLineOption> qtStandardOptions();

// True for a Qt option followed by its value ("-platform", "--style").
bool isQtOptionWithValue(const QString &arg);

} // namespace stratos::cli
