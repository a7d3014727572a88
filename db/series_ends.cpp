#include "series_ends.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

Result<QList<SeriesEnd>> priceSeriesEnds(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One lookup per security through the (security_id, day) key, not a
    // grouped scan of every bar: the status bar asks at start-up.
    // (An alias in WHERE is SQLite's; the derived table works on PostgreSQL too.)
    if (!q.exec(QStringLiteral("SELECT symbol, last FROM (SELECT s.symbol AS symbol, (SELECT max(day) FROM price_bar "
                               "WHERE security_id = s.id) AS last FROM security s) AS t WHERE last IS NOT NULL")))
        return Error{QStringLiteral("cannot read the last day of each price series: %1").arg(q.lastError().text())};
    QList<SeriesEnd> out;
    while (q.next())
        out.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)});
    return out;
}

} // namespace stratos
