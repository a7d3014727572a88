#include "widgets/conflict_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stratos {

ConflictDialog::ConflictDialog(const QString &intro, const QStringList &fieldNames, const QStringList &mine,
                               const QStringList &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed by someone else"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);

    m_table = new QTableWidget(int(fieldNames.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Yours"), tr("Theirs (now in the store)")});
    m_table->setVerticalHeaderLabels(fieldNames);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < fieldNames.size(); ++row) {
        const QString a = mine.value(row), b = theirs.value(row);
        const bool differs = a.trimmed() != b.trimmed(); // a stray space is not a difference to choose over
        for (int col = 0; col < 2; ++col) {
            auto *item = new QTableWidgetItem(col == 0 ? a : b);
            QFont f = item->font();
            f.setBold(differs);
            item->setFont(f);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(this);
    m_mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    m_theirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::RejectRole);
    m_theirs->setDefault(true); // the safe choice: it overwrites nothing
    connect(m_mine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(m_theirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        reject();
    });
    layout->addWidget(buttons);
    resize(640, 120 + 40 * int(fieldNames.size()));
}

} // namespace stratos
