#pragma once
// Feeds as plain values: which importer reads a feed, how a prices URL is
// filled for one security, how each provider spells a symbol, and the first
// check on a downloaded body (an HTML page where a CSV was expected).

#include "import/parsed.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace stratos::feeds {

enum class Kind { Epoch, Gcat, Ll2, Yahoo, Stooq, Psatcat };

std::optional<Kind> kindFromName(const QString &name); // "epoch", "gcat", ...
QString kindName(Kind kind);
bool isPrices(Kind kind);
// The importer format a feed's body goes through; nullopt when Stratos has none yet.
std::optional<import::Format> importFormat(Kind kind);
// What the body should be, for messages: "a CSV", "a TSV", "JSON".
QString expectedContent(Kind kind);

struct Feed
{
    QString name;
    QString url;         // a template for prices: {symbol}, {from}, {to}
    Kind kind = Kind::Epoch;
    bool enabled = true;
    qint64 maxBytes = 64 << 20;
    QString note;
    QDateTime lastChecked, lastSuccess; // UTC
    QString lastResult;
    QByteArray etag, lastModified;
    QString asOf;
};

// Fills {symbol}, {from} and {to} (Unix seconds; from = 0 means the whole history).
QUrl expandUrl(const QString &urlTemplate, const QString &providerSymbol, qint64 from, qint64 to);

// The provider's default spelling: Yahoo uses Stratos's symbols as they are
// (^IXIC, 0700.HK); Stooq wants lower case, US shares as "nvda.us" and its own
// index names.
QString defaultProviderSymbol(Kind provider, const QString &symbol);

// nullopt when the body may be what the feed expects; otherwise the message
// ("expected a CSV, got an HTML page titled 'Just a moment...'").
std::optional<QString> wrongContent(Kind kind, const QByteArray &body, const QByteArray &contentType);

} // namespace stratos::feeds
