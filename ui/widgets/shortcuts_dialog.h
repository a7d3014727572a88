#pragma once
// Help → Keyboard shortcuts: every menu shortcut, read from the menu bar itself
// (so the list cannot drift from the menus), then the keys of the timeline and charts.

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace stratos {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace stratos
