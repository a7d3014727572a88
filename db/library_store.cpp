#include "library_store.h"
#include "dialect.h"

#include "document_rows.h"
#include "query_log.h"
#include "store_change.h"
#include "write_access.h"

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

QHash<qint64, qint64> LibraryStore::rowVersions() const
{
    QHash<qint64, qint64> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.exec(QStringLiteral("SELECT id, row_version FROM document"));
    if (logIfFailed(q, "reading the documents' versions"))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

std::optional<std::pair<DocumentEdit, qint64>> LibraryStore::details(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, publisher, published_on, url, authors, row_version FROM document WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    if (!logIfFailed(q, "reading a document's details") || !q.next())
        return std::nullopt;
    DocumentEdit e{q.value(0).toString(), q.value(1).toString(),
                   QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(), q.value(4).toString()};
    return std::make_pair(e, q.value(5).toLongLong());
}

Result<DocumentSaveOutcome> LibraryStore::saveMeta(qint64 id, const DocumentEdit &edit, qint64 expectedVersion)
{
    if (edit.title.trimmed().isEmpty())
        return Error{QStringLiteral("a document needs a title")};
    if (Status access = checkWriteAccess(m_db, {QStringLiteral("document"), QStringLiteral("source")}, {},
                                         QStringLiteral("save the document's details"));
        !access)
        return access.error();
    if (!m_db.transaction())
        return Error{QStringLiteral("cannot save the document details: %1").arg(m_db.lastError().text())};
    // Compare and set: the row is written only if nobody changed it since
    // this user loaded it, and its version moves on with the save.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE document SET title = ?, publisher = ?, published_on = ?, url = ?, "
                             "authors = ?, meta_source = 'edited by the user', meta_edited = 1, "
                             "row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"));
    q.addBindValue(edit.title.trimmed());
    q.addBindValue(textOrNull(edit.publisher));
    q.addBindValue(edit.publishedOn.isValid() ? QVariant(edit.publishedOn.toString(Qt::ISODate))
                                              : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(textOrNull(edit.url));
    q.addBindValue(textOrNull(edit.authors));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    q.addBindValue(expectedVersion);
    bool ok = q.exec();
    if (ok && q.numRowsAffected() == 0) {
        m_db.rollback();
        auto now = details(id);
        if (!now)
            return Error{QStringLiteral("cannot save the document details: no such document")};
        DocumentSaveOutcome outcome;
        outcome.conflict = DocumentEditConflict{edit, now->first, now->second};
        return outcome;
    }
    if (ok) {
        // The citation source shows the same title and URL.
        q.prepare(QStringLiteral("UPDATE source SET title = ?, url = ? WHERE id = (SELECT source_id FROM document "
                                 "WHERE id = ?)"));
        q.addBindValue(edit.title.trimmed());
        q.addBindValue(textOrNull(edit.url));
        q.addBindValue(id);
        ok = q.exec();
    }
    DocumentSaveOutcome outcome;
    if (ok) {
        q.prepare(QStringLiteral("SELECT row_version FROM document WHERE id = ?"));
        q.addBindValue(id);
        ok = q.exec() && q.next();
        outcome.rowVersion = ok ? q.value(0).toLongLong() : 0;
    }
    if (ok) {
        if (Status told = announceChange(m_db, ChangeKind::Documents, QString::number(id)); !told) {
            m_db.rollback();
            return told.error();
        }
    }
    if (!ok) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("cannot save the document details: %1").arg(why)};
    }
    if (!m_db.commit())
        return Error{QStringLiteral("cannot save the document details: %1").arg(m_db.lastError().text())};
    return outcome;
}

Status LibraryStore::updateMeta(qint64 id, const DocumentEdit &edit)
{
    auto saved = saveMeta(id, edit, 0);
    if (!saved)
        return saved.error();
    return {};
}

Status LibraryStore::remove(qint64 id)
{
    const QStringList tables{QStringLiteral("passage"), QStringLiteral("document"), QStringLiteral("source")};
    if (Status access = checkWriteAccess(m_db, {}, tables, QStringLiteral("remove the document")); !access)
        return access;
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
    if (Status told = announceChange(m_db, ChangeKind::Documents, QString::number(id)); !told) {
        m_db.rollback();
        return told.error();
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
