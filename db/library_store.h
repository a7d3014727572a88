#pragma once
// The document library as the Library page sees it: documents with their
// passage counts, metadata edits (kept across re-imports), removal, and a
// passage search (fulltext.h) whose snippets mark matches with control
// characters that cannot occur in document text.

#include "fulltext.h"
#include "model/entities.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace stratos {

struct DocumentEdit
{
    QString title;
    QString publisher;
    QDate publishedOn;
    QString url;
    QString authors;
};

class LibraryStore
{
public:
    static constexpr QChar kMatchOpen = QChar(0x0001);
    static constexpr QChar kMatchClose = QChar(0x0002);

    explicit LibraryStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Document> documents() const;
    std::optional<Document> document(qint64 id) const;
    std::optional<Document> documentByPath(const QString &path) const;
    QString text(qint64 id) const;

    // Saves the user's metadata; a later re-import of a changed file keeps it.
    Status updateMeta(qint64 id, const DocumentEdit &edit);
    Status remove(qint64 id);

    Result<QList<PassageHit>> search(const QString &userText, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace stratos
