#include "feed_update.h"

#include "net/fetcher.h"

#include <algorithm>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stratos {
namespace {

constexpr int kOverlapDays = 10;  // prices: re-read this many days already stored
constexpr int kMaxLl2Pages = 5;   // LL2's free tier allows 15 requests an hour

QString fileExtension(feeds::Kind kind)
{
    switch (kind) {
    case feeds::Kind::Epoch:
    case feeds::Kind::Stooq:
        return QStringLiteral(".csv");
    case feeds::Kind::Gcat:
    case feeds::Kind::Psatcat:
        return QStringLiteral(".tsv");
    case feeds::Kind::Ll2:
    case feeds::Kind::Yahoo:
        break;
    }
    return QStringLiteral(".json");
}

qint64 secsAtStartOf(QDate day) { return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch(); }

// The latest day in a price body, as the parser sees it, for "(to 2026-12-04)".
QString lastPriceDay(const QByteArray &body, const FeedItem &item)
{
    const import::ParseOutcome o = import::parseFile(body, item.fileName, item.options.parse);
    QDate last;
    for (const auto &b : o.prices.bars)
        last = qMax(last, b.day);
    return last.isValid() ? last.toString(Qt::ISODate) : QString();
}

} // namespace

QString FeedItem::line() const
{
    const QString who = label() + QStringLiteral(": ");
    switch (state) {
    case State::NotModified:
        return who + QStringLiteral("not modified");
    case State::Failed:
        return who + QStringLiteral("failed: %1: %2").arg(url.toDisplayString(), error);
    case State::Cancelled:
        return who + QStringLiteral("cancelled");
    case State::Ready:
    case State::Applied:
        break;
    }
    QString s = who + report.summaryLine();
    QStringList notes;
    if (!asOf.isEmpty())
        notes << QStringLiteral("to ") + asOf;
    if (wholeHistory)
        notes << QStringLiteral("past values changed: whole history re-fetched");
    if (!notes.isEmpty())
        s += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")));
    return s;
}

QList<FeedItem> FeedUpdater::plan(const feeds::Feed &feed, const QDateTime &now, QString *error)
{
    QList<FeedItem> out;
    m_maxBytes.insert(feed.name, feed.maxBytes);
    FeedItem base;
    base.feed = feed.name;
    base.kind = feed.kind;
    base.options.dryRun = true;
    if (const auto format = feeds::importFormat(feed.kind)) {
        base.options.parse.format = *format;
    } else {
        base.url = QUrl(feed.url);
        base.error = QStringLiteral("Stratos has no %1 importer yet").arg(feeds::kindName(feed.kind));
        out.append(base);
        return out;
    }
    if (!feeds::isPrices(feed.kind)) {
        base.url = QUrl(feed.url);
        base.etag = feed.etag;
        base.lastModified = feed.lastModified;
        base.fileName = QStringLiteral("feed-%1%2").arg(feed.name, fileExtension(feed.kind));
        out.append(base);
        return out;
    }
    auto symbols = m_feeds.trackedSymbols();
    if (!symbols) {
        *error = symbols.error().message;
        return out;
    }
    for (const TrackedSymbol &t : *symbols) {
        FeedItem item = base;
        item.symbol = t.symbol;
        const qint64 from = t.lastDay.isValid() ? secsAtStartOf(t.lastDay.addDays(-kOverlapDays)) : 0;
        item.urlTemplate = feed.url;
        item.providerSymbol = t.providerSymbol(feed.kind);
        item.url = feeds::expandUrl(feed.url, item.providerSymbol, from, now.toSecsSinceEpoch() + 86400);
        item.incremental = from > 0 && feed.url.contains(QLatin1String("{from}"));
        item.etag = t.etag;
        item.lastModified = t.lastModified;
        item.fileName = QStringLiteral("feed-%1-%2%3").arg(feed.name, t.symbol, fileExtension(feed.kind));
        item.options.parse.symbol = t.symbol;
        // Keep the series on the basis it has; a new stock starts adjusted, an index is a level.
        item.options.parse.adjusted = t.inStore ? t.adjusted : !t.symbol.startsWith(u'^');
        out.append(item);
    }
    return out;
}

