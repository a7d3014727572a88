#pragma once
// Starts the GUI (or takes a screenshot of it with --screenshot).

#include <QStringList>

namespace stratos::cli {

int runGui(int &argc, char *argv[], const QStringList &args);

} // namespace stratos::cli
