#pragma once
// Shown when the user saves a document's details (title, authors, publisher,
// date, URL) that someone else changed after this window loaded them (a
// shared store, row versions): both versions side by side, the fields that
// differ in bold, and the choice of which to keep. "Keep theirs" is the
// default: it overwrites nothing.

#include "library_store.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace stratos {

class DocumentConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepTheirs, KeepMine };

    explicit DocumentConflictDialog(const DocumentEditConflict &conflict, QWidget *parent = nullptr);
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
