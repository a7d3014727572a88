#pragma once
// An update is "fetch, then the same import": check() downloads every enabled
// feed (each tracked symbol for prices) and runs the existing importer on the
// bytes as a dry run; apply() writes the items the user keeps, each as one
// import batch (so Undo works). Nothing is written before apply(). A failed
// item never stops the others.

#include "feed_store.h"
#include "importer.h"
#include "net/fetch.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <atomic>
#include <functional>

namespace stratos {

struct FeedItem
{
    enum class State { Ready, NotModified, Failed, Cancelled, Applied };

    QString feed;       // feed name
    QString symbol;     // prices only
    feeds::Kind kind = feeds::Kind::Epoch;
    QUrl url;
    State state = State::Failed;
    QString error;      // Failed: what went wrong (without the URL)
    std::optional<int> retryAfterSeconds;
    QByteArray body;
    QByteArray etag, lastModified;
    QString fileName;   // what the import history shows
    ImportOptions options;
    ImportReport report; // the dry run's counts and first rows; after apply, the real ones
    bool incremental = false;  // prices: asked only for days from shortly before the last stored one
    bool wholeHistory = false; // prices: re-fetched from the start because past values changed
    QString urlTemplate, providerSymbol; // prices: to ask again for the whole history
    QString asOf;       // latest day in the fetched data
    qint64 downloadMs = 0;

    QString label() const { return symbol.isEmpty() ? feed : feed + u' ' + symbol; }
    bool hasChanges() const { return state == State::Ready && report.added + report.updated > 0; }
    // One line, as `stratos update` prints it.
    QString line() const;
};

struct CheckOptions
{
    QStringList names;              // empty = every enabled feed
    bool networkAllowed = false;    // the user turned updates on (the CLI implies it)
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &label, qint64 received, qint64 total)> progress;
    std::function<void(const FeedItem &item)> itemChecked;
    QDateTime now;                  // default: the current time
};

class FeedUpdater
{
public:
    explicit FeedUpdater(QSqlDatabase db) : m_db(std::move(db)), m_feeds(m_db) {}

    // Fails only when the feeds cannot be read or a name is unknown.
    Result<QList<FeedItem>> check(const CheckOptions &options);
    // Writes the Ready items in `keep` (all when empty) and records every
    // item's check on its feed. Returns false when any item failed.
    bool apply(QList<FeedItem> &items, const QStringList &keep = {}, const std::atomic_bool *cancel = nullptr);

private:
    QList<FeedItem> plan(const feeds::Feed &feed, const QDateTime &now, QString *error);
    void fetch(QList<FeedItem> &items, const CheckOptions &options);
    void dryRun(FeedItem &item, const std::atomic_bool *cancel);
    void takeResult(FeedItem &item, const net::FetchResult &r);
    void fetchMorePages(FeedItem &item, const CheckOptions &options);

    QSqlDatabase m_db;
    FeedStore m_feeds;
    QHash<QString, qint64> m_maxBytes; // per feed
};

} // namespace stratos
