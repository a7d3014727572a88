#include "cli.h"

#include "cli_common.h"
#include "commands.h"
#include "gui.h"
#include "qt_options.h"
#include "platform_args.h"
#include "screenshot_scenario.h"

#include <stratos/version.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <memory>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace stratos::cli {
namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stratos"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("stratos-app.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Stratos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATOS_VERSION));
}

// Options of the GUI form that take a value: the command scan must skip their values.
bool takesValue(const QString &arg)
{
    return arg == QLatin1String("--db") || arg == QLatin1String("--screenshot") ||
           arg == QLatin1String("--page") || arg == QLatin1String("--size") || isQtOptionWithValue(arg) ||
           screenshotScenarioValueOptions().contains(arg);
}

// Cron jobs and containers have no XDG_RUNTIME_DIR; Qt then warns on stderr on
// every run, which scripts take for an error. Give it the private folder it
// would fall back to anyway.
void provideRuntimeDir()
{
#ifdef Q_OS_UNIX
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QStringLiteral("%1/runtime-stratos-%2").arg(QDir::tempPath()).arg(::getuid());
    if (QDir().mkpath(dir) && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
        QFileInfo(dir).ownerId() == ::getuid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
#endif
}

// The subcommand, if any: the first argument that is not an option or an option's value.
int commandIndex(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(u'-')) {
            if (takesValue(a))
                ++i;
            continue;
        }
        return i;
    }
    return -1;
}

} // namespace

int run(int argc, char *argv[])
{
    setIdentity();
    attachParentConsole();
    QStringList args = withoutFinderArguments(commandLineArguments(argc, argv));
    int commandAt = commandIndex(args);

    if (commandAt > 0) {
        const QString name = args[commandAt];
        const Command *cmd = findCommand(name);
        if (!cmd) {
            QCoreApplication app(argc, argv);
            printError(QStringLiteral("unknown command '%1' (commands: %2)")
                           .arg(name, commandNames().join(QStringLiteral(", "))));
            return Usage;
        }
        std::unique_ptr<QCoreApplication> app;
        if (cmd->app == Command::App::Gui) {
            // Rendering commands need a GUI application but never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            provideRuntimeDir();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setBinaryStdout();
        // From here on, the arguments as Qt decoded them (it removes the ones it used).
        args = withoutFinderArguments(QCoreApplication::arguments());
        commandAt = commandIndex(args);
        // The command sees its name first, then every other argument (global --db included).
        QStringList cmdArgs{QStringLiteral("stratos ") + name};
        for (int i = 1; i < args.size(); ++i)
            if (i != commandAt)
                cmdArgs << args[i];
        return cmd->run(cmdArgs);
    }
    return runGui(argc, argv, args);
}

} // namespace stratos::cli
