#include "store_problem_dialog.h"

#include "backup_list_dialog.h"
#include "store_backup.h"
#include "widgets/record_views.h"

#include <QApplication>
#include <QGridLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace stratos {

StoreProblemDialog::StoreProblemDialog(const StoreHealth &health, QWidget *parent)
    : QDialog(parent), m_health(health)
{
    setWindowTitle(tr("Stratos — cannot open the store"));
    setObjectName(QStringLiteral("storeProblemDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel;
    const bool severe = health.fileIsGarbage() || health.problem == StoreProblem::Foreign;
    icon->setPixmap(style()
                        ->standardIcon(severe ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
                        .pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    head->addWidget(icon);
    auto *text = new QVBoxLayout;
    text->addWidget(newTitleLabel(health.title(), QStringLiteral("problemTitle"), 1.35));
    auto *body = new QLabel(explanation());
    body->setObjectName(QStringLiteral("problemText"));
    body->setWordWrap(true);
    text->addWidget(body);
    auto *file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(health.path)));
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    text->addWidget(file);
    if (!health.detail.isEmpty()) {
        auto *detail = new QLabel(tr("SQLite says: %1").arg(health.detail));
        detail->setObjectName(QStringLiteral("problemDetail"));
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont small = detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        detail->setFont(small);
        text->addWidget(detail);
    }
    head->addLayout(text, 1);
    layout->addLayout(head);

    m_choices = new QGridLayout;
    m_choices->setHorizontalSpacing(14);
    m_choices->setVerticalSpacing(8);
    m_choices->setColumnStretch(1, 1);
    layout->addSpacing(6);
    layout->addLayout(m_choices);

    const QList<BackupInfo> backups = listBackups(health.path);
    const QString name = QFileInfo(health.path).fileName();
    if (health.problem == StoreProblem::Locked || health.problem == StoreProblem::CannotOpen)
        addChoice(Choice::TryAgain, tr("&Try again"),
                  tr("Once the other program has finished with the store."));
    if (health.readOnlyHelps())
        addChoice(Choice::OpenReadOnly, tr("Open &read-only"),
                  tr("Look at everything; importing and editing stay off."));
    const bool restoreHelps = health.fileIsGarbage() || health.problem == StoreProblem::Foreign ||
                              health.problem == StoreProblem::NewerSchema;
    if (restoreHelps) {
        QPushButton *restore = addChoice(
            Choice::RestoreBackup, tr("Restore a &backup…"),
            backups.isEmpty()
                ? tr("No backups of %1 were found in %2.").arg(name, backupsDir(health.path))
                : tr("%1 %2; the newest is from %3.")
                      .arg(backups.size())
                      .arg(backups.size() == 1 ? tr("backup") : tr("backups"))
                      .arg(QLocale().toString(backups.first().created.toLocalTime(), QLocale::ShortFormat)));
        restore->setEnabled(!backups.isEmpty());
    }
    addChoice(Choice::OpenAnother, tr("Open &another store…"), tr("Choose a different store file."));
    if (health.fileIsGarbage() || health.problem == StoreProblem::Foreign)
        addChoice(Choice::CreateNew, tr("Start a &new store"),
                  tr("%1 is renamed to %1.damaged-<time> (nothing is deleted), and a new store "
                     "with the built-in data is created in its place.")
                      .arg(name));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Quit"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    if (health.problem == StoreProblem::Locked && button(Choice::TryAgain))
        m_default = Choice::TryAgain;
    else if (button(Choice::OpenReadOnly))
        m_default = Choice::OpenReadOnly;
    else if (button(Choice::RestoreBackup) && button(Choice::RestoreBackup)->isEnabled())
        m_default = Choice::RestoreBackup;
    else
        m_default = Choice::OpenAnother;
    button(m_default)->setDefault(true);
    button(m_default)->setFocus();
    setMinimumWidth(560);
    adjustSize();
}

QPushButton *StoreProblemDialog::addChoice(Choice choice, const QString &text, const QString &description)
{
    // A button and its explanation side by side: predictable heights, unlike
    // QCommandLinkButton, whose height-for-width leaves gaps in a dialog.
    auto *b = new QPushButton(text);
    b->setObjectName(QStringLiteral("choice%1").arg(int(choice)));
    b->setToolTip(description);
    b->setMinimumWidth(190);
    auto *label = new QLabel(description);
    label->setWordWrap(true);
    label->setBuddy(b);
    const int row = m_choices->rowCount();
    m_choices->addWidget(b, row, 0, Qt::AlignVCenter);
    m_choices->addWidget(label, row, 1, Qt::AlignVCenter);
    connect(b, &QAbstractButton::clicked, this, [this, choice] { choose(choice); });
    m_buttons.insert(choice, b);
    return b;
}

void StoreProblemDialog::choose(Choice choice)
{
    m_chosenPath.clear();
    if (choice == Choice::RestoreBackup) {
        BackupListDialog list(m_health.path, this);
        if (list.exec() != QDialog::Accepted || list.selectedBackup().isEmpty())
            return;
        m_chosenPath = list.selectedBackup();
    } else if (choice == Choice::OpenAnother) {
        m_chosenPath = QFileDialog::getOpenFileName(this, tr("Open another store"),
                                                    QFileInfo(m_health.path).absolutePath(),
                                                    tr("Stratos stores (*.sqlite *.db);;All files (*)"));
        if (m_chosenPath.isEmpty())
            return;
    }
    m_choice = choice;
    accept();
}

QString StoreProblemDialog::explanation() const
{
    const QString untouched = tr("The file has not been changed.");
    switch (m_health.problem) {
    case StoreProblem::Damaged:
        return tr("Stratos checks the store before opening it, and this one is damaged: parts of "
                  "the file are unreadable or overwritten. %1 You can restore a backup, open another "
                  "store, or start a new one.")
            .arg(untouched);
    case StoreProblem::NotSqlite:
        return tr("This file is not an SQLite database, so it cannot be a Stratos store. %1").arg(untouched);
    case StoreProblem::Foreign:
        return tr("This is an SQLite database of another program. Stratos does not add its tables "
                  "to it. %1")
            .arg(untouched);
    case StoreProblem::ReadOnlyFile:
        return tr("The store file can be read but not written. Open it read-only to look at it, or "
                  "make it writable and start Stratos again.");
    case StoreProblem::ReadOnlyFolder:
        return tr("SQLite needs to create two small files (-wal and -shm) next to the store, and "
                  "its folder does not allow that. Open the store read-only, or make the folder "
                  "writable and start Stratos again.");
    case StoreProblem::Locked:
        return tr("Another program is writing to the store and holds its lock. Close that program "
                  "or wait until it is done, then try again.%1")
            .arg(m_health.walMode ? tr(" Meanwhile you can open the store read-only.") : QString());
    case StoreProblem::NewerSchema:
        return tr("The store was written by a newer version of Stratos (schema %1; this version "
                  "knows up to %2). Update Stratos, or open another store. %3")
            .arg(m_health.schemaVersion)
            .arg(m_health.latestSchema)
            .arg(untouched);
    case StoreProblem::Unreadable:
        return tr("The store file cannot be read. Check its permissions, or open another store.");
    case StoreProblem::CannotOpen:
    case StoreProblem::None:
        break;
    }
    return tr("SQLite could not open the store.");
}

} // namespace stratos
