#include "stall_session.h"

#include "charts/chart_panel.h"
#include "charts/chart_view.h"
#include "charts/plot_view.h"
#include "charts/spec_chart.h"
#include "import/import_history_dialog.h"
#include "importer.h"
#include "main_window.h"
#include "pages/ask_page.h"
#include "pages/library_page.h"
#include "pages/markets_page.h"
#include "ask/ask_session.h"
#include "perf/stall_meter.h"
#include "store.h"
#include "store/store_startup.h"
#include "store_backup.h"
#include "widgets/store_counts_label.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

namespace stratos::test {
namespace {

QString writePriceFile(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/UNDOME.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray out("Date,Open,High,Low,Close,Volume\n");
    QDate day(1900, 1, 1);
    for (int i = 0; i < rows; ++i, day = day.addDays(1)) {
        const double c = 100 + (i % 997) / 10.0;
        out += day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(c, 'f', 2) + ',' +
               QByteArray::number(c + 1, 'f', 2) + ',' + QByteArray::number(c - 1, 'f', 2) + ',' +
               QByteArray::number(c + 0.5, 'f', 2) + ',' + QByteArray::number(1000 + i) + '\n';
    }
    f.write(out);
    return path;
}

// One notch of the mouse wheel over the middle of the plot, as a user zooms.
void wheelOverPlot(PlotView *plot, int delta)
{
    const QPointF centre = plot->chart()->plotArea().center();
    const QPoint at = plot->mapFromScene(centre);
    QWheelEvent wheel(at, plot->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot->viewport(), &wheel);
}

void clickSidebar(QListWidget *sidebar, int row)
{
    QListWidgetItem *item = sidebar->item(row);
    sidebar->scrollToItem(item);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(item).center());
}

StallStep step(const QString &name, const StallMeter::Worst &w, bool completed, bool knownStall = false)
{
    return {name, w.wallMs, w.cpuMs, completed, {}, knownStall};
}

StallStep failedSetup(const QString &why) { return {QStringLiteral("setup"), -1, -1, false, why, false}; }

} // namespace

