#pragma once
// File → Import history: every import batch with its counts, and Remove to
// undo one (rows it added go, rows it changed get their old values back).

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
    bool removeSelected(bool confirm = true);

signals:
    void storeChanged();

private:
    void reload();
    QSqlDatabase m_db;
    QTableWidget *m_table;
    QPushButton *m_remove;
};

} // namespace stratos
