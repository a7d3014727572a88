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
#include <QHash>
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

// A metadata save against a document that someone else changed after this
// user loaded it (row_version, migration 0013): nothing was written; the user
// sees both and chooses.
struct DocumentEditConflict
{
    DocumentEdit mine;   // what this user tried to save
    DocumentEdit theirs; // the details as they are now
    qint64 theirVersion = 0;
};

struct DocumentSaveOutcome
{
    qint64 rowVersion = 0; // the row's version after a successful save
    std::optional<DocumentEditConflict> conflict; // set when nothing was saved
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

    // Each document's row version, by id: what an edit loaded and is checked against.
    QHash<qint64, qint64> rowVersions() const;
    // The editable details and row version of one document.
    std::optional<std::pair<DocumentEdit, qint64>> details(qint64 id) const;
    // Saves the user's metadata if the row is still at `expectedVersion` (0:
    // unchecked); a later re-import of a changed file keeps it. A row changed
    // meanwhile gives a conflict and writes nothing.
    Result<DocumentSaveOutcome> saveMeta(qint64 id, const DocumentEdit &edit, qint64 expectedVersion);
    // saveMeta() unchecked.
    Status updateMeta(qint64 id, const DocumentEdit &edit);
    Status remove(qint64 id);

    Result<QList<PassageHit>> search(const QString &userText, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace stratos
