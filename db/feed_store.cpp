#include "feed_store.h"

#include <algorithm>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

// Binds values in order and runs the statement.
Status run(QSqlDatabase db, const QString &sql, const QVariantList &binds, const QString &what,
           int *rowsAffected = nullptr)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(what, q);
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return {};
}

QString iso(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

QVariant orNull(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }

// The one place a feed row becomes a Feed.
const char *kFeedColumns = "name, url, importer, enabled, max_bytes, note, last_checked, last_success, "
                           "last_result, etag, last_modified, as_of";

Result<feeds::Feed> feedFromRow(const QSqlQuery &q)
{
    feeds::Feed f;
    f.name = q.value(0).toString();
    f.url = q.value(1).toString();
    const auto kind = feeds::kindFromName(q.value(2).toString());
    if (!kind)
        return Error{QStringLiteral("feed %1 names an importer Stratos does not know: %2").arg(f.name, q.value(2).toString())};
    f.kind = *kind;
    f.enabled = q.value(3).toInt() != 0;
    f.maxBytes = q.value(4).toLongLong();
    f.note = q.value(5).toString();
    f.lastChecked = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    f.lastSuccess = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    f.lastResult = q.value(8).toString();
    f.etag = q.value(9).toByteArray();
    f.lastModified = q.value(10).toByteArray();
    f.asOf = q.value(11).toString();
    return f;
}

} // namespace

Result<QList<feeds::Feed>> FeedStore::feeds() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM feed ORDER BY position, name").arg(QLatin1String(kFeedColumns))))
        return sqlError(QStringLiteral("cannot read the feeds"), q);
    QList<feeds::Feed> out;
    while (q.next()) {
        auto f = feedFromRow(q);
        if (!f)
            return f.error();
        out.append(*f);
    }
    return out;
}

Result<feeds::Feed> FeedStore::feed(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM feed WHERE name = ?").arg(QLatin1String(kFeedColumns)));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(QStringLiteral("cannot read feed %1").arg(name), q);
    if (!q.next())
        return Error{QStringLiteral("no feed named '%1'").arg(name)};
    return feedFromRow(q);
}

Status FeedStore::setUrl(const QString &name, const QString &url)
{
    const QUrl parsed = feeds::expandUrl(url, QStringLiteral("SYMBOL"), 0, 0); // placeholders filled
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return Error{QStringLiteral("expected an http(s) URL, found '%1'").arg(url)};
    auto f = feed(name);
    if (!f)
        return f.error();
    QString importer = feeds::kindName(f->kind);
    if (feeds::isPrices(f->kind)) {
        if (parsed.host().endsWith(u"stooq.com") || parsed.host().endsWith(u"stooq.pl"))
            importer = QStringLiteral("stooq");
        else if (parsed.host().contains(u"finance.yahoo.com"))
            importer = QStringLiteral("yahoo");
    }
    // A new URL means new validators: the old ETag belongs to the old file.
    return run(m_db, QStringLiteral("UPDATE feed SET url = ?, importer = ?, etag = NULL, last_modified = NULL WHERE name = ?"),
               {url, importer, name}, QStringLiteral("cannot change feed %1").arg(name));
}

Status FeedStore::setEnabled(const QString &name, bool enabled)
{
    int rows = 0;
    if (Status s = run(m_db, QStringLiteral("UPDATE feed SET enabled = ? WHERE name = ?"), {enabled ? 1 : 0, name},
                       QStringLiteral("cannot change feed %1").arg(name), &rows);
        !s)
        return s;
    if (rows == 0)
        return Error{QStringLiteral("no feed named '%1'").arg(name)};
    return {};
}

Result<QList<TrackedSymbol>> FeedStore::trackedSymbols() const
{
    QMap<QString, TrackedSymbol> bySymbol;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.symbol, s.adjusted, max(p.day), count(p.day) FROM security s "
                               "LEFT JOIN price_bar p ON p.security_id = s.id GROUP BY s.id")))
        return sqlError(QStringLiteral("cannot read the securities"), q);
    while (q.next()) {
        TrackedSymbol t;
        t.symbol = q.value(0).toString();
        t.inStore = true;
        t.adjusted = q.value(1).toInt() != 0;
        t.lastDay = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        t.bars = q.value(3).toInt();
        bySymbol.insert(t.symbol, t);
    }
    if (!q.exec(QStringLiteral("SELECT symbol, tracked, yahoo, stooq, etag, last_modified FROM feed_symbol")))
        return sqlError(QStringLiteral("cannot read the tracked symbols"), q);
    while (q.next()) {
        const QString symbol = q.value(0).toString();
        if (q.value(1).toInt() == 0) {
            bySymbol.remove(symbol);
            continue;
        }
        TrackedSymbol &t = bySymbol[symbol];
        t.symbol = symbol;
        t.yahoo = q.value(2).toString();
        t.stooq = q.value(3).toString();
        t.etag = q.value(4).toByteArray();
        t.lastModified = q.value(5).toByteArray();
    }
    QList<TrackedSymbol> out;
    for (TrackedSymbol t : std::as_const(bySymbol)) {
        if (t.yahoo.isEmpty())
            t.yahoo = feeds::defaultProviderSymbol(feeds::Kind::Yahoo, t.symbol);
        if (t.stooq.isEmpty())
            t.stooq = feeds::defaultProviderSymbol(feeds::Kind::Stooq, t.symbol);
        out.append(t);
    }
    return out;
}

