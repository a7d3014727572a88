// `stratos check-claims FILE... | --document ID...`: the figures in documents,
// checked against the store. One line per claim:
// SOURCE<TAB>START-END<TAB>VERDICT<TAB>CLAIM<TAB>STORE FIGURE<TAB>ROWS
// ("-" where empty). A FILE is read, not imported; offsets are into the text as
// Stratos extracts it. A --document prints what the store keeps for it.
#include "claim_store.h"
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "docimport/pdf_text.h"
#include "library_store.h"
#include "text/document_text.h"

#include <QFile>

namespace stratos::cli {
namespace {

QString field(const QString &s)
{
    QString out = s.simplified(); // no tabs or line breaks inside a field
    return out.isEmpty() ? QStringLiteral("-") : out;
}

QString rowsField(const ClaimCheck &c)
{
    QStringList parts;
    if (!c.rowsSummary.isEmpty())
        parts << c.rowsSummary;
    if (!c.source.isEmpty())
        parts << c.source;
    if (!c.note.isEmpty())
        parts << c.note;
    return parts.join(QStringLiteral("; "));
}

void printLine(const QString &source, int start, int end, const ClaimCheck &check, const QString &claim)
{
    printOut(QStringList{field(source), QStringLiteral("%1-%2").arg(start).arg(end), verdictKey(check.verdict), field(claim),
                         field(check.storeFigure), field(rowsField(check))}
                 .join(u'\t')
             + u'\n');
}

Result<ExtractedDocument> readDocument(const QString &path)
{
    const DocumentKind kind = documentKindForPath(path);
    if (kind == DocumentKind::Unknown)
        return Error{QStringLiteral("not a document Stratos reads (.txt, .md, .html, .pdf)"), path};
    if (kind == DocumentKind::Pdf)
        return extractPdf(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the file: %1").arg(f.errorString()), path};
    return extractDocument(f.readAll(), kind, path);
}

} // namespace

int checkClaimsCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral(
        "Check the figures in documents against the store. One line per figure:\n"
        "SOURCE, START-END (character offsets in the extracted text), VERDICT (agrees, differs, no data,\n"
        "unclear), CLAIM, STORE FIGURE, ROWS, separated by tabs; '-' where empty.\n"
        "Files are read without importing them; --document prints the checks the store keeps."));
    const QCommandLineOption document(QStringLiteral("document"), QStringLiteral("A library document's id (repeatable)."),
                                      QStringLiteral("ID"));
    parser.addOption(document);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Documents to read (.txt, .md, .html, .pdf)."),
                                 QStringLiteral("FILE..."));
    if (!parseOrComplain(parser, args))
        return Usage;
    const QStringList files = parser.positionalArguments();
    const QStringList ids = parser.values(document);
    if (files.isEmpty() == ids.isEmpty()) {
        printError(QStringLiteral("check-claims needs files or --document ids (not both)"));
        return Usage;
    }
    QList<qint64> documentIds;
    for (const QString &id : ids) {
        bool ok = false;
        const qint64 n = id.toLongLong(&ok);
        if (!ok || n <= 0) {
            printError(QStringLiteral("--document expects a positive number, not '%1'").arg(id));
            return Usage;
        }
        documentIds << n;
    }
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    ClaimStore claims(store->database());
    int failures = 0;
    for (const QString &path : files) {
        auto doc = readDocument(path);
        if (!doc) {
            printError(doc.error().toString());
            ++failures;
            continue;
        }
        auto checked = claims.checkText(doc->text, doc->meta.date);
        if (!checked) {
            printError(QStringLiteral("%1: %2").arg(path, checked.error().message));
            ++failures;
            continue;
        }
        for (const CheckedClaim &c : *checked)
            printLine(path, c.claim.start, c.claim.end, c.check, c.claim.describe());
    }
    const LibraryStore library(store->database());
    for (qint64 id : documentIds) {
        const auto row = library.document(id);
        if (!row) {
            printError(QStringLiteral("there is no document %1 (see the Library)").arg(id));
            ++failures;
            continue;
        }
        for (const StoredClaim &c : claims.claimsForDocument(id))
            printLine(row->path, c.start, c.end, c.check, c.claim);
    }
    return failures > 0 ? Failed : Ok;
}

} // namespace stratos::cli
