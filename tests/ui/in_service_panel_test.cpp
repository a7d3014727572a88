// The Space page's "Satellites in service" panel, driven like a user would: the
// day typed into the date field, the table against the store's own count, and
// the CSV export with its credit line.
#include "importer.h"
#include "main_window.h"
#include "pages/in_service_panel.h"
#include "pages/space_page.h"
#include "satellite_counts.h"
#include "store.h"

#include <QAbstractItemModel>
#include <QDateEdit>
#include <QFile>
#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QMouseEvent>
#include <QSplitter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace stratos;

namespace {

const QByteArray kCatalogue = "#JCAT\tPiece\tName\tLDate\tTLast\tTOp\tTDate\tTF\tProgram\n"
                              "# Updated 2025 Apr  7 2348:35\t\t\t\t\t\t\t\t\n"
                              "S1\t2020-001A\tStarlink 1\t2020 Jan  7\t-\t-\t2022 Mar  1\t-\tStarlink 1.0\n"
                              "S2\t2020-001B\tStarlink 2\t2020 Jan  7\t-\t-\t2024 Mar  1\t-\tStarlink 1.0\n"
                              "S3\t2023-001A\tStarlink 3\t2023 Jan  7\t-\t-\t*\t-\tStarlink 2M S1\n"
                              "S4\t2024-001A\tQianfan Jigui 01\t2024 Aug  6\t-\t-\t*\t-\tQianfan\n";

QString cell(QAbstractItemModel *m, const QString &constellation, int column)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == constellation)
            return m->index(r, column).data().toString();
    return {};
}

} // namespace

TEST(InServicePanel, TypedDayChangesTheCountsAndTheExport)
{
    QTemporaryDir dir;
    Store::Options o;
    o.loadSeed = false;
    auto store = Store::open(dir.filePath("s.sqlite"), o);
    ASSERT_TRUE(store.ok());
    const ImportReport r = Importer((*store)->database()).importBytes(kCatalogue, QStringLiteral("psatcat.tsv"), {});
    ASSERT_TRUE(r.ok()) << qPrintable(r.problems.value(0).toString());

    MainWindow w(**store);
    w.show();
    auto *space = static_cast<SpacePage *>(w.page("space"));
    InServicePanel *panel = space->inService();
    QAbstractItemModel *m = panel->table()->model();
    EXPECT_EQ(panel->dateEdit()->date(), QDate(2025, 4, 7)) << "the catalogue's day first";
    EXPECT_EQ(cell(m, "Starlink", 1), QStringLiteral("3"));
    EXPECT_EQ(cell(m, "Starlink", 2), QStringLiteral("1"));
    EXPECT_EQ(cell(m, "Qianfan", 2), QStringLiteral("1"));

    // Type 2023-06-30 into the date field: section by section, as a user would.
    QDateEdit *edit = panel->dateEdit();
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, QStringLiteral("2023"));
    edit->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(edit, QStringLiteral("06"));
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, QStringLiteral("30"));
    ASSERT_EQ(edit->date(), QDate(2023, 6, 30));
    auto counts = inServiceOn((*store)->database(), QDate(2023, 6, 30));
    ASSERT_TRUE(counts.ok());
    for (const ConstellationInService &c : counts->rows) {
        EXPECT_EQ(cell(m, c.constellation, 1), QString::number(c.launched)) << c.constellation.toStdString();
        EXPECT_EQ(cell(m, c.constellation, 2), QString::number(c.operating)) << c.constellation.toStdString();
    }
    EXPECT_EQ(cell(m, "Starlink", 2), QStringLiteral("2"));
    EXPECT_TRUE(panel->exportButton()->isEnabled());

    // Drag the splitter between the chart and the panel as far right as it
    // goes: the panel keeps a width at which no header or figure of its table
    // is cut off ("Operating" was clipped in a narrow panel).
    w.resize(1280, 800);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *sidebar = w.findChild<QListWidget *>();
    ASSERT_TRUE(sidebar);
    const auto spaceItems = sidebar->findItems(QStringLiteral("Space"), Qt::MatchExactly);
    ASSERT_EQ(spaceItems.size(), 1);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(spaceItems[0]).center());
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->isVisible(); }, 3000));
    auto *splitter = qobject_cast<QSplitter *>(panel->parentWidget());
    ASSERT_TRUE(splitter);
    QSplitterHandle *handle = splitter->handle(splitter->indexOf(panel));
    const QPoint grip = handle->rect().center();
    auto mouse = [&](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent e(type, at, handle->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(handle, &e);
    };
    mouse(QEvent::MouseButtonPress, grip, Qt::LeftButton);
    for (int dx = 100; dx <= 1200; dx += 100)
        mouse(QEvent::MouseMove, grip + QPoint(dx, 0), Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, grip + QPoint(1200, 0), Qt::NoButton);
    const QTableView *table = panel->table();
    QTest::qWait(50);
    const QAbstractItemView *asView = table; // sizeHintForColumn is public here
    ASSERT_LT(panel->width(), 400) << "the drag made the panel narrow";
    for (int c = 0; c < m->columnCount(); ++c) {
        const int shown = table->horizontalHeader()->sectionSize(c);
        EXPECT_GE(shown, table->horizontalHeader()->sectionSizeHint(c)) << "header of column " << c;
        EXPECT_GE(shown, asView->sizeHintForColumn(c)) << "figures of column " << c;
    }
    EXPECT_GE(table->viewport()->width(), table->horizontalHeader()->length());

    const QString csv = dir.filePath("in-service.csv");
    ASSERT_TRUE(panel->exportCsv(csv));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.startsWith(QLatin1String("# Source: GCAT payload catalogue"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("constellation,launched_by_2023-06-30,operating_on_2023-06-30\n")));
    EXPECT_TRUE(text.contains(QLatin1String("Starlink,3,2\n"))) << qPrintable(text);
    const QString dirShots = qEnvironmentVariable("STRATOS_SHOTS_DIR");
    if (!dirShots.isEmpty())
        space->grab().save(dirShots + QStringLiteral("/space-in-service.png"));
}
