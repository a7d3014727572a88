// `stratos feeds` (list and change feeds, track symbols) and `stratos update`.
#include "cli.h"
#include "cli_common.h"
#include "commands.h"
#include "feed_store.h"
#include "feed_update.h"

namespace stratos::cli {
namespace {

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; }

// One line a row, or the error that kept the rows from being read.
template <typename Row, typename Line>
int printRows(const Result<QList<Row>> &rows, Line line)
{
    if (!rows) {
        printError(rows.error().toString());
        return Failed;
    }
    return printLines(rows.value(), line);
}

int listFeeds(FeedStore &feeds)
{
    return printRows(feeds.feeds(), [&feeds](const feeds::Feed &f) {
        return QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
            .arg(f.name, f.url, orDash(feeds.datasetAsOf(f.kind)),
                 orDash(f.lastChecked.isValid() ? f.lastChecked.toString(Qt::ISODate) : QString()),
                 f.enabled ? QStringLiteral("on") : QStringLiteral("off"));
    });
}

int listSymbols(FeedStore &feeds)
{
    return printRows(feeds.trackedSymbols(), [](const TrackedSymbol &t) {
        return QStringLiteral("%1\t%2\t%3\t%4\n")
            .arg(t.symbol, t.yahoo, t.stooq, orDash(t.lastDay.isValid() ? t.lastDay.toString(Qt::ISODate) : QString()));
    });
}

} // namespace

int feedsCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral(
        "List the feeds (NAME, URL, AS-OF, LAST-CHECKED, on|off) or change one. One change per run."));
    const QCommandLineOption setOpt(QStringLiteral("set"), QStringLiteral("Give feed NAME the URL that follows."), QStringLiteral("NAME"));
    const QCommandLineOption onOpt(QStringLiteral("on"), QStringLiteral("Turn feed NAME on."), QStringLiteral("NAME"));
    const QCommandLineOption offOpt(QStringLiteral("off"), QStringLiteral("Turn feed NAME off."), QStringLiteral("NAME"));
    const QCommandLineOption trackOpt(QStringLiteral("track"), QStringLiteral("Fetch prices for SYMBOL (e.g. PLTR, 0700.HK)."), QStringLiteral("SYMBOL"));
    const QCommandLineOption untrackOpt(QStringLiteral("untrack"), QStringLiteral("Stop fetching prices for SYMBOL."), QStringLiteral("SYMBOL"));
    const QCommandLineOption mapOpt(QStringLiteral("map"),
                                    QStringLiteral("Spell SYMBOL differently for a provider: --map SYMBOL yahoo|stooq SPELLING."),
                                    QStringLiteral("SYMBOL"));
    const QCommandLineOption symbolsOpt(QStringLiteral("symbols"),
                                        QStringLiteral("List the tracked symbols (SYMBOL, YAHOO, STOOQ, LAST-DAY)."));
    for (const auto *o : {&setOpt, &onOpt, &offOpt, &trackOpt, &untrackOpt, &mapOpt, &symbolsOpt})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("With --set: the new URL."), QStringLiteral("[URL]"));
    if (!parseOrComplain(parser, args))
        return Usage;
    int actions = 0;
    for (const auto *o : {&setOpt, &onOpt, &offOpt, &trackOpt, &untrackOpt, &mapOpt, &symbolsOpt})
        actions += parser.isSet(*o) ? 1 : 0;
    if (actions > 1) {
        printError(QStringLiteral("feeds takes one of --set, --on, --off, --track, --untrack, --map, --symbols at a time"));
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype wanted = parser.isSet(setOpt) ? 1 : parser.isSet(mapOpt) ? 2 : 0;
    if (positional.size() != wanted) {
        printError(parser.isSet(setOpt)   ? QStringLiteral("--set NAME expects one URL after it")
                   : parser.isSet(mapOpt) ? QStringLiteral("--map SYMBOL expects a provider (yahoo or stooq) and a spelling")
                                          : QStringLiteral("feeds takes no arguments, found '%1'").arg(positional.value(0)));
        return Usage;
    }
    std::optional<feeds::Kind> provider;
    if (parser.isSet(mapOpt)) {
        provider = feeds::kindFromName(positional[0].toLower());
        if (!provider || !feeds::isPrices(*provider)) {
            printError(QStringLiteral("--map expects the provider yahoo or stooq, found '%1'").arg(positional[0]));
            return Usage;
        }
    }
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    FeedStore feeds(store->database());
    if (actions == 0)
        return listFeeds(feeds);
    if (parser.isSet(symbolsOpt))
        return listSymbols(feeds);
    Status s;
    if (parser.isSet(setOpt))
        s = feeds.setUrl(parser.value(setOpt), positional[0]);
    else if (parser.isSet(onOpt) || parser.isSet(offOpt))
        s = feeds.setEnabled(parser.value(parser.isSet(onOpt) ? onOpt : offOpt), parser.isSet(onOpt));
    else if (parser.isSet(trackOpt))
        s = feeds.track(parser.value(trackOpt).trimmed());
    else if (parser.isSet(untrackOpt))
        s = feeds.untrack(parser.value(untrackOpt).trimmed());
    else
        s = feeds.mapSymbol(parser.value(mapOpt).trimmed(), *provider, positional[1].trimmed());
    if (!s) {
        printError(s.error().toString());
        return Failed;
    }
    return Ok;
}

int updateCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral(
        "Fetch the feeds (all that are on, or those named) and import what changed, one batch per file. "
        "Running this command allows Stratos to use the network."));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"), QStringLiteral("Fetch and count, but write nothing."));
    parser.addOption(dryRunOpt);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Feeds to update."), QStringLiteral("[NAME...]"));
    if (!parseOrComplain(parser, args))
        return Usage;
    auto store = openStoreOrComplain(parser.value(QStringLiteral("db")));
    if (!store)
        return Failed;
    FeedUpdater updater(store->database());
    CheckOptions options;
    options.names = parser.positionalArguments();
    options.networkAllowed = true;
    auto items = updater.check(options);
    if (!items) {
        printError(items.error().toString());
        return items.error().message.startsWith(QLatin1String("no feed named")) ? Usage : Failed;
    }
    const bool dryRun = parser.isSet(dryRunOpt);
    bool ok = true;
    if (dryRun) {
        for (const FeedItem &item : std::as_const(*items))
            ok = ok && item.state != FeedItem::State::Failed;
    } else {
        ok = updater.apply(*items);
    }
    QString out;
    for (const FeedItem &item : std::as_const(*items))
        out += item.line() + (dryRun && item.state == FeedItem::State::Ready ? QStringLiteral(" [dry run]\n") : QStringLiteral("\n"));
    printOut(out);
    return ok ? Ok : Failed;
}

} // namespace stratos::cli
