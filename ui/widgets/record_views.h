#pragma once
// The small pieces the pages and dialogs share, made in one place so they
// look and behave alike: a read-only table of records (no row numbers, no
// editing, whole rows selected, alternating rows), the filter bar above it,
// a page's title, a placeholder while a page loads, the checked keys of a
// check list.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <Qt>
#include <utility>

class QAbstractItemModel;
class QBoxLayout;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedLayout;
class QTableView;
class QWidget;

namespace stratos {

QTableView *newRecordTable(QAbstractItemModel *model, QWidget *parent = nullptr);
// The same, sortable by a header click and sorted by column to begin with.
QTableView *newSortedRecordTable(QAbstractItemModel *model, int column, Qt::SortOrder order);

// A filter box: the hint, and a button that clears it.
QLineEdit *newFilterEdit(const QString &placeholder, QWidget *parent = nullptr);

// A sorted table of records under its filter bar: the filter box, the page's
// own choices, and at the right the count of rows shown (it gives way first in
// a narrow window).
struct FilteredTable
{
    QWidget *area = nullptr;
    QHBoxLayout *choices = nullptr; // for the page's own filters
    QLineEdit *filter = nullptr;
    QLabel *count = nullptr;
    QTableView *view = nullptr;
};
FilteredTable newFilteredTable(const QString &filterHint, QAbstractItemModel *model, int sortColumn,
                               Qt::SortOrder order);

// Refills a filter's choices, each (text, data), the "no filter" one first;
// the choice made stays chosen while it is still offered, and the refill
// emits no change (the filter did not change).
void refillChoices(QComboBox *box, const QList<std::pair<QString, QVariant>> &choices);
// The same for choices that are their own data, after `all` (data: empty).
void refillChoices(QComboBox *box, const QString &all, const QStringList &items);

// Adds "text" and the widget it names to a box (the widget with stretch);
// the label is the widget's buddy, so a screen reader announces the two together.
void addLabelled(QBoxLayout *box, const QString &text, QWidget *widget, int stretch = 0);

// A title set larger and bold (scale: of the font's point size) and named for
// style sheets and tests.
QLabel *newTitleLabel(const QString &text, const QString &objectName, double scale);

// A stacked layout on owner that shows `waiting` (centred, greyed) until the
// caller adds what it waits for (a web page started on first show) and shows it.
QStackedLayout *newWaitingStack(QWidget *owner, const QString &waiting);

// The keys (Qt::UserRole) of the checked items of a check list.
QStringList checkedKeys(const QListWidget *list);

} // namespace stratos
