#pragma once
// The one place a `document` row becomes a Document: every reader of the table
// selects kDocumentColumns and maps the row with documentFromRow, so a column
// or an origin is never read two ways (see event_rows.h for events).

#include "model/entities.h"

#include <QLatin1StringView>

class QSqlQuery;

namespace stratos {

// Columns in the order documentFromRow reads them; `d` is the document.
inline constexpr QLatin1StringView kDocumentColumns{
    "d.id, d.path, d.title, coalesce(d.publisher, ''), coalesce(d.published_on, ''), coalesce(d.url, ''), "
    "coalesce(d.mime, ''), d.sha256, d.origin, coalesce(d.authors, ''), coalesce(d.meta_source, ''), "
    "(SELECT count(*) FROM passage p WHERE p.document_id = d.id), length(d.text), d.imported_at, d.meta_edited"};
inline constexpr int kDocumentColumnCount = 15;

// Reads kDocumentColumns starting at column `first` of the current row.
Document documentFromRow(const QSqlQuery &q, int first = 0);

} // namespace stratos
