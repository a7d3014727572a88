#include "widgets/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratos {
namespace {

QString plain(QString menuText)
{
    // "&Import data…" → "Import data…"; "&&" is a literal ampersand.
    menuText.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    menuText.remove(u'&');
    menuText.replace(u'\x01', u'&');
    return menuText;
}

void addMenu(QTreeWidgetItem *group, const QMenu *menu, const QString &path)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            addMenu(group, a->menu(), path + plain(a->text()) + QStringLiteral(" → "));
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            new QTreeWidgetItem(group, {path + plain(a->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list = new QTreeWidget;
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {tr("%1 menu").arg(plain(top->text()))});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenu(group, top->menu(), QString());
        if (group->childCount() == 0)
            delete group;
    }
    // Keys a view handles itself (see TimelineView::keyPressEvent and the chart views).
    const QList<QPair<QString, QList<QPair<QString, QString>>>> views = {
        {tr("Timeline"),
         {{tr("Next / previous event (next match while searching)"), tr("Tab, Shift+Tab")},
          {tr("Leave the timeline"), tr("Ctrl+Tab")},
          {tr("Zoom in / out"), tr("+, −, mouse wheel")},
          {tr("Move earlier / later"), tr("Left, Right (Shift: further)")},
          {tr("Show every event"), tr("Home")},
          {tr("Open the selected event (edit your own)"), tr("Enter")},
          {tr("Delete your event, hide a curated one"), tr("Delete")},
          {tr("Clear the selection"), tr("Esc")},
          {tr("Undo / redo a change to events"), tr("Ctrl+Z, Ctrl+Shift+Z")}}},
        {tr("Charts"),
         {{tr("Export the chart"), tr("Ctrl+E")},
          {tr("Zoom around the pointer"), tr("Mouse wheel")},
          {tr("Zoom into a span"), tr("Drag across the plot")},
          {tr("Show the whole range again"), tr("Double-click")}}},
        {tr("Pages"),
         {{tr("Next control"), tr("Tab, Shift+Tab")}, {tr("Open a card or a list item"), tr("Enter, Space")}}}};
    for (const auto &[title, rows] : views) {
        auto *group = new QTreeWidgetItem(m_list, {title});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const auto &[what, keys] : rows)
            new QTreeWidgetItem(group, {what, keys});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace stratos
