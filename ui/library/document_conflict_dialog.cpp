#include "library/document_conflict_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stratos {

namespace {

QStringList fields(const DocumentEdit &e)
{
    return {e.title, e.authors, e.publisher, e.publishedOn.toString(Qt::ISODate), e.url};
}

} // namespace

DocumentConflictDialog::DocumentConflictDialog(const DocumentEditConflict &conflict, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Changed by someone else"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The details of “%1” were changed by someone else after this window showed them. "
                                "Both versions are below; the differences are in bold. Which one should the "
                                "store keep?")
                                 .arg(conflict.theirs.title),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QStringList names = {tr("Title"), tr("Authors"), tr("Publisher"), tr("Date"), tr("URL")};
    const QStringList mine = fields(conflict.mine);
    const QStringList theirs = fields(conflict.theirs);
    m_table = new QTableWidget(int(names.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Yours"), tr("Theirs (now in the store)")});
    m_table->setVerticalHeaderLabels(names);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < names.size(); ++row) {
        const bool differs = mine[row].trimmed() != theirs[row].trimmed();
        for (int col = 0; col < 2; ++col) {
            auto *item = new QTableWidgetItem(col == 0 ? mine[row] : theirs[row]);
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
    m_theirs->setDefault(true);
    connect(m_mine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(m_theirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepTheirs;
        reject();
    });
    layout->addWidget(buttons);
    resize(640, 320);
}

} // namespace stratos
