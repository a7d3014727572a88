#include "library/reader_document.h"

#include "library/document_table_model.h"
#include "library/reader_claims.h"
#include "text/document_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace stratos {

ReaderDocument readerDocument(QSqlDatabase db, const Document &row, const QString &text, int start, int end,
                              const QStringList &where)
{
    ReaderDocument doc;
    doc.id = row.id;
    doc.title = row.title;
    doc.url = row.url;
    doc.text = text;
    doc.pdf = row.mime == QLatin1String("application/pdf");
    doc.markdown = row.mime == QLatin1String("text/markdown");
    doc.claims = readerClaims(db, row.id);
    QStringList meta;
    if (!row.authors.isEmpty())
        meta << row.authors;
    if (!row.publisher.isEmpty())
        meta << row.publisher;
    if (row.publishedOn.isValid())
        meta << QLocale().toString(row.publishedOn, QLocale::LongFormat);
    meta << DocumentTableModel::fileLabel(row.path) << where;
    if (start >= 0 && end > start) {
        doc.start = start;
        doc.end = qMin(end, int(text.size()));
        if (const int page = doc.pdf ? pageAtOffset(text, start) : 0)
            meta << QCoreApplication::translate("ReaderDocument", "page %1").arg(page);
        meta << QCoreApplication::translate("ReaderDocument", "characters %1–%2").arg(doc.start).arg(doc.end);
    }
    doc.meta = meta.join(QStringLiteral(" · "));
    return doc;
}

} // namespace stratos
