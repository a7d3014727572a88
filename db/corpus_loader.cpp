#include "corpus_loader.h"
#include "claim_store.h"
#include "dialect.h"

#include "text/front_matter.h"
#include "text/passage_splitter.h"
#include "text/pdf_clean.h"
#include "util/csv_reader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

Result<DocumentInput> CorpusLoader::readNote(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the file: %1").arg(f.errorString()), path};
    DocumentInput doc;
    doc.rawBytes = f.readAll();
    auto text = decodeUtf8Text(doc.rawBytes, path);
    if (!text)
        return text.error();
    const FrontMatter fm = parseFrontMatter(*text);
    doc.path = path;
    doc.text = text->mid(fm.bodyStart);
    doc.title = fm.fields.value(QStringLiteral("title"));
    if (doc.title.isEmpty()) {
        // First Markdown heading, else the file name.
        for (const QString &line : doc.text.split(u'\n')) {
            if (line.startsWith(u'#')) {
                doc.title = QString(line).remove(0, line.indexOf(u' ') + 1).trimmed();
                break;
            }
        }
        if (doc.title.isEmpty())
            doc.title = QFileInfo(path).completeBaseName();
    }
    doc.publisher = fm.fields.value(QStringLiteral("publisher"));
    doc.publishedOn = QDate::fromString(fm.fields.value(QStringLiteral("date")), Qt::ISODate);
    doc.url = fm.fields.value(QStringLiteral("url"));
    doc.mime = path.endsWith(QLatin1String(".md")) ? QStringLiteral("text/markdown")
                                                   : QStringLiteral("text/plain");
    return doc;
}

Result<DocumentWrite> CorpusLoader::write(const DocumentInput &doc, const QString &origin)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(doc.rawBytes, QCryptographicHash::Sha256).toHex());
    auto fail = [](const QSqlQuery &q, const QString &what) {
        return Error{QStringLiteral("%1: %2").arg(what, q.lastError().text())};
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, sha256, origin FROM document WHERE path = ?"));
    q.addBindValue(doc.path);
    if (!q.exec())
        return fail(q, QStringLiteral("cannot look up the document"));
    qlonglong docId = 0;
    if (q.next()) {
        if (q.value(1).toString() == sha)
            return DocumentWrite::Unchanged;
        if (origin == QLatin1String("seed") && q.value(2).toString() != QLatin1String("seed"))
            return DocumentWrite::Unchanged; // the user replaced it: a seed never overwrites
        docId = q.value(0).toLongLong();
    }

    const QString sourceKey = QStringLiteral("doc:") + doc.path;
    q.prepare(QStringLiteral("INSERT INTO source(key, kind, title, url) VALUES (?, 'document', ?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET title = excluded.title, url = excluded.url"));
    q.addBindValue(sourceKey);
    q.addBindValue(doc.title);
    q.addBindValue(doc.url.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(doc.url));
    if (!q.exec())
        return fail(q, QStringLiteral("cannot record the document source"));
    q.prepare(QStringLiteral("SELECT id FROM source WHERE key = ?"));
    q.addBindValue(sourceKey);
    if (!q.exec() || !q.next())
        return fail(q, QStringLiteral("cannot read the document source"));
    const qlonglong sourceId = q.value(0).toLongLong();

    const QVariant nullText(QMetaType::fromType<QString>());
    const bool replaced = docId != 0;
    if (docId) {
        q.prepare(QStringLiteral("DELETE FROM passage WHERE document_id = ?"));
        q.addBindValue(docId);
        if (!q.exec())
            return fail(q, QStringLiteral("cannot remove old passages"));
        q.prepare(QStringLiteral("UPDATE document SET title = ?, publisher = ?, published_on = ?, "
                                 "url = ?, sha256 = ?, mime = ?, text = ?, imported_at = ?, "
                                 "source_id = ?, origin = ?, authors = ?, meta_source = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO document(title, publisher, published_on, url, sha256, "
                                 "mime, text, imported_at, source_id, origin, authors, meta_source, path) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    }
    q.addBindValue(doc.title);
    q.addBindValue(doc.publisher.isEmpty() ? nullText : QVariant(doc.publisher));
    q.addBindValue(doc.publishedOn.isValid() ? QVariant(doc.publishedOn.toString(Qt::ISODate)) : nullText);
    q.addBindValue(doc.url.isEmpty() ? nullText : QVariant(doc.url));
    q.addBindValue(sha);
    q.addBindValue(doc.mime);
    q.addBindValue(doc.text);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(sourceId);
    q.addBindValue(origin);
    q.addBindValue(doc.authors.isEmpty() ? nullText : QVariant(doc.authors));
    q.addBindValue(doc.metaSource.isEmpty() ? nullText : QVariant(doc.metaSource));
    if (docId)
        q.addBindValue(docId);
    else
        q.addBindValue(doc.path);
    if (docId) {
        if (!q.exec())
            return fail(q, QStringLiteral("cannot write the document"));
    } else {
        auto id = sql::execReturningId(q);
        if (!id)
            return Error{QStringLiteral("cannot write the document: %1").arg(id.error().message), doc.path};
        docId = *id;
    }

    q.prepare(QStringLiteral("INSERT INTO passage(document_id, ordinal, start_char, end_char, text, kind) "
                             "VALUES (?,?,?,?,?,?)"));
    int ordinal = 0;
    for (const TextSpan &span : splitPassages(doc.text)) {
        q.bindValue(0, docId);
        q.bindValue(1, ordinal++);
        q.bindValue(2, span.start);
        q.bindValue(3, span.end);
        const QString text = doc.text.mid(span.start, span.end - span.start);
        q.bindValue(4, text);
        q.bindValue(5, passageKindName(classifyPassage(text)));
        if (!q.exec())
            return fail(q, QStringLiteral("cannot write a passage"));
    }
    if (Status s = ClaimStore(m_db).computeDocument(docId); !s)
        return s.error();
    return replaced ? DocumentWrite::Replaced : DocumentWrite::Added;
}

Result<int> CorpusLoader::loadDirectory(const QString &root, const QString &origin)
{
    const QStringList files =
        QDir(root).entryList({QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    int written = 0;
    for (const QString &name : files) {
        auto doc = readNote(root + u'/' + name);
        if (!doc)
            return doc.error();
        auto w = write(*doc, origin);
        if (!w)
            return w.error();
        if (*w != DocumentWrite::Unchanged)
            ++written;
    }
    return written;
}

} // namespace stratos
