#include "timeline/hidden_events_dialog.h"
#include "widgets/record_views.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stratos {

HiddenEventsDialog::HiddenEventsDialog(const QList<Event> &hidden, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget)
{
    setWindowTitle(tr("Hidden events"));
    setObjectName(QStringLiteral("hiddenEventsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Curated events you hid from the timeline. Tick the ones to show again."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const Event &e : hidden) {
        // The title is the store's text: a plain-text item, never rich text.
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(e.day.toString(Qt::ISODate), e.title), m_list);
        item->setData(Qt::UserRole, e.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_show = buttons->addButton(tr("Show again"), QDialogButtonBox::AcceptRole);
    m_show->setEnabled(false);
    connect(m_list, &QListWidget::itemChanged, this, [this] { m_show->setEnabled(!chosenKeys().isEmpty()); });
    // Enter or a double-click on an event ticks it, so the keyboard alone does it.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 360);
}

QStringList HiddenEventsDialog::chosenKeys() const
{
    return checkedKeys(m_list);
}

} // namespace stratos
