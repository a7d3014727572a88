#pragma once
// A library document as the reader shows it: its text, how to render it, its
// checked figures and the line under its title (authors, publisher, date,
// file, then where the span is). The Library and the Ask page open documents
// through this one function, so the two readers never describe one differently.

#include "library/reader_view.h"
#include "model/entities.h"

#include <QSqlDatabase>
#include <QStringList>

namespace stratos {

// `start`/`end`: the span to highlight, [start, end), or start < 0 for none.
// `where` goes after the file name ("source [2]").
ReaderDocument readerDocument(QSqlDatabase db, const Document &row, const QString &text, int start, int end,
                              const QStringList &where = {});

} // namespace stratos
