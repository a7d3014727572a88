#include "library_store.h"

#include "text/fts_query.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {

const char *const kColumns =
    "SELECT d.id, d.path, d.title, d.publisher, d.published_on, d.url, d.mime, d.origin, "
    "(SELECT count(*) FROM passage p WHERE p.document_id = d.id), length(d.text), d.imported_at, d.meta_edited, "
    "coalesce(d.authors, ''), coalesce(d.meta_source, '') FROM document d ";

DocumentRow readRow(const QSqlQuery &q)
{
    DocumentRow r;
    r.id = q.value(0).toLongLong();
    r.path = q.value(1).toString();
    r.title = q.value(2).toString();
    r.publisher = q.value(3).toString();
    r.publishedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.url = q.value(5).toString();
    r.mime = q.value(6).toString();
    r.origin = q.value(7).toString();
    r.passages = q.value(8).toInt();
    r.chars = q.value(9).toInt();
    r.importedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    r.metaEdited = q.value(11).toInt() != 0;
    r.authors = q.value(12).toString();
    r.metaSource = q.value(13).toString();
    return r;
}

QVariant textOrNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.trimmed());
}

} // namespace

QList<DocumentRow> LibraryStore::documents() const
{
    QList<DocumentRow> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kColumns) + QLatin1String("ORDER BY d.published_on DESC, d.title")))
        return out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

std::optional<DocumentRow> LibraryStore::document(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kColumns) + QLatin1String("WHERE d.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readRow(q);
    return std::nullopt;
}

std::optional<DocumentRow> LibraryStore::documentByPath(const QString &path) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kColumns) + QLatin1String("WHERE d.path = ?"));
    q.addBindValue(path);
    if (q.exec() && q.next())
        return readRow(q);
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

QList<LibraryHit> LibraryStore::search(const QString &userText, int limit) const
{
    QList<LibraryHit> out;
    const QString match = buildFtsQuery(userText);
    if (match.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.document_id, d.title, p.start_char, p.end_char, "
        "snippet(passage_fts, 0, ?, ?, '\u2026', 28), bm25(passage_fts) AS score "
        "FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid JOIN document d ON d.id = p.document_id "
        "WHERE passage_fts MATCH ? ORDER BY score LIMIT ?"));
    q.addBindValue(QString(kMatchOpen));
    q.addBindValue(QString(kMatchClose));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        QString snippet = q.value(5).toString();
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                    q.value(4).toInt(), snippet, q.value(6).toDouble()});
    }
    return out;
}

} // namespace stratos