Result<QList<FeedItem>> FeedUpdater::check(const CheckOptions &options)
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    auto all = m_feeds.feeds();
    if (!all)
        return all.error();
    for (const QString &name : options.names)
        if (std::none_of(all->begin(), all->end(), [&](const feeds::Feed &f) { return f.name == name; }))
            return Error{QStringLiteral("no feed named '%1'").arg(name)};
    QList<FeedItem> items;
    for (const feeds::Feed &f : std::as_const(*all)) {
        const bool named = options.names.contains(f.name);
        if (!(options.names.isEmpty() ? f.enabled : named))
            continue;
        QString error;
        items += plan(f, now, &error);
        if (!error.isEmpty())
            return Error{error};
    }
    fetch(items, options);
    // Prices whose stored days changed (a dividend or split moved them): the
    // whole series again, so it stays on one basis.
    QList<FeedItem> again;
    QList<qsizetype> againAt;
    for (qsizetype i = 0; i < items.size(); ++i) {
        FeedItem &item = items[i];
        if (item.state == FeedItem::State::Ready)
            dryRun(item, options.cancel);
        if (item.state == FeedItem::State::Ready && item.incremental && item.report.updated > 0) {
            FeedItem whole = item;
            whole.url = feeds::expandUrl(item.urlTemplate, item.providerSymbol, 0, now.toSecsSinceEpoch() + 86400);
            whole.incremental = false;
            whole.wholeHistory = true;
            whole.etag.clear();
            whole.lastModified.clear();
            again.append(whole);
            againAt.append(i);
        }
    }
    if (!again.isEmpty()) {
        fetch(again, options);
        for (qsizetype k = 0; k < again.size(); ++k) {
            if (again[k].state == FeedItem::State::Ready)
                dryRun(again[k], options.cancel);
            items[againAt[k]] = again[k];
        }
    }
    if (options.itemChecked)
        for (const FeedItem &item : std::as_const(items))
            options.itemChecked(item);
    return items;
}

void FeedUpdater::fetch(QList<FeedItem> &items, const CheckOptions &options)
{
    QList<net::FetchRequest> requests;
    for (FeedItem &item : items) {
        if (!item.error.isEmpty())
            continue; // planned as failed (no importer)
        net::FetchRequest r;
        r.key = item.label();
        r.url = item.url;
        r.etag = item.etag;
        r.lastModified = item.lastModified;
        r.maxBytes = m_maxBytes.value(item.feed, r.maxBytes);
        requests.append(r);
    }
    net::Fetcher fetcher;
    fetcher.setAllowed(options.networkAllowed);
    const QList<net::FetchResult> results = fetcher.fetchAll(requests, options.cancel, options.progress);
    for (FeedItem &item : items) {
        if (!item.error.isEmpty()) {
            item.state = FeedItem::State::Failed;
            continue;
        }
        const auto it = std::find_if(results.begin(), results.end(),
                                     [&](const net::FetchResult &r) { return r.key == item.label(); });
        if (it == results.end()) {
            item.state = FeedItem::State::Cancelled;
            continue;
        }
        takeResult(item, *it);
        if (item.state == FeedItem::State::Ready && item.kind == feeds::Kind::Ll2)
            fetchMorePages(item, options);
    }
}

void FeedUpdater::takeResult(FeedItem &item, const net::FetchResult &r)
{
    item.downloadMs = r.elapsedMs;
    item.retryAfterSeconds = r.retryAfterSeconds;
    switch (r.state) {
    case net::FetchState::NotModified:
        item.state = FeedItem::State::NotModified;
        return;
    case net::FetchState::Cancelled:
        item.state = FeedItem::State::Cancelled;
        return;
    case net::FetchState::Failed:
        item.state = FeedItem::State::Failed;
        item.error = r.error;
        return;
    case net::FetchState::Fetched:
        break;
    }
    if (const auto wrong = feeds::wrongContent(item.kind, r.body, r.contentType)) {
        item.state = FeedItem::State::Failed;
        item.error = *wrong;
        return;
    }
    item.state = FeedItem::State::Ready;
    item.body = r.body;
    item.etag = r.etag;
    item.lastModified = r.lastModified;
}

