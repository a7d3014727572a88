#include "widgets/check_list_button.h"
#include "widgets/record_views.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace stratos {

CheckListButton::CheckListButton(const QString &label, QWidget *parent)
    : QToolButton(parent), m_label(label), m_list(new QListWidget), m_filter(newFilterEdit(tr("Filter…")))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // may shrink to minimumSizeHint()
    // A widget inside the menu keeps the list open while the user ticks several items.
    auto *menu = new QMenu(this);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
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
    return checkedKeys(m_list);
}

void CheckListButton::setFaceShowsTexts(bool texts)
{
    m_faceTexts = texts;
    updateText();
}

void CheckListButton::updateText()
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << (m_faceTexts ? m_list->item(i)->text() : m_list->item(i)->data(Qt::UserRole).toString());
    QString shown = keys.mid(0, 4).join(QStringLiteral(", "));
    if (keys.size() > 4)
        shown += tr(" +%1").arg(keys.size() - 4);
    m_face = QStringLiteral("%1: %2").arg(m_label, keys.isEmpty() ? tr("none") : shown);
    setToolTip(keys.join(QStringLiteral(", ")));
    showFace();
    updateGeometry();
}

void CheckListButton::setFaceText(const QString &face)
{
    m_face = face;
    showFace();
    updateGeometry();
}

void CheckListButton::showFace()
{
    const QSize full = sizeHint();
    const int spare = full.width() - width();
    const QFontMetrics fm = fontMetrics();
    QToolButton::setText(spare <= 0 || !isVisible() ? m_face
                                                    : fm.elidedText(m_face, Qt::ElideRight,
                                                                    fm.horizontalAdvance(m_face) - spare));
}

QSize CheckListButton::sizeHint() const
{
    // The base measures text(), which may be elided: measure the whole face instead.
    QSize hint = QToolButton::sizeHint();
    const QFontMetrics fm = fontMetrics();
    hint.rwidth() += fm.horizontalAdvance(m_face) - fm.horizontalAdvance(text());
    return hint;
}

QSize CheckListButton::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {std::min(hint.width(), 120), hint.height()};
}

void CheckListButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    showFace();
}

} // namespace stratos
