// `stratos copy-store --from SRC --to DST`: a whole store into a new one, either
// may be a SQLite file or a postgresql:// URL; per-table counts and checksums
// at the end.
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "config/store_location.h"
#include "config/team_store_url.h"
#include "store.h"
#include "store_copy.h"

#include <QFileInfo>

namespace stratos::cli {

int copyStoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy a whole store into a new one (SQLite file or postgresql:// URL, either way), "
        "then check every table's row count and checksum."));
    const QCommandLineOption fromOpt(QStringLiteral("from"), QStringLiteral("The store to copy."), QStringLiteral("SRC"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QStringLiteral("The new, empty store to fill."), QStringLiteral("DST"));
    parser.addOption(fromOpt);
    parser.addOption(toOpt);
    if (!parseOrComplain(parser, args))
        return Usage;
    if (!parser.isSet(fromOpt) || !parser.isSet(toOpt)) {
        printError(QStringLiteral("copy-store needs --from SRC and --to DST"));
        return Usage;
    }
    const QString source = resolveStoreLocation(parser.value(fromOpt)).path;
    if (!isTeamStoreUrl(source) && !QFileInfo::exists(source)) {
        printError(QStringLiteral("%1: no store there to copy").arg(source));
        return Failed;
    }
    Store::Options options;
    options.loadSeed = false; // the source is copied as it is; the target gets the source's rows
    auto from = Store::open(source, options);
    if (!from) {
        printError(from.error().toString());
        return Failed;
    }
    auto to = Store::open(resolveStoreLocation(parser.value(toOpt)).path, options);
    if (!to) {
        printError(to.error().toString());
        return Failed;
    }
    auto checks = copyStore((*from)->database(), (*to)->database());
    if (!checks) {
        printError(checks.error().toString() + QStringLiteral("; the target was not changed"));
        return Failed;
    }
    QString out;
    int bad = 0;
    for (const TableCheck &c : *checks) {
        out += QStringLiteral("%1 %2 rows %3 %4\n")
                   .arg(c.table, -24)
                   .arg(c.sourceRows, 9)
                   .arg(c.sourceSum, c.ok() ? QStringLiteral("ok")
                                            : QStringLiteral("MISMATCH (target %1 rows %2)").arg(c.targetRows).arg(c.targetSum));
        bad += c.ok() ? 0 : 1;
    }
    out += bad == 0 ? QStringLiteral("copied %1 tables; every count and checksum matches\n").arg(checks->size())
                    : QStringLiteral("%1 tables differ\n").arg(bad);
    printOut(out);
    return bad == 0 ? Ok : Failed;
}

} // namespace stratos::cli
