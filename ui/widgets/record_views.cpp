#include "widgets/record_views.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedLayout>
#include <QTableView>

namespace stratos {

QTableView *newRecordTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    return view;
}

QTableView *newSortedRecordTable(QAbstractItemModel *model, int column, Qt::SortOrder order)
{
    QTableView *view = newRecordTable(model);
    view->setSortingEnabled(true);
    view->sortByColumn(column, order);
    return view;
}

QLineEdit *newFilterEdit(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

FilteredTable newFilteredTable(const QString &filterHint, QAbstractItemModel *model, int sortColumn,
                               Qt::SortOrder order)
{
    FilteredTable t;
    t.area = new QWidget;
    auto *layout = new QVBoxLayout(t.area);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *bar = new QHBoxLayout;
    t.filter = newFilterEdit(filterHint);
    t.choices = new QHBoxLayout;
    t.count = new QLabel;
    t.count->setMinimumWidth(1); // its whole text when there is room
    bar->addWidget(t.filter, 2);
    bar->addLayout(t.choices);
    bar->addStretch(1);
    bar->addWidget(t.count);
    layout->addLayout(bar);
    t.view = newSortedRecordTable(model, sortColumn, order);
    layout->addWidget(t.view, 1);
    return t;
}

void refillChoices(QComboBox *box, const QList<std::pair<QString, QVariant>> &choices)
{
    const QVariant current = box->currentData();
    const QSignalBlocker quiet(box);
    box->clear();
    for (const auto &[text, data] : choices)
        box->addItem(text, data);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void refillChoices(QComboBox *box, const QString &all, const QStringList &items)
{
    QList<std::pair<QString, QVariant>> choices{{all, QString()}};
    for (const QString &item : items)
        choices.append({item, item});
    refillChoices(box, choices);
}

void addLabelled(QBoxLayout *box, const QString &text, QWidget *widget, int stretch)
{
    auto *label = new QLabel(text);
    label->setBuddy(widget);
    box->addWidget(label);
    box->addWidget(widget, stretch);
}

QLabel *newTitleLabel(const QString &text, const QString &objectName, double scale)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QStackedLayout *newWaitingStack(QWidget *owner, const QString &waiting)
{
    auto *stack = new QStackedLayout(owner);
    auto *placeholder = new QLabel(waiting);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    stack->addWidget(placeholder);
    return stack;
}

QStringList checkedKeys(const QListWidget *list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            keys << list->item(i)->data(Qt::UserRole).toString();
    return keys;
}

} // namespace stratos
