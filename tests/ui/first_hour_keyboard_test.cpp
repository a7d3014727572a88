// Issue 12, bugs 7 and 8, driven with real keys and clicks on the real main
// window: Tab leaves the Overview's table, the sidebar shows its focus, Ctrl+7
// puts the keyboard in the question box, Edit → Undo/Redo and Help → Keyboard
// shortcuts, steady timeline buttons, and one event count everywhere at once.
#include "first_hour_util.h"
#include "pages/ask_page.h"
#include "pages/timeline_page.h"
#include "repository.h"
#include "style.h"
#include "timeline/timeline_view.h"
#include "web_test_util.h"
#include "widgets/shortcuts_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWebEngineView>
#include <QTreeWidgetItemIterator>

using namespace stratos;
using namespace stratos::test;

namespace {

class FirstHourKeys : public SeededStoreSuite
{
};

int leadingNumber(const QString &text, const QString &noun)
{
    const auto m = QRegularExpression(QStringLiteral("(\\d+) %1").arg(noun)).match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QToolButton *buttonWithText(QWidget *in, const QString &text)
{
    for (QToolButton *b : in->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Adds an event through "Add event…" as a user would: click, type a title, Save.
bool addEventByDialog(TimelinePage *timeline, const QString &title)
{
    QToolButton *add = buttonWithText(timeline, QStringLiteral("Add event…"));
    if (!add)
        return false;
    bool came = false;
    whenModal([title](QWidget *dialog) {
        QLineEdit *titleEdit = nullptr;
        for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
            if (e->placeholderText() == QStringLiteral("What happened, in a few words"))
                titleEdit = e;
        if (!titleEdit) {
            QTest::keyClick(dialog, Qt::Key_Escape);
            return;
        }
        titleEdit->setFocus();
        QTest::keyClicks(titleEdit, title);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *save = buttons->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
    }, &came);
    QTest::mouseClick(add, Qt::LeftButton);
    return came;
}

} // namespace

TEST_F(FirstHourKeys, TabLeavesTheLatestEventsTable)
{
    auto w = shownWindow(*s_store);
    auto *table = w->findChild<QTableView *>(QStringLiteral("latestEvents"));
    ASSERT_TRUE(table);
    ASSERT_GT(table->model()->rowCount(), 3);
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_TRUE(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    EXPECT_FALSE(table->hasFocus()) << "Tab moved inside the table instead of leaving it";
    EXPECT_EQ(table->currentIndex().row(), 0);
}

TEST_F(FirstHourKeys, SidebarFocusIsVisible)
{
    applyStratosStyle(*qApp);
    auto w = shownWindow(*s_store);
    auto *sidebar = w->findChild<QListWidget *>(QStringLiteral("sidebar"));
    auto *table = w->findChild<QTableView *>(QStringLiteral("latestEvents"));
    ASSERT_TRUE(sidebar && table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    ASSERT_FALSE(sidebar->hasFocus());
    const QImage unfocused = sidebar->grab().toImage();
    // Shift+Tab from the first control of the page reaches the sidebar, as a keyboard user would.
    sidebar->setFocus(Qt::BacktabFocusReason);
    ASSERT_TRUE(sidebar->hasFocus());
    const QImage focused = sidebar->grab().toImage();
    EXPECT_NE(unfocused, focused) << "the sidebar looks the same with and without the keyboard focus";
    qApp->setStyleSheet(QString());
}

TEST_F(FirstHourKeys, CtrlSevenPutsTheKeyboardInTheQuestionBox)
{
    auto w = shownWindow(*s_store, {1200, 800});
    auto *ask = static_cast<AskPage *>(w->page(QStringLiteral("ask")));
    QTest::keyClick(w.get(), Qt::Key_7, Qt::ControlModifier);
    ASSERT_EQ(w->currentPageId(), QStringLiteral("ask"));
    ASSERT_TRUE(waitFor([&] { return ask->isPageReady(); }, 30000));
    QApplication::setActiveWindow(w.get()); // see main_window_test: X drops the activation under Xvfb
    QWidget *focus = QApplication::focusWidget();
    ASSERT_TRUE(focus && (focus == ask->chatView() || ask->chatView()->isAncestorOf(focus)));
    EXPECT_EQ(js(engineView(ask->chatView())->page(), QStringLiteral("document.activeElement.id")).toString(),
              QStringLiteral("question"));
    QTest::keyClicks(focus, QStringLiteral("kuiper"));
    EXPECT_TRUE(waitFor([&] {
        return js(engineView(ask->chatView())->page(), QStringLiteral("document.getElementById('question').value")).toString() ==
               QLatin1String("kuiper");
    }, 5000));
}

TEST_F(FirstHourKeys, OneEventCountEverywhereUpdatedAtOnceAfterAddEvent)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    auto *timeline = static_cast<TimelinePage *>(w->page(QStringLiteral("timeline")));
    auto *status = w->findChild<QLabel *>(QStringLiteral("statusCounts"));
    auto *timelineStatus = timeline->findChild<QLabel *>(QStringLiteral("timelineStatus"));
    ASSERT_TRUE(status && timelineStatus);
    const int events = int(Repository(s_store->database()).events().size());
    EXPECT_EQ(leadingNumber(status->text(), QStringLiteral("events")), events) << qPrintable(status->text());
    EXPECT_EQ(leadingNumber(timelineStatus->text(), QStringLiteral("events")), events) << qPrintable(timelineStatus->text());
    EXPECT_TRUE(timelineStatus->text().contains(QStringLiteral("documents"))) << "documents are counted apart";

    ASSERT_TRUE(addEventByDialog(timeline, QStringLiteral("My launch watch")));
    EXPECT_EQ(leadingNumber(status->text(), QStringLiteral("events")), events + 1) << qPrintable(status->text());
    EXPECT_EQ(leadingNumber(timelineStatus->text(), QStringLiteral("events")), events + 1)
        << qPrintable(timelineStatus->text());
    timeline->undoStack()->undo();
    EXPECT_EQ(leadingNumber(status->text(), QStringLiteral("events")), events) << "undo is counted at once too";
}

TEST_F(FirstHourKeys, EditMenuUndoesTheTimelinesChangeFromAnyPage)
{
    auto w = shownWindow(*s_store);
    QTest::keyClick(w.get(), Qt::Key_5, Qt::ControlModifier);
    auto *timeline = static_cast<TimelinePage *>(w->page(QStringLiteral("timeline")));
    QToolButton *undoButton = timeline->findChild<QToolButton *>(QStringLiteral("undoButton"));
    ASSERT_TRUE(undoButton);
    const int widthBefore = undoButton->width();
    const int count = int(Repository(s_store->database()).events().size());
    ASSERT_TRUE(addEventByDialog(timeline, QStringLiteral("A rather long title for a launch I follow")));
    ASSERT_EQ(int(Repository(s_store->database()).events().size()), count + 1);
    QApplication::processEvents();
    EXPECT_EQ(undoButton->width(), widthBefore) << "the toolbar moved when the undo text changed";
    EXPECT_TRUE(undoButton->toolTip().contains(QStringLiteral("Add"))) << qPrintable(undoButton->toolTip());

    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier); // elsewhere: Models
    QApplication::setActiveWindow(w.get());
    QMenu *edit = nullptr;
    for (QAction *a : w->menuBar()->actions())
        if (a->text() == QStringLiteral("&Edit"))
            edit = a->menu();
    ASSERT_TRUE(edit);
    QTest::keyClick(w.get(), Qt::Key_E, Qt::AltModifier);
    ASSERT_TRUE(waitFor([&] { return QApplication::activePopupWidget() == edit; }, 5000));
    ASSERT_TRUE(edit->actions().value(0) && edit->actions()[0]->text().startsWith(QStringLiteral("Undo")));
    QTest::keyClick(edit, Qt::Key_Return); // the first item, Undo
    EXPECT_EQ(int(Repository(s_store->database()).events().size()), count);
    EXPECT_EQ(w->currentPageId(), QStringLiteral("timeline")) << "the undone change is shown";
}

TEST_F(FirstHourKeys, HelpListsTheKeyboardShortcuts)
{
    auto w = shownWindow(*s_store);
    QStringList listed;
    bool came = false;
    whenModal([&listed](QWidget *dialog) {
        auto *shortcuts = qobject_cast<ShortcutsDialog *>(dialog);
        if (shortcuts)
            for (QTreeWidgetItemIterator it(shortcuts->list()); *it; ++it)
                listed << (*it)->text(0) + u'=' + (*it)->text(1);
        QTest::keyClick(dialog, Qt::Key_Escape);
    }, &came);
    QTest::keyClick(w.get(), Qt::Key_F1);
    ASSERT_TRUE(came) << "F1 (Help → Keyboard shortcuts) opened no dialog";
    const QString all = listed.join(u'\n');
    for (const QString &expected : {QStringLiteral("Models & costs=Ctrl+2"), QStringLiteral("Ask=Ctrl+7"),
                                    QStringLiteral("Import data…=Ctrl+I"), QStringLiteral("Export the chart=Ctrl+E")})
        EXPECT_TRUE(all.contains(expected)) << qPrintable(expected) << " missing from\n" << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("Undo"))) << qPrintable(all);
}
