#include "document_rows.h"

#include "event_rows.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {

Document documentFromRow(const QSqlQuery &q, int first)
{
    Document d;
    d.id = q.value(first + 0).toLongLong();
    d.path = q.value(first + 1).toString();
    d.title = q.value(first + 2).toString();
    d.publisher = q.value(first + 3).toString();
    d.publishedOn = QDate::fromString(q.value(first + 4).toString(), Qt::ISODate);
    d.url = q.value(first + 5).toString();
    d.mime = q.value(first + 6).toString();
    d.sha256 = q.value(first + 7).toString();
    d.origin = originFromText(q.value(first + 8).toString());
    d.authors = q.value(first + 9).toString();
    d.metaSource = q.value(first + 10).toString();
    d.passages = q.value(first + 11).toInt();
    d.chars = q.value(first + 12).toInt();
    d.importedAt = QDateTime::fromString(q.value(first + 13).toString(), Qt::ISODate);
    d.metaEdited = q.value(first + 14).toInt() != 0;
    return d;
}

} // namespace stratos
