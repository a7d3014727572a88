// The import preview dialog and history dialog, driven like a user would.
#include "import/import_dialog.h"
#include "import/import_history_dialog.h"
#include "store.h"
#include "test_env.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

// With STRATOS_SHOTS_DIR set, saves what the user would see, for a human to look at.
void shoot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRATOS_SHOTS_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

std::unique_ptr<Store> emptyStore(const QTemporaryDir &dir)
{
    Store::Options o;
    o.loadSeed = false;
    auto s = Store::open(dir.filePath("s.sqlite"), o);
    return s.ok() ? std::move(*s) : nullptr;
}

} // namespace

TEST(ImportDialog, PreviewsThenImportsAndShowsASummary)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    const QString csv = writeFile(dir, "ACME.csv",
                                  "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                  "2025-01-24,10,11,9,10.5,10.4,1000\n"
                                  "2025-01-27,10.5,10.6,8,8.2,8.1,5000\n");
    ImportDialog dialog(store->path(), {csv});
    dialog.show();
    QSignalSpy changed(&dialog, &ImportDialog::storeChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy() && dialog.importButton()->isEnabled(); }, 10000));
    EXPECT_TRUE(dialog.countsLabel()->text().startsWith(QLatin1String("2 to add, 0 to update")))
        << qPrintable(dialog.countsLabel()->text());
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM price_bar"), 0) << "preview writes nothing";
    shoot(dialog, QStringLiteral("import-preview"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.results().size() == 1 && !dialog.busy(); }, 10000));
    EXPECT_TRUE(dialog.results().first().ok());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM price_bar"), 2);
    EXPECT_TRUE(dialog.countsLabel()->text().contains(QLatin1String("ACME.csv: added 2")))
        << qPrintable(dialog.countsLabel()->text());
    shoot(dialog, QStringLiteral("import-summary"));
}

TEST(ImportDialog, BrokenFileShowsLocatedProblemsAndCannotBeImported)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    const QString csv = writeFile(dir, "NVDA.csv",
                                  "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                  "2025-01-24,10,11,9,10.5,10.4\n");
    ImportDialog dialog(store->path(), {csv});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy() && !dialog.problemsView()->toPlainText().isEmpty(); }, 10000));
    EXPECT_TRUE(dialog.problemsView()->toPlainText().startsWith(csv + QStringLiteral(":2:")))
        << qPrintable(dialog.problemsView()->toPlainText());
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    shoot(dialog, QStringLiteral("import-broken"));
}

TEST(ImportHistoryDialog, RemoveUndoesTheImport)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    const QString csv = writeFile(dir, "ACME.csv", "Date,Close\n2025-01-24,10.5\n2025-01-27,8.2\n");
    ImportDialog dialog(store->path(), {csv});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy() && dialog.importButton()->isEnabled(); }, 10000));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.results().size() == 1 && !dialog.busy(); }, 10000));
    ASSERT_EQ(count(store->database(), "SELECT count(*) FROM price_bar"), 2);

    ImportHistoryDialog history(store->database());
    ASSERT_EQ(history.table()->rowCount(), 1);
    EXPECT_EQ(history.table()->item(0, 3)->text(), QStringLiteral("ACME.csv"));
    history.table()->selectRow(0);
    QSignalSpy finished(&history, &ImportHistoryDialog::removeFinished);
    ASSERT_TRUE(history.removeSelected(false));
    EXPECT_TRUE(history.busy()) << "the removal runs on a worker";
    ASSERT_TRUE(finished.wait(10000) || finished.size() == 1);
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_FALSE(history.busy());
    EXPECT_EQ(history.table()->rowCount(), 0);
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM price_bar"), 0);
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM security"), 0);
}