Status FeedStore::track(const QString &symbol)
{
    return run(m_db, QStringLiteral("INSERT INTO feed_symbol(symbol, tracked) VALUES (?, 1) "
                                    "ON CONFLICT(symbol) DO UPDATE SET tracked = 1"),
               {symbol}, QStringLiteral("cannot track %1").arg(symbol));
}

Status FeedStore::untrack(const QString &symbol)
{
    return run(m_db, QStringLiteral("INSERT INTO feed_symbol(symbol, tracked) VALUES (?, 0) "
                                    "ON CONFLICT(symbol) DO UPDATE SET tracked = 0"),
               {symbol}, QStringLiteral("cannot stop tracking %1").arg(symbol));
}

Status FeedStore::mapSymbol(const QString &symbol, feeds::Kind provider, const QString &spelling)
{
    if (!feeds::isPrices(provider))
        return Error{QStringLiteral("only price providers (yahoo, stooq) spell symbols their own way")};
    const QString column = provider == feeds::Kind::Stooq ? QStringLiteral("stooq") : QStringLiteral("yahoo");
    return run(m_db, QStringLiteral("INSERT INTO feed_symbol(symbol, tracked, %1) VALUES (?, 1, ?) "
                                    "ON CONFLICT(symbol) DO UPDATE SET %1 = excluded.%1").arg(column),
               {symbol, orNull(spelling)}, QStringLiteral("cannot map %1").arg(symbol));
}

Status FeedStore::recordFeedCheck(const QString &name, const QDateTime &at, bool success, const QString &result,
                                  const QByteArray &etag, const QByteArray &lastModified)
{
    return run(m_db,
               QStringLiteral("UPDATE feed SET last_checked = ?, last_result = ?, "
                              "last_success = CASE WHEN ? THEN ? ELSE last_success END, "
                              "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE name = ?"),
               {iso(at), result, success ? 1 : 0, iso(at), orNull(QString::fromLatin1(etag)),
                orNull(QString::fromLatin1(lastModified)), name},
               QStringLiteral("cannot record the check of feed %1").arg(name));
}

Status FeedStore::recordSymbolCheck(const QString &symbol, const QDateTime &at, const QString &result,
                                    const QByteArray &etag, const QByteArray &lastModified)
{
    return run(m_db,
               QStringLiteral("INSERT INTO feed_symbol(symbol, tracked, last_checked, last_result, etag, last_modified) "
                              "VALUES (?, 1, ?, ?, ?, ?) ON CONFLICT(symbol) DO UPDATE SET "
                              "last_checked = excluded.last_checked, last_result = excluded.last_result, "
                              "etag = coalesce(excluded.etag, etag), "
                              "last_modified = coalesce(excluded.last_modified, last_modified)"),
               {symbol, iso(at), result, orNull(QString::fromLatin1(etag)), orNull(QString::fromLatin1(lastModified))},
               QStringLiteral("cannot record the check of %1").arg(symbol));
}

Status FeedStore::setAsOf(const QString &name, const QString &asOf)
{
    return run(m_db, QStringLiteral("UPDATE feed SET as_of = ? WHERE name = ?"), {orNull(asOf), name},
               QStringLiteral("cannot record feed %1's date").arg(name));
}

QString FeedStore::datasetAsOf(feeds::Kind kind) const
{
    QString sql;
    switch (kind) {
    case feeds::Kind::Epoch:
        sql = QStringLiteral("SELECT max(released_on) FROM ai_model");
        break;
    case feeds::Kind::Gcat:
    case feeds::Kind::Ll2:
    case feeds::Kind::Psatcat:
        sql = QStringLiteral("SELECT substr(max(launched_at), 1, 10) FROM launch");
        break;
    case feeds::Kind::Yahoo:
    case feeds::Kind::Stooq:
        // The newest day of each security through the (security_id, day) key:
        // a plain max(day) reads every bar, and the status bar asks at start-up
        // and every chart's source line on each redraw of its data.
        sql = QStringLiteral("SELECT max((SELECT max(day) FROM price_bar WHERE security_id = s.id)) FROM security s");
        break;
    }
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace stratos
