#pragma once
// Lists the store's backups (date, size, schema; newest first) and returns the
// one the user picks to restore. Used by File → Restore and the problem dialog.

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace stratos {

class BackupListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupListDialog(const QString &storePath, QWidget *parent = nullptr);
    QString selectedBackup() const;
    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    QTreeWidget *m_list;
    QPushButton *m_restore;
};

} // namespace stratos
