#pragma once
// The document library as the Library page sees it: documents with their
// passage counts, metadata edits (kept across re-imports), removal, and a
// passage search whose snippets mark matches with control characters that
// cannot occur in document text.

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace stratos {

struct DocumentRow
{
    qint64 id = 0;
    QString path;
    QString title;
    QString publisher;
    QDate publishedOn;
    QString url;
    QString mime;
    QString authors;
    QString metaSource; // where the title, authors and date were found, or "edited by the user"
    QString origin; // seed, import, user
    int passages = 0;
    int chars = 0;
    QDateTime importedAt;
    bool metaEdited = false;
};

struct DocumentEdit
{
    QString title;
    QString publisher;
    QDate publishedOn;
    QString url;
    QString authors;
};

struct LibraryHit
{
    qint64 passageId = 0;
    qint64 documentId = 0;
    QString documentTitle;
    int start = 0, end = 0;
    QString snippet; // matches between kMatchOpen and kMatchClose
    double score = 0;
};

class LibraryStore
{
public:
    static constexpr QChar kMatchOpen = QChar(0x0001);
    static constexpr QChar kMatchClose = QChar(0x0002);

    explicit LibraryStore(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<DocumentRow> documents() const;
    std::optional<DocumentRow> document(qint64 id) const;
    std::optional<DocumentRow> documentByPath(const QString &path) const;
    QString text(qint64 id) const;

    // Saves the user's metadata; a later re-import of a changed file keeps it.
    Status updateMeta(qint64 id, const DocumentEdit &edit);
    Status remove(qint64 id);

    QList<LibraryHit> search(const QString &userText, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace stratos
