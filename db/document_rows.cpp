#include "document_rows.h"

#include "event_rows.h"
#include "row_columns.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {

Document documentFromRow(const QSqlQuery &q, int first)
{
    Document d;
    QString origin;
    readColumns(q, first, d.id, d.path, d.title, d.publisher, d.publishedOn, d.url, d.mime, d.sha256, origin,
                d.authors, d.metaSource, d.passages, d.chars, d.importedAt, d.metaEdited);
    d.origin = originFromText(origin);
    return d;
}

} // namespace stratos
