#pragma once
// The subcommands that run without a display.

#include <QString>
#include <QStringList>

namespace stratos {
class Repository;
struct ExportRequest;
namespace charts {
struct ChartOptions;
}
} // namespace stratos

namespace stratos::cli {

struct Command
{
    enum class App { Core, Gui }; // Gui: gets a QApplication (offscreen when there is no display)
    QString name;
    QString summary;
    int (*run)(const QStringList &args);
    App app = App::Core;
};

// Each command lives in its own cmd_*.cpp and is listed in commands.cpp.
int statsCommand(const QStringList &args);
int copyStoreCommand(const QStringList &args);
int listChartsCommand(const QStringList &args);
int exportChartCommand(const QStringList &args);
// export-chart --chart timeline (cmd_timeline_export.cpp).
int exportTimelineChart(const Repository &repo, const charts::ChartOptions &options,
                        const ExportRequest &request);
int importCommand(const QStringList &args);
int importsCommand(const QStringList &args);
int askCommand(const QStringList &args);
int importDocsCommand(const QStringList &args);
int satellitesCommand(const QStringList &args); // cmd_satellites.cpp
int helpCommand(const QStringList &args);       // cmd_satellites.cpp
int checkClaimsCommand(const QStringList &args);

int feedsCommand(const QStringList &args);
int updateCommand(const QStringList &args);

const Command *findCommand(const QString &name);
QStringList commandNames();
const QList<Command> &commands();

} // namespace stratos::cli
