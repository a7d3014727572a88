#pragma once
// The subcommands that run without a display.

#include <QString>
#include <QStringList>

namespace stratos::cli {

struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &args);
};

const Command *findCommand(const QString &name);
QStringList commandNames();
const QList<Command> &commands();

} // namespace stratos::cli