void FeedUpdater::fetchMorePages(FeedItem &item, const CheckOptions &options)
{
    // Launch Library 2 pages through `next`; the pages become one document so
    // the feed is still one import batch.
    QJsonObject first = QJsonDocument::fromJson(item.body).object();
    QJsonArray results = first.value(QLatin1String("results")).toArray();
    QString next = first.value(QLatin1String("next")).toString();
    for (int page = 1; !next.isEmpty() && page < kMaxLl2Pages; ++page) {
        net::FetchRequest r;
        r.key = item.label();
        r.url = QUrl(next);
        r.maxBytes = m_maxBytes.value(item.feed, r.maxBytes);
        net::Fetcher fetcher;
        fetcher.setAllowed(options.networkAllowed);
        const auto got = fetcher.fetchAll({r}, options.cancel, options.progress);
        if (got.isEmpty() || got.first().state != net::FetchState::Fetched) {
            item.state = got.isEmpty() || got.first().state == net::FetchState::Cancelled ? FeedItem::State::Cancelled
                                                                                          : FeedItem::State::Failed;
            item.url = r.url;
            item.error = got.isEmpty() ? QString() : got.first().error;
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(got.first().body).object();
        for (const QJsonValue &v : o.value(QLatin1String("results")).toArray())
            results.append(v);
        next = o.value(QLatin1String("next")).toString();
    }
    if (results.size() == first.value(QLatin1String("results")).toArray().size())
        return; // one page: keep the bytes as they came
    first.insert(QLatin1String("results"), results);
    first.insert(QLatin1String("next"), QJsonValue::Null);
    item.body = QJsonDocument(first).toJson(QJsonDocument::Compact);
}

void FeedUpdater::dryRun(FeedItem &item, const std::atomic_bool *cancel)
{
    Importer importer(m_db);
    ImportOptions options = item.options;
    options.dryRun = true;
    options.parse.cancel = cancel;
    item.report = importer.importBytes(item.body, item.fileName, options);
    if (item.report.cancelled) {
        item.state = FeedItem::State::Cancelled;
        return;
    }
    if (!item.report.problems.isEmpty()) {
        item.state = FeedItem::State::Failed;
        item.error = item.report.problems.first().toString();
        if (item.report.problems.size() > 1)
            item.error += QStringLiteral(" (and %1 more problems)").arg(item.report.problems.size() - 1);
        return;
    }
    if (feeds::isPrices(item.kind))
        item.asOf = lastPriceDay(item.body, item);
}

bool FeedUpdater::apply(QList<FeedItem> &items, const QStringList &keep, const std::atomic_bool *cancel)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool allOk = true;
    QHash<QString, bool> feedOk;  // per feed: every item fetched or not modified
    QHash<QString, QStringList> feedLines;
    for (FeedItem &item : items) {
        const bool kept = keep.isEmpty() || keep.contains(item.label()) || keep.contains(item.feed);
        if (item.state == FeedItem::State::Ready && kept && !(cancel && cancel->load())) {
            Importer importer(m_db);
            ImportOptions options = item.options;
            options.dryRun = false;
            options.parse.cancel = cancel;
            const ImportReport report = importer.importBytes(item.body, item.fileName, options);
            if (report.cancelled) {
                item.state = FeedItem::State::Cancelled;
            } else if (!report.ok()) {
                item.state = FeedItem::State::Failed;
                item.error = report.problems.value(0).toString();
            } else {
                item.report = report;
                item.state = FeedItem::State::Applied;
            }
        }
        if (item.state == FeedItem::State::Ready || item.state == FeedItem::State::Cancelled)
            continue; // not kept: nothing recorded, the next check sees it again
        const bool ok = item.state != FeedItem::State::Failed;
        allOk = allOk && ok;
        feedOk[item.feed] = feedOk.value(item.feed, true) && ok;
        feedLines[item.feed].append(item.line());
        const QByteArray etag = item.state == FeedItem::State::Applied ? item.etag : QByteArray();
        const QByteArray modified = item.state == FeedItem::State::Applied ? item.lastModified : QByteArray();
        const Status recorded = item.symbol.isEmpty()
                                    ? m_feeds.recordFeedCheck(item.feed, now, ok, item.line(), etag, modified)
                                    : m_feeds.recordSymbolCheck(item.symbol, now, item.line(), etag, modified);
        if (!recorded) {
            // The data are in; only the validators are lost, so the next check downloads again.
            qWarning("update: %s", qPrintable(recorded.error().message));
            allOk = false;
        }
    }
    for (auto it = feedLines.constBegin(); it != feedLines.constEnd(); ++it) {
        const auto kind = std::find_if(items.begin(), items.end(), [&](const FeedItem &i) { return i.feed == it.key(); })->kind;
        if (feeds::isPrices(kind)) {
            const QString summary = it.value().size() == 1 ? it.value().first()
                                                           : QStringLiteral("%1 symbols checked").arg(it.value().size());
            if (Status st = m_feeds.recordFeedCheck(it.key(), now, feedOk.value(it.key()), summary, {}, {}); !st) {
                qWarning("update: %s", qPrintable(st.error().message));
                allOk = false;
            }
        }
        if (Status st = m_feeds.setAsOf(it.key(), m_feeds.datasetAsOf(kind)); !st) {
            qWarning("update: %s", qPrintable(st.error().message));
            allOk = false;
        }
    }
    return allOk;
}

} // namespace stratos