TEST(ImportDialog, ShowsLayoutSymbolAdjustmentAndImportsOnlyTheGoodRowsWhenAsked)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    // Nasdaq.com layout, newest first; line 3 has a broken Close, line 5 is blank.
    const QString csv = writeFile(dir, "HistoricalData_NVDA.csv",
                                  "Date,Close/Last,Volume,Open,High,Low\n"
                                  "01/28/2025,$128.99,579666400,$121.81,$129.00,$116.25\n"
                                  "01/27/2025,$1l8.42,818830900,$124.80,$128.40,$116.70\n"
                                  "01/24/2025,$142.62,234657600,$148.37,$148.97,$141.88\n"
                                  ",,,,,\n"
                                  "01/23/2025,$147.22,155915500,$145.05,$147.23,$143.72\n");
    ImportDialog dialog(store->path(), {csv});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy() && dialog.importGoodRowsButton()->isEnabled(); }, 10000));
    EXPECT_TRUE(dialog.layoutLabel()->text().startsWith(QLatin1String("Nasdaq.com"))) << qPrintable(dialog.layoutLabel()->text());
    EXPECT_EQ(dialog.symbolLabel()->text(), QStringLiteral("NVDA (from the token 'NVDA' of the file name)"));
    EXPECT_EQ(dialog.adjustmentLabel()->text(), QStringLiteral("not stated"));
    EXPECT_TRUE(dialog.skippedLabel()->text().contains(QLatin1String("skipped 1 blank row: line 5")))
        << qPrintable(dialog.skippedLabel()->text());
    EXPECT_TRUE(dialog.problemsView()->toPlainText().contains(QLatin1String("HistoricalData_NVDA.csv:3:12:")))
        << qPrintable(dialog.problemsView()->toPlainText());
    EXPECT_FALSE(dialog.importButton()->isEnabled()) << "all-or-nothing stays the default";
    EXPECT_EQ(dialog.importGoodRowsButton()->text(), QStringLiteral("Import the 3 good rows"));
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM price_bar"), 0) << "preview writes nothing";
    shoot(dialog, QStringLiteral("import-preview-good-rows"));
    QTest::mouseClick(dialog.importGoodRowsButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.results().size() == 1 && !dialog.busy(); }, 10000));
    ASSERT_TRUE(dialog.results().first().ok());
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM price_bar"), 3);
    EXPECT_EQ(count(store->database(), "SELECT rows_skipped FROM import_batch"), 2);
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM price_bar WHERE day = '2025-01-27'"), 0);
}

TEST(ImportDialog, AsksForTheSymbolWhenTheFileNameHoldsNone)
{
    QTemporaryDir dir;
    auto store = emptyStore(dir);
    ASSERT_TRUE(store);
    const QString csv = writeFile(dir, "Stock Price History.csv",
                                  "\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"\n"
                                  "\"01/27/2025\",\"118.42\",\"124.80\",\"128.40\",\"116.70\",\"818.83M\",\"-16.97%\"\n");
    ImportDialog dialog(store->path(), {csv});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy() && !dialog.problemsView()->toPlainText().isEmpty(); }, 10000));
    EXPECT_TRUE(dialog.problemsView()->toPlainText().contains(QLatin1String("give the symbol (--symbol)")));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_EQ(dialog.symbolLabel()->text(), QStringLiteral("none found: type it below"));
    dialog.symbolEdit()->setFocus();
    QTest::keyClicks(dialog.symbolEdit(), QStringLiteral("NVDA"));
    QTest::keyClick(dialog.symbolEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.busy() && dialog.importButton()->isEnabled(); }, 10000));
    EXPECT_EQ(dialog.symbolLabel()->text(), QStringLiteral("NVDA (from the --symbol option or the dialog)"));
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.results().size() == 1 && !dialog.busy(); }, 10000));
    EXPECT_EQ(count(store->database(), "SELECT count(*) FROM price_bar b JOIN security s ON s.id = b.security_id "
                                       "WHERE s.symbol = 'NVDA' AND b.volume = 818830000"),
              1);
}
