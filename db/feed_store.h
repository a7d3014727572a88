#pragma once
// The feeds and tracked symbols kept in the store (migration 0006): reading
// them, changing a URL, turning a feed on or off, tracking a symbol, mapping
// a symbol to a provider's spelling, and recording what a check found.

#include "feeds/feed.h"
#include "util/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace stratos {

struct TrackedSymbol
{
    QString symbol;          // as Stratos spells it
    QString yahoo, stooq;    // the provider's spelling (the default when not mapped)
    bool inStore = false;    // a security row exists
    bool adjusted = false;   // the series' basis in the store
    QDate lastDay;           // its latest bar, invalid when it has none
    int bars = 0;
    QByteArray etag, lastModified;
    QString providerSymbol(feeds::Kind provider) const { return provider == feeds::Kind::Stooq ? stooq : yahoo; }
};

class FeedStore
{
public:
    explicit FeedStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<feeds::Feed>> feeds() const;
    Result<feeds::Feed> feed(const QString &name) const;

    // A URL on stooq.com switches a prices feed to the Stooq reader, a Yahoo
    // URL back to the chart reader; other feeds keep their importer.
    Status setUrl(const QString &name, const QString &url);
    Status setEnabled(const QString &name, bool enabled);

    // Every security in the store not untracked, plus symbols tracked before
    // they have a row; sorted by symbol.
    Result<QList<TrackedSymbol>> trackedSymbols() const;
    Status track(const QString &symbol);
    Status untrack(const QString &symbol);
    Status mapSymbol(const QString &symbol, feeds::Kind provider, const QString &spelling);

    // After a check was applied (or found nothing new): when, what it printed,
    // and the validators for the next conditional request (empty = keep).
    Status recordFeedCheck(const QString &name, const QDateTime &at, bool success, const QString &result,
                           const QByteArray &etag, const QByteArray &lastModified);
    Status recordSymbolCheck(const QString &symbol, const QDateTime &at, const QString &result,
                             const QByteArray &etag, const QByteArray &lastModified);
    Status setAsOf(const QString &name, const QString &asOf);

    // The dataset's latest row for a feed of this kind ("2026-09-28"), empty when none.
    QString datasetAsOf(feeds::Kind kind) const;

private:
    QSqlDatabase m_db;
};

} // namespace stratos
