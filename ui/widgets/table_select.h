#pragma once
// Selects and scrolls to the table row whose text in one column matches, for
// links that open a page "with the row selected" (Page::showRow).

#include <QString>

class QLineEdit;
class QTableView;

namespace stratos {

// Exact match first, then case-insensitive; false when no visible row matches.
bool selectTableRow(QTableView *view, int column, const QString &text);
// The same; when the table's filters hide the row, filters for the text
// (typed into filter, as a user would) and tries again.
bool revealTableRow(QTableView *view, QLineEdit *filter, int column, const QString &text);

} // namespace stratos
