// `stratos import FILE...` and `stratos imports [--remove ID]`.
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "importer.h"

#include <QFileInfo>

#include <algorithm>

namespace stratos::cli {
namespace {

// Blank records get one line; bad rows (--skip-bad-rows) one line each.
void printSkipped(const QString &file, const ImportReport &r)
{
    QString out;
    if (!r.blankNote.isEmpty())
        out += QStringLiteral("%1: %2\n").arg(file, r.blankNote);
    if (r.skippedBad > 0) {
        out += QStringLiteral("%1: skipped %2 bad row%3:\n").arg(file).arg(r.skippedBad).arg(r.skippedBad == 1 ? "" : "s");
        for (const import::SkippedRow &s : r.skippedRows)
            if (!s.blank)
                out += QStringLiteral("%1:%2:%3: skipped: %4\n").arg(file).arg(s.line).arg(s.column).arg(s.reason);
        const int listed = int(std::count_if(r.skippedRows.begin(), r.skippedRows.end(),
                                             [](const import::SkippedRow &s) { return !s.blank; }));
        if (listed < r.skippedBad)
            out += QStringLiteral("%1: and %2 more bad rows not listed\n").arg(file).arg(r.skippedBad - listed);
    }
    printOut(out);
}

} // namespace

int importCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("Import data files into the store."));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("auto (default), epoch, gcat, psatcat, ll2 or prices."),
                                       QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption symbolOpt(QStringLiteral("symbol"),
                                       QStringLiteral("Symbol for a price file whose content names none (a "
                                                      "ticker in the file wins; a different one is refused)."),
                                       QStringLiteral("SYM"));
    const QCommandLineOption adjustedOpt(QStringLiteral("adjusted"),
                                         QStringLiteral("Whether a price file's closes are adjusted (yes/no), "
                                                        "when the file does not say."),
                                         QStringLiteral("yes|no"));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"),
                                       QStringLiteral("Check and count, but write nothing."));
    const QCommandLineOption skipOpt(QStringLiteral("skip-bad-rows"),
                                     QStringLiteral("Import the good rows and list each bad one "
                                                    "(line, column, reason). A file whose header "
                                                    "is wrong is still refused."));
    const QCommandLineOption dateOrderOpt(QStringLiteral("date-order"),
                                          QStringLiteral("For price files whose dates read either "
                                                         "way (01/02/2025): mdy or dmy."),
                                          QStringLiteral("mdy|dmy"));
    parser.addOption(formatOpt);
    parser.addOption(symbolOpt);
    parser.addOption(adjustedOpt);
    parser.addOption(dryRunOpt);
    parser.addOption(skipOpt);
    parser.addOption(dateOrderOpt);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Files to import: Epoch AI CSV, GCAT launch log or "
                                                "payload catalogue (psatcat) TSV, Launch Library 2 "
                                                "JSON, daily price CSV."),
                                 QStringLiteral("FILE..."));
    if (!parseOrComplain(parser, args, Positionals::atLeastOne(QStringLiteral("FILE"))))
        return Usage;
    const QStringList files = parser.positionalArguments();
    const auto format = import::formatFromName(parser.value(formatOpt));
    if (!format) {
        printError(QStringLiteral("--format expects auto, epoch, gcat, psatcat, ll2 or prices, found '%1'").arg(parser.value(formatOpt)));
        return Usage;
    }
    ImportOptions options;
    options.parse.format = *format;
    options.parse.symbol = parser.value(symbolOpt).trimmed();
    options.dryRun = parser.isSet(dryRunOpt);
    options.parse.skipBadRows = parser.isSet(skipOpt);
    if (parser.isSet(dateOrderOpt)) {
        const QString order = parser.value(dateOrderOpt).toLower();
        if (order != QLatin1String("mdy") && order != QLatin1String("dmy")) {
            printError(QStringLiteral("--date-order expects mdy or dmy, found '%1'").arg(parser.value(dateOrderOpt)));
            return Usage;
        }
        options.parse.dateOrder = order == QLatin1String("mdy") ? import::DateOrder::MonthFirst
                                                                : import::DateOrder::DayFirst;
    }
    if (parser.isSet(adjustedOpt)) {
        const QString a = parser.value(adjustedOpt).toLower();
        if (a != QLatin1String("yes") && a != QLatin1String("no")) {
            printError(QStringLiteral("--adjusted expects yes or no, found '%1'").arg(parser.value(adjustedOpt)));
            return Usage;
        }
        options.parse.adjusted = a == QLatin1String("yes");
    }
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    Importer importer(store->database());
    int rc = Ok;
    for (const QString &file : files) {
        const ImportReport r = importer.importFile(file, options);
        if (!r.ok()) {
            rc = Failed;
            for (const Error &e : r.problems)
                printError(e.toString());
            if (r.problems.size() >= import::ParseOutcome::maxProblems)
                printError(QStringLiteral("%1: stopped after %2 problems").arg(file).arg(r.problems.size()));
            printError(QStringLiteral("%1: rejected, the store was not changed").arg(file));
            continue;
        }
        printSkipped(file, r);
        printOut(QStringLiteral("%1: %2%3 [%4%5]\n")
                     .arg(file, r.summaryLine(), options.dryRun ? QStringLiteral(" (dry run, nothing written)") : QString(),
                          import::formatName(r.format), r.detail.isEmpty() ? QString() : QStringLiteral(": ") + r.detail));
    }
    return rc;
}

int importsCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("List import batches, or remove one (undo an import)."));
    const QCommandLineOption removeOpt(QStringLiteral("remove"), QStringLiteral("Remove the batch with this ID."),
                                       QStringLiteral("ID"));
    parser.addOption(removeOpt);
    if (!parseOrComplain(parser, args, Positionals::none()))
        return Usage;
    qint64 removeId = 0;
    if (parser.isSet(removeOpt)) {
        bool ok = false;
        removeId = parser.value(removeOpt).toLongLong(&ok);
        if (!ok || removeId <= 0) {
            printError(QStringLiteral("--remove expects a batch ID, found '%1'").arg(parser.value(removeOpt)));
            return Usage;
        }
    }
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    if (removeId) {
        if (Status s = Importer::removeBatch(store->database(), removeId); !s) {
            printError(s.error().toString());
            return Failed;
        }
        printOut(QStringLiteral("removed import %1\n").arg(removeId));
        return Ok;
    }
    QString out;
    for (const ImportBatch &b : Importer::batches(store->database()))
        out += QStringLiteral("%1\t%2\t%3\t%4\tadded %5, updated %6, unchanged %7%9\t%8\n")
                   .arg(b.id)
                   .arg(b.importedAt.toString(Qt::ISODate), b.format, b.fileName)
                   .arg(b.added)
                   .arg(b.updated)
                   .arg(b.unchanged)
                   .arg(b.detail, b.skipped ? QStringLiteral(", skipped %1").arg(b.skipped) : QString());
    printOut(out);
    return Ok;
}

} // namespace stratos::cli
