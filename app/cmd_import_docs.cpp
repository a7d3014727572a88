// `stratos import-docs PATH...`: documents and folders of documents into the
// library. One line per file; unchanged files are not even parsed.
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "docimport/document_importer.h"

namespace stratos::cli {

int importDocsCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral(
        "Import documents (.txt, .md, .html, .pdf) and folders of them (recursively) into the library.\n"
        "Prints one line per file: added|replaced|unchanged: TITLE (N passages)."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders to import."),
                                 QStringLiteral("PATH..."));
    if (!parseOrComplain(parser, args, Positionals::atLeastOne(QStringLiteral("file or folder"))))
        return Usage;
    const QStringList paths = parser.positionalArguments();
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    DocImportOptions options;
    int files = 0;
    options.progress = [&files](int, int total, const QString &) { files = total; };
    const DocImportRun run = DocumentImporter(store->database()).importPaths(paths, options);
    for (const DocImportOutcome &o : run.outcomes) {
        if (o.ok())
            printOut(o.summaryLine() + u'\n');
        else
            printError(o.error->toString());
    }
    if (files == 0 && run.failures() == 0)
        printError(QStringLiteral("no .txt, .md, .html or .pdf files found in %1").arg(paths.join(QStringLiteral(", "))));
    return run.failures() > 0 || (files == 0 && run.outcomes.isEmpty()) ? Failed : Ok;
}

} // namespace stratos::cli