QList<StallStep> runStallSession(const QString &workDir, int importRows)
{
    QList<StallStep> steps;
    const QString path = workDir + QStringLiteral("/session.sqlite");
    const QString csv = writePriceFile(workDir, importRows);
    QString backup;
    { // Before the session: a seeded store with one big import to undo, and a backup.
        auto store = Store::open(path);
        if (!store)
            return {failedSetup(store.error().toString())};
        ImportOptions options;
        options.parse.symbol = QStringLiteral("UNDOME");
        const ImportReport r = Importer((*store)->database()).importFile(csv, options);
        if (!r.problems.isEmpty())
            return {failedSetup(r.problems.first().toString())};
    }
    if (auto b = createBackup(path))
        backup = b->path;

    StallMeter meter;
    {
        auto opened = Store::open(path);
        if (!opened)
            return {failedSetup(opened.error().toString())};
        std::unique_ptr<Store> store = std::move(*opened);
        MainWindow w(*store);
        w.resize(1400, 900);
        auto *counts = w.findChild<StoreCountsLabel *>();
        QSignalSpy counted(counts, &StoreCountsLabel::counted);

        // Start: from show until the deferred work (counts) is done and the window has settled.
        meter.start();
        w.show();
        bool ok = QTest::qWaitForWindowExposed(&w) && (counted.size() > 0 || counted.wait(10000));
        QTest::qWait(300);
        steps.append(step(QStringLiteral("start (after show)"), meter.take(), ok));

        // Every page but Ask (its first show starts QtWebEngine: a step of its own).
        auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
        const QStringList ids = MainWindow::pageIds();
        ok = sidebar != nullptr;
        // The first round builds each page: one step per page, so a slow one is named.
        for (int i = 0; ok && i < ids.size(); ++i)
            if (ids[i] != QLatin1String("ask")) {
                meter.take();
                clickSidebar(sidebar, i);
                QTest::qWait(60);
                ok = w.currentPageId() == ids[i];
                steps.append(step(QStringLiteral("first show of %1").arg(ids[i]), meter.take(), ok));
            }
        for (int i = 0; ok && i < ids.size(); ++i)
            if (ids[i] != QLatin1String("ask")) {
                clickSidebar(sidebar, i);
                QTest::qWait(60);
                ok = w.currentPageId() == ids[i];
            }
        steps.append(step(QStringLiteral("switch between built pages"), meter.take(), ok));

        // A chart's range: five notches of the wheel on the rebased prices.
        ok = w.openChart(QStringLiteral("markets.rebased?series=NVDA,AVGO,TSM,ASML,^IXIC"));
        QTest::qWait(200);
        meter.take();
        ChartView *view = static_cast<MarketsPage *>(w.page(QStringLiteral("markets")))->charts()->view();
        const auto before = view->chart()->xRange();
        for (int notch = 0; notch < 5; ++notch) {
            wheelOverPlot(view->plot(), notch < 3 ? 120 : -120);
            QTest::qWait(150); // past the redraw debounce
        }
        ok = ok && view->chart()->xRange() != before;
        steps.append(step(QStringLiteral("zoom a chart (5 wheel notches)"), meter.take(), ok));

        // Search the Library as a user types.
        clickSidebar(sidebar, int(ids.indexOf(QStringLiteral("library"))));
        QTest::qWait(100);
        meter.take();
        auto *library = w.libraryPage();
        QSignalSpy searched(library, &LibraryPage::searchFinished);
        QTest::keyClicks(library->searchEdit(), QStringLiteral("export controls"));
        ok = searched.wait(10000);
        QTest::qWait(100);
        steps.append(step(QStringLiteral("search the Library"), meter.take(), ok));

        // The Ask panel's first show (QtWebEngine starts), then a question.
        clickSidebar(sidebar, int(ids.indexOf(QStringLiteral("ask"))));
        auto *ask = static_cast<AskPage *>(w.page(QStringLiteral("ask")));
        ok = QTest::qWaitFor([&] { return ask->isPageReady(); }, 30000);
        QTest::qWait(100);
        steps.append(step(QStringLiteral("open the Ask panel (QtWebEngine starts)"), meter.take(), ok));
        ask->ask(QStringLiteral("How much did DeepSeek-V3 cost to train compared with GPT-4?"));
        ok = QTest::qWaitFor([&] { return !ask->session()->isBusy(); }, 30000);
        QTest::qWait(100);
        steps.append(step(QStringLiteral("ask a question (built-in backend)"), meter.take(), ok));

        // Undo the big import from File > Import history.
        ImportHistoryDialog history(store->database(), &w);
        history.show();
        ok = QTest::qWaitForWindowExposed(&history);
        meter.take();
        QSignalSpy removed(&history, &ImportHistoryDialog::removeFinished);
        history.table()->selectRow(0);
        ok = ok && history.removeSelected(false) && removed.wait(60000) && removed.first().first().toBool();
        QTest::qWait(300); // the window reloads its pages and counts
        steps.append(step(QStringLiteral("undo an import (%1 rows)").arg(importRows), meter.take(), ok));
    }

    // Restore a backup as File > Restore does: window and store closed first.
    if (backup.isEmpty()) {
        steps.append({QStringLiteral("restore a backup"), -1, -1, false, QStringLiteral("no backup was made"), false});
        return steps;
    }
    QTimer answer; // closes the "Restored..." message box as a user would
    QObject::connect(&answer, &QTimer::timeout, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    answer.start(50);
    meter.take();
    const bool restored = restoreWithProgress(nullptr, path, backup);
    steps.append(step(QStringLiteral("restore a backup"), meter.take(), restored));
    meter.stop();
    return steps;
}

} // namespace stratos::test
