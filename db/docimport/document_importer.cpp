#include "docimport/document_importer.h"

#include "docimport/pdf_text.h"
#include "import/parsed.h"
#include "library_store.h"
#include "store_change.h"
#include "write_access.h"
#include "text/document_text.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <algorithm>

namespace stratos {
namespace {

constexpr qint64 kMaxBytes = 200ll * 1024 * 1024;

bool hiddenBelow(const QString &root, const QString &file)
{
    const QString rel = QDir(root).relativeFilePath(file);
    for (const QString &part : rel.split(u'/'))
        if (part.startsWith(u'.'))
            return true;
    return false;
}

} // namespace

QString DocImportOutcome::summaryLine() const
{
    const char *what = write == DocumentWrite::Added      ? "added"
                       : write == DocumentWrite::Replaced ? "replaced"
                                                          : "unchanged";
    return QStringLiteral("%1: %2 (%3 passage%4)")
        .arg(QLatin1String(what), title)
        .arg(passages)
        .arg(passages == 1 ? QString() : QStringLiteral("s"));
}

int DocImportRun::failures() const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [](const DocImportOutcome &o) { return !o.ok(); }));
}

bool DocumentImporter::isDocumentFile(const QString &path)
{
    return documentKindForPath(path) != DocumentKind::Unknown;
}

bool DocumentImporter::isLikelyDocument(const QString &path)
{
    const DocumentKind kind = documentKindForPath(path);
    if (kind != DocumentKind::Text)
        return kind != DocumentKind::Unknown;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // the import will say why it cannot read it
    return import::detectFormat(f.read(4096), path) == import::Format::Unknown;
}

QStringList DocumentImporter::collectFiles(const QStringList &paths, QList<DocImportOutcome> *problems)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (isDocumentFile(f) && !hiddenBelow(info.absoluteFilePath(), f))
                    found << f;
            }
            found.sort();
            files << found;
        } else if (!info.exists()) {
            problems->append({p, DocumentWrite::Unchanged, {}, 0, 0, Error{QStringLiteral("no such file or folder"), p}});
        } else if (!isDocumentFile(p)) {
            problems->append({p, DocumentWrite::Unchanged, {}, 0, 0,
                              Error{QStringLiteral("not a document Stratos reads (.txt, .md, .html, .pdf)"), p}});
        } else {
            files << info.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    return files;
}

DocImportRun DocumentImporter::importPaths(const QStringList &paths, const DocImportOptions &options)
{
    DocImportRun run;
    const QStringList files = collectFiles(paths, &run.outcomes);
    for (int i = 0; i < files.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            run.cancelled = true;
            break;
        }
        if (options.progress)
            options.progress(i, int(files.size()), files[i]);
        DocImportOutcome o = importFile(files[i], options);
        if (o.error && o.error->message == QLatin1String("cancelled")) {
            run.cancelled = true;
            break;
        }
        run.outcomes.append(o);
    }
    if (options.progress && !run.cancelled)
        options.progress(int(files.size()), int(files.size()), QString());
    return run;
}

DocImportRun DocumentImporter::importOnWorker(const QString &store, const QStringList &paths,
                                              const DocImportOptions &options)
{
    WorkerConnection connection(store);
    if (!connection.status()) {
        DocImportRun run;
        run.outcomes.append({store, DocumentWrite::Unchanged, {}, 0, 0, connection.status().error()});
        return run;
    }
    return DocumentImporter(connection.db()).importPaths(paths, options);
}

DocImportOutcome DocumentImporter::importFile(const QString &path, const DocImportOptions &options)
{
    DocImportOutcome out;
    out.path = path;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFile f(path);
    if (QFileInfo(path).size() > kMaxBytes) {
        out.error = Error{QStringLiteral("the file is larger than 200 MB"), path};
        return out;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = Error{QStringLiteral("cannot read the file: %1").arg(f.errorString()), path};
        return out;
    }
    const QByteArray bytes = f.readAll();
    f.close();

    LibraryStore library(m_db);
    const auto existing = library.documentByPath(absolute);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (existing && existing->sha256 == sha) {
        out.title = existing->title;
        out.passages = existing->passages;
        out.documentId = existing->id;
        return out; // unchanged: not even parsed
    }

    // Before the work of reading it: a reader is told whose rights are missing.
    const QStringList tables{QStringLiteral("document"), QStringLiteral("passage"), QStringLiteral("source"),
                             QStringLiteral("claim"), QStringLiteral("claim_run")};
    if (Status access = checkWriteAccess(m_db, tables, {QStringLiteral("passage"), QStringLiteral("claim")},
                                         QStringLiteral("import the document"));
        !access) {
        out.error = Error{access.error().message, path};
        return out;
    }
    const DocumentKind kind = documentKindForPath(path);
    Result<ExtractedDocument> doc = kind == DocumentKind::Pdf ? extractPdf(path, options.cancel)
                                                              : extractDocument(bytes, kind, path);
    if (!doc) {
        out.error = doc.error();
        return out;
    }
    DocumentInput input;
    input.path = absolute;
    input.title = doc->meta.title;
    input.publisher = doc->meta.publisher;
    input.publishedOn = doc->meta.date;
    input.url = doc->meta.url;
    input.authors = doc->meta.authors;
    input.metaSource = describeProvenance(doc->meta);
    input.mime = doc->mime;
    input.text = doc->text;
    input.rawBytes = bytes;
    if (existing && existing->metaEdited) {
        input.title = existing->title;
        input.publisher = existing->publisher;
        input.publishedOn = existing->publishedOn;
        input.url = existing->url;
        input.authors = existing->authors;
        input.metaSource = QStringLiteral("edited by the user");
    }

    if (!m_db.transaction()) {
        out.error = Error{QStringLiteral("cannot start writing: %1").arg(m_db.lastError().text()), path};
        return out;
    }
    auto written = CorpusLoader(m_db).write(input, options.origin);
    if (!written) {
        m_db.rollback();
        out.error = Error{written.error().message, path};
        return out;
    }
    if (Status told = announceChange(m_db, ChangeKind::Documents, QFileInfo(absolute).fileName()); !told) {
        m_db.rollback();
        out.error = Error{told.error().message, path};
        return out;
    }
    if (!m_db.commit()) {
        out.error = Error{QStringLiteral("cannot save: %1").arg(m_db.lastError().text()), path};
        return out;
    }
    out.write = *written;
    out.title = input.title;
    if (const auto row = library.documentByPath(absolute)) {
        out.passages = row->passages;
        out.documentId = row->id;
    }
    return out;
}

} // namespace stratos
