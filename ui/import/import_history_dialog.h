#pragma once
// File → Import history: every import batch with its counts, and Remove to
// undo one (rows it added go, rows it changed get their old values back).
// Removing runs on a worker with its own connection: a million-row batch
// takes seconds, and the window keeps painting meanwhile.

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;
class QPushButton;

namespace stratos {

class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(QSqlDatabase db, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Starts removing the selected batch; false when nothing was started
    // (no selection, not confirmed, already busy). removeFinished says how it went.
    bool removeSelected(bool confirm = true);
    bool busy() const { return m_busy; }

signals:
    void storeChanged();
    void removeFinished(bool ok);

private:
    void reload();
    QSqlDatabase m_db;
    QTableWidget *m_table;
    QPushButton *m_remove;
    bool m_busy = false;
};

} // namespace stratos
