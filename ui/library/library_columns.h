#pragma once
// The Library table's columns: the title takes the room that is left, the
// others start as wide as what they usually hold (a date, a type), not as wide
// as Qt's default; type, file, URL and passages start hidden (a right-click on the
// header shows them). The page saves the header state, so the user's own
// widths and choices are kept.

class QTableView;

namespace stratos {

// Sets the starting widths and resize modes (call once the model is set).
void sizeLibraryColumns(QTableView *table);

} // namespace stratos
