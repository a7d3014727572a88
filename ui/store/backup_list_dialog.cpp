#include "backup_list_dialog.h"

#include "store_backup.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stratos {

BackupListDialog::BackupListDialog(const QString &storePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(this);
    const QList<BackupInfo> backups = listBackups(storePath);
    auto *intro = new QLabel(
        backups.isEmpty()
            ? tr("There are no backups of %1 in %2 yet. Stratos makes one a day and one before "
                 "every upgrade of the store.")
                  .arg(QFileInfo(storePath).fileName(), backupsDir(storePath))
            : tr("Choose the backup to restore into %1. The current store is backed up first "
                 "when it can be read, so a restore can be undone the same way.")
                  .arg(QFileInfo(storePath).fileName()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("Schema")});
    m_list->setAllColumnsShowFocus(true);
    const QLocale locale;
    for (const BackupInfo &b : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, locale.formattedDataSize(b.size));
        item->setText(2, QString::number(b.schemaVersion));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, b.path);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setVisible(!backups.isEmpty());
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    layout->addWidget(buttons);
    m_restore->setDefault(true); // only takes once the button is inside the dialog
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    }
    resize(520, 320);
}

QString BackupListDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace stratos
