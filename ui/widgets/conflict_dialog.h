#pragma once
// Shown when the user saves a record that someone else changed after it was
// opened (a shared store, row versions): both versions side by side, the
// fields that differ in bold, and the choice of which one to keep. "Keep
// theirs" is the default: it overwrites nothing. Nothing is lost silently
// either way: the user has seen both. Events and document details each say
// which fields they show (EventConflictDialog, DocumentConflictDialog).

#include <QDialog>
#include <QStringList>

class QPushButton;
class QTableWidget;

namespace stratos {

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepTheirs, KeepMine };

    // fieldNames, mine and theirs are parallel: one row per field.
    ConflictDialog(const QString &intro, const QStringList &fieldNames, const QStringList &mine,
                   const QStringList &theirs, QWidget *parent = nullptr);
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
