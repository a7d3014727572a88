#pragma once
// What `stratos --screenshot` shows beyond a page: a search typed in the
// Library, a document open at a highlighted span, or a question asked in the
// Ask panel with a citation opened. Waits for the web pages to finish.

#include <QCommandLineOption>
#include <QList>
#include <functional>
#include <optional>

class QCommandLineParser;

namespace stratos {

class MainWindow;

struct ScreenshotScenario
{
    QString search;        // --search TEXT (library)
    qint64 documentId = 0; // --open-document ID (library)
    int spanStart = -1;    // --span A-B
    int spanEnd = -1;
    QString question;      // --ask QUESTION
    int citation = 0;      // --open-citation N; 0 = the answer's first cited source
    QString pageId() const; // the page the scenario needs, or empty
};

QList<QCommandLineOption> screenshotScenarioOptions();
// The option names that take a value (the command-line scan must skip them).
QStringList screenshotScenarioValueOptions();
std::optional<ScreenshotScenario> parseScreenshotScenario(const QCommandLineParser &parser, QString *error);

// Sets the scene, then calls ready() once the pages involved have rendered, or
// after timeoutMs (with a warning on stderr).
void prepareScreenshot(MainWindow &window, const ScreenshotScenario &scenario, std::function<void()> ready,
                       int timeoutMs = 45000);

} // namespace stratos
