#include "gui.h"

#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "desktop_integration.h"
#include "main_window.h"
#include "perf/first_paint_probe.h"
#include "qt_options.h"
#include "screenshot_scenario.h"
#include "store/store_problem_dialog.h"
#include "store/store_startup.h"
#include "style.h"
#include "config/store_location.h"
#include "web/web_views.h"

#include <stratos/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <optional>

namespace stratos::cli {
namespace {

// The problem dialog as the user would see it, saved instead of shown.
void saveProblemScreenshot(const StoreHealth &health, const QString &file)
{
    StoreProblemDialog dialog(health);
    dialog.show();
    QCoreApplication::processEvents();
    if (!dialog.grab().save(file, "PNG"))
        printError(QStringLiteral("cannot write the screenshot to %1").arg(file));
}

} // namespace

int runGui(int &argc, char *argv[], const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Stratos: the US-China race in AI and orbit.\n\nCommands (run without a display):\n") +
        [] {
            QString s;
            for (const Command &c : commands())
                s += QStringLiteral("  %1  %2\n").arg(c.name, -14).arg(c.summary);
            return s + QStringLiteral("\nQt's standard options (-platform, -style, -reverse, ...) are accepted too.");
        }());
    // Qt's options are single-dash words ("-platform xcb"): never read them as -p -l -a ...
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dbOption());
    const QCommandLineOption helpOpt = parser.addHelpOption();
    const QCommandLineOption versionOpt(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    parser.addOption(versionOpt);
    const QCommandLineOption screenshotOpt(QStringLiteral("screenshot"),
                                           QStringLiteral("Open the window, save a PNG of it to FILE and exit."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption pageOpt(QStringLiteral("page"),
                                     QStringLiteral("Page to open: %1.").arg(MainWindow::pageIds().join(u'|')),
                                     QStringLiteral("PAGE"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size WxH (default 1440x900)."),
                                     QStringLiteral("WxH"));
    parser.addOption(screenshotOpt);
    parser.addOption(pageOpt);
    parser.addOption(sizeOpt);
    parser.addOptions(screenshotScenarioOptions());
    parser.addOptions(qtStandardOptions());

    if (!parseOrComplain(parser, args))
        return Usage;
    if (parser.isSet(versionOpt)) {
        printOut(QStringLiteral("stratos %1\n").arg(QStringLiteral(STRATOS_VERSION)));
        return Ok;
    }
    if (parser.isSet(helpOpt)) {
        // Without a QCoreApplication yet, Qt names the program "<executable_name>".
        printOut(parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("stratos")));
        return Ok;
    }
    const QString pageId = parser.value(pageOpt);
    if (parser.isSet(pageOpt) && !MainWindow::pageIds().contains(pageId)) {
        printError(QStringLiteral("unknown page '%1' (pages: %2)").arg(pageId, MainWindow::pageIds().join(QStringLiteral(", "))));
        return Usage;
    }
    QSize size(1440, 900);
    if (parser.isSet(sizeOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(u'x');
        bool okW = false, okH = false;
        if (wh.size() == 2)
            size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || size.width() < 320 || size.height() < 240) {
            printError(QStringLiteral("--size expects WxH of at least 320x240, found '%1'").arg(parser.value(sizeOpt)));
            return Usage;
        }
    }
    const QString screenshot = parser.value(screenshotOpt);
    if (parser.isSet(screenshotOpt) && !QFileInfo(screenshot).absoluteDir().exists()) {
        printError(QStringLiteral("cannot write the screenshot: folder %1 does not exist").arg(QFileInfo(screenshot).absolutePath()));
        return Failed;
    }

    QString scenarioError;
    const auto scenario = parseScreenshotScenario(parser, &scenarioError);
    if (!scenario) {
        printError(scenarioError);
        return Usage;
    }

    prepareApplicationForWebViews(); // before the application exists, as QtWebEngine asks
    QApplication app(argc, argv);
    applyDesktopIdentity(app);
    applyStratosStyle(app);
    StoreRequest request{resolveStoreLocation(parser.value(QStringLiteral("db"))).path, false, {}};
    for (;;) {
        // A store seeded just now holds nothing the embedded dataset cannot recreate: no backup of it.
        const bool storeExisted = QFileInfo::exists(request.path);
        std::unique_ptr<Store> store;
        if (!screenshot.isEmpty()) {
            // Never a modal dialog here: the problem dialog is the screenshot.
            StoreHealth health;
            auto opened = Store::open(request.path, Store::Options{}, &health);
            if (!opened) {
                printError(opened.error().toString());
                if (!health.ok())
                    saveProblemScreenshot(health, screenshot);
                return Failed;
            }
            store = std::move(*opened);
        } else {
            store = openStoreInteractively(request);
            if (!store)
                return Failed;
        }
        QString restore;
        std::optional<StoreRequest> next; // File → Open team store…
        {
            MainWindow window(*store);
            QObject::connect(&window, &MainWindow::restoreRequested, &app, [&](const QString &backup) {
                restore = backup;
                QCoreApplication::exit(Ok);
            });
            QObject::connect(&window, &MainWindow::openStoreRequested, &app,
                             [&](const QString &location, const QString &password) {
                                 next = StoreRequest{location, false, password};
                                 QCoreApplication::exit(Ok);
                             });
            // The first window fits the screen it opens on (1440x900 is 2880x1800 device
            // pixels at a scale of 2), unless the user asked for a size.
            if (!parser.isSet(sizeOpt))
                if (const QScreen *screen = QGuiApplication::primaryScreen())
                    size = size.boundedTo(screen->availableGeometry().size());
            window.resize(size);
            // A normal start picks up where the user left off; screenshots stay reproducible.
            if (screenshot.isEmpty()) {
                window.restoreSession();
                if (parser.isSet(sizeOpt))
                    window.resize(size);
            }
            if (!pageId.isEmpty())
                window.showPage(pageId);
            watchFirstPaint(&window, "main");
            window.show();
            if (!screenshot.isEmpty()) {
                int code = Ok;
                prepareScreenshot(window, *scenario, [&] {
                    const QPixmap pix = window.grab();
                    if (!pix.save(screenshot, "PNG")) {
                        printError(QStringLiteral("cannot write the screenshot to %1").arg(screenshot));
                        code = Failed;
                    }
                    app.exit(code);
                });
                app.exec();
                return code;
            }
            if (storeExisted)
                window.startDailyBackup();
            runWeeklyCheck(*store, &window);
            const int code = app.exec();
            if (restore.isEmpty() && !next)
                return code;
            window.saveSession();
        }
        if (next) {
            // The window and its connections are gone: open the other store. If
            // it cannot open, the user is told and the app ends as on a start.
            store.reset();
            request = *next;
            continue;
        }
        // The window and every connection are gone: replace the file, then a new window.
        store.reset();
        restoreWithProgress(nullptr, request.path, restore);
    }
}

} // namespace stratos::cli
