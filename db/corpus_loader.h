#pragma once
// Writes documents and their passages (indexed by FTS5 through triggers) into
// the store. Unchanged files (same sha256) are left alone; changed ones have
// their passages replaced.

#include "util/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace stratos {

struct DocumentInput
{
    QString path;      // natural key: file path, or resource path for the briefing notes
    QString title;
    QString publisher;
    QDate publishedOn;
    QString url;
    QString authors;
    QString metaSource; // where title, authors and date were found (describeProvenance)
    QString mime = QStringLiteral("text/markdown");
    QString text;      // the text passages point into
    QByteArray rawBytes; // hashed for change detection
};

enum class DocumentWrite { Unchanged, Added, Replaced };

class CorpusLoader
{
public:
    explicit CorpusLoader(QSqlDatabase db) : m_db(std::move(db)) {}

    // Caller owns the transaction.
    Result<DocumentWrite> write(const DocumentInput &doc, const QString &origin);
    // Every .md / .txt file in a directory (or resource directory); returns how
    // many documents were added or replaced.
    Result<int> loadDirectory(const QString &root, const QString &origin);

    // Reads a Markdown note with our front matter into a DocumentInput.
    static Result<DocumentInput> readNote(const QString &path);

private:
    QSqlDatabase m_db;
};

} // namespace stratos
