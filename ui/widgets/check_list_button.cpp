#include "widgets/check_list_button.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace stratos {

CheckListButton::CheckListButton(const QString &label, QWidget *parent)
    : QToolButton(parent), m_label(label), m_list(new QListWidget), m_filter(new QLineEdit)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A widget inside the menu keeps the list open while the user ticks several items.
    auto *menu = new QMenu(this);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setMinimumSize(260, 280);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(box);
    menu->addAction(action);
    setMenu(menu);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(t, Qt::CaseInsensitive));
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateText();
        emit checkedChanged(checked());
    });
    updateText();
}

void CheckListButton::setItems(const QStringList &keys, const QStringList &texts)
{
    const QStringList keep = checked();
    m_list->blockSignals(true);
    m_list->clear();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto *item = new QListWidgetItem(texts.value(i, keys[i]), m_list);
        item->setData(Qt::UserRole, keys[i]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(keys[i]) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->blockSignals(false);
    updateText();
}

void CheckListButton::setChecked(const QStringList &keys)
{
    m_list->blockSignals(true);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->blockSignals(false);
    updateText();
}

QStringList CheckListButton::checked() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void CheckListButton::updateText()
{
    const QStringList keys = checked();
    QString shown = keys.mid(0, 4).join(QStringLiteral(", "));
    if (keys.size() > 4)
        shown += tr(" +%1").arg(keys.size() - 4);
    setText(QStringLiteral("%1: %2").arg(m_label, keys.isEmpty() ? tr("none") : shown));
    setToolTip(keys.join(QStringLiteral(", ")));
}

} // namespace stratos
