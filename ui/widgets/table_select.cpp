#include "widgets/table_select.h"

#include <QLineEdit>

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QTableView>

namespace stratos {

bool selectTableRow(QTableView *view, int column, const QString &text)
{
    QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model || text.isEmpty())
        return false;
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex idx = model->index(r, column);
            if (idx.data(Qt::DisplayRole).toString().compare(text, cs) != 0)
                continue;
            view->setCurrentIndex(idx);
            view->selectionModel()->select(idx, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
            view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
            view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    return false;
}

bool revealTableRow(QTableView *view, QLineEdit *filter, int column, const QString &text)
{
    if (selectTableRow(view, column, text))
        return true;
    filter->setText(text);
    return selectTableRow(view, column, text);
}

} // namespace stratos
