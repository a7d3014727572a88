#include "library_store.h"
#include "dialect.h"

#include "document_rows.h"
#include "query_log.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {

QString documentQuery(const char *tail)
{
    return QStringLiteral("SELECT %1 FROM document d ").arg(kDocumentColumns) + QLatin1String(tail);
}

QVariant textOrNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.trimmed());
}

} // namespace

QList<Document> LibraryStore::documents() const
{
    QList<Document> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.exec(documentQuery("ORDER BY d.published_on DESC, d.title"));
    if (!logIfFailed(q, "reading the documents"))
        return out;
    while (q.next())
        out.append(documentFromRow(q));
    return out;
}

std::optional<Document> LibraryStore::document(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(documentQuery("WHERE d.id = ?"));
    q.addBindValue(id);
    q.exec();
    if (logIfFailed(q, "reading a document") && q.next())
        return documentFromRow(q);
    return std::nullopt;
}

std::optional<Document> LibraryStore::documentByPath(const QString &path) const
{
    QSqlQuery q(m_db);
    q.prepare(documentQuery("WHERE d.path = ?"));
    q.addBindValue(path);
    q.exec();
    if (logIfFailed(q, "reading a document by its path") && q.next())
        return documentFromRow(q);
    return std::nullopt;
}

QString LibraryStore::text(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM document WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status LibraryStore::updateMeta(qint64 id, const DocumentEdit &edit)
{
    if (edit.title.trimmed().isEmpty())
        return Error{QStringLiteral("a document needs a title")};
    if (!m_db.transaction())
        return Error{QStringLiteral("cannot save the document details: %1").arg(m_db.lastError().text())};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE document SET title = ?, publisher = ?, published_on = ?, url = ?, "
                             "authors = ?, meta_source = 'edited by the user', meta_edited = 1 WHERE id = ?"));
    q.addBindValue(edit.title.trimmed());
    q.addBindValue(textOrNull(edit.publisher));
    q.addBindValue(edit.publishedOn.isValid() ? QVariant(edit.publishedOn.toString(Qt::ISODate))
                                              : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(textOrNull(edit.url));
    q.addBindValue(textOrNull(edit.authors));
    q.addBindValue(id);
    bool ok = q.exec() && q.numRowsAffected() == 1;
    if (ok) {
        // The citation source shows the same title and URL.
        q.prepare(QStringLiteral("UPDATE source SET title = ?, url = ? WHERE id = (SELECT source_id FROM document "
                                 "WHERE id = ?)"));
        q.addBindValue(edit.title.trimmed());
        q.addBindValue(textOrNull(edit.url));
        q.addBindValue(id);
        ok = q.exec();
    }
    if (!ok) {
        const QString why = q.lastError().text().isEmpty() ? QStringLiteral("no such document") : q.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("cannot save the document details: %1").arg(why)};
    }
    if (!m_db.commit())
        return Error{QStringLiteral("cannot save the document details: %1").arg(m_db.lastError().text())};
    return {};
}

Status LibraryStore::remove(qint64 id)
{
    if (!m_db.transaction())
        return Error{QStringLiteral("cannot remove the document: %1").arg(m_db.lastError().text())};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT source_id FROM document WHERE id = ?"));
    q.addBindValue(id);
    const qint64 sourceId = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    bool ok = true;
    for (const char *sql : {"DELETE FROM passage WHERE document_id = ?", "DELETE FROM document WHERE id = ?"}) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(id);
        ok = ok && q.exec();
    }
    if (!ok) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("cannot remove the document: %1").arg(why)};
    }
    if (sourceId) {
        // Only the document used its source; anything else citing it keeps it.
        QSqlQuery s(m_db);
        s.exec(QStringLiteral("SAVEPOINT drop_source"));
        s.prepare(QStringLiteral("DELETE FROM source WHERE id = ? AND kind = 'document'"));
        s.addBindValue(sourceId);
        const bool dropped = s.exec();
        s.exec(dropped ? QStringLiteral("RELEASE drop_source") : QStringLiteral("ROLLBACK TO drop_source"));
    }
    if (!m_db.commit())
        return Error{QStringLiteral("cannot remove the document: %1").arg(m_db.lastError().text())};
    return {};
}

Result<QList<PassageHit>> LibraryStore::search(const QString &userText, int limit) const
{
    FullTextQuery query = fullTextQuery(userText, limit);
    query.snippet = SnippetMarks{QString(kMatchOpen), QString(kMatchClose), 28};
    return searchPassages(m_db, query);
}

} // namespace stratos
