#pragma once
// Shown when the user saves an event that someone else changed after it was
// opened (a shared store, row versions): both versions side by side, the
// fields that differ in bold, and the choice of which one to keep. Nothing is
// lost silently either way: the user has seen both.

#include "event_editor.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace stratos {

class EventConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepTheirs, KeepMine };

    explicit EventConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

    QTableWidget *table() const { return m_table; }
    QPushButton *keepMineButton() const { return m_mine; }
    QPushButton *keepTheirsButton() const { return m_theirs; }

private:
    Choice m_choice = Choice::KeepTheirs;
    QTableWidget *m_table;
    QPushButton *m_mine;
    QPushButton *m_theirs;
};

} // namespace stratos
