#include "series_ends.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

Result<QList<SeriesEnd>> priceSeriesEnds(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.symbol, max(p.day) FROM price_bar p "
                               "JOIN security s ON s.id = p.security_id GROUP BY s.symbol")))
        return Error{QStringLiteral("cannot read the last day of each price series: %1").arg(q.lastError().text())};
    QList<SeriesEnd> out;
    while (q.next())
        out.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate)});
    return out;
}

} // namespace stratos
