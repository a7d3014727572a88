#pragma once
// Reading a list from the store: one query, one value a row. The loop around
// an entity's mapping lives here once, and a failed query always reaches the
// log saying what was being read (query_log.h) instead of passing for an empty
// table; each entity's mapping from a row stays in one function of its own.

#include "dialect.h"
#include "query_log.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>
#include <optional>
#include <type_traits>
#include <utility>

namespace stratos {

// A nullable REAL column.
inline std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// A day stored as ISO text ("2025-01-27"); invalid when NULL.
inline QDate isoDay(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Runs sql on db, its ? placeholders bound to values in order, streaming rows
// where the dialect allows (sql::streamRows). Failures are q's to report.
inline void execSelect(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    sql::streamRows(q);
    if (values.isEmpty()) {
        q.exec(sql);
        return;
    }
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
}

// Every row of the query mapped by map(const QSqlQuery &), or the failure as
// "<what>: <error>" for callers that return it.
template <typename Map>
auto trySelectRows(QSqlDatabase db, const QString &sql, const QVariantList &values, const QString &what, Map &&map)
    -> Result<QList<std::decay_t<decltype(map(std::declval<const QSqlQuery &>()))>>>
{
    QSqlQuery q(db);
    execSelect(q, sql, values);
    if (!q.isActive())
        return Error{QStringLiteral("%1: %2").arg(what, q.lastError().text())};
    QList<std::decay_t<decltype(map(q))>> out;
    while (q.next())
        out.append(map(q));
    return out;
}

// The same for readers that have no error to return: empty, and logged as
// "while <what>: <error>", when the query failed.
template <typename Map>
auto selectRows(QSqlDatabase db, const QString &sql, const QVariantList &values, const char *what, Map &&map)
{
    auto rows = trySelectRows(db, sql, values, QLatin1String(what), std::forward<Map>(map));
    if (!rows) {
        qCWarning(lcStore).noquote() << QStringLiteral("while %1").arg(rows.error().message);
        return std::decay_t<decltype(*rows)>{};
    }
    return std::move(*rows);
}

template <typename Map>
auto selectRows(QSqlDatabase db, const QString &sql, const char *what, Map &&map)
{
    return selectRows(db, sql, QVariantList{}, what, std::forward<Map>(map));
}

} // namespace stratos
