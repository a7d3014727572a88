#include "satellite_counts.h"
#include "dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {

Result<InServiceCounts> inServiceOn(QSqlDatabase db, QDate day)
{
    InServiceCounts out;
    out.day = day;
    out.asOf = latestCatalogueDay(db);
    const QString d = day.toString(Qt::ISODate);
    QSqlQuery q(db);
    sql::streamRows(q);
    // ISO text compares as dates; a TDate GCAT gives only to the month or year
    // ("1965") sorts before any day in it, so it counts as ended from its start.
    q.prepare(QStringLiteral(
        "SELECT constellation, "
        "       count(CASE WHEN launched_on <= :d THEN 1 END), "
        "       count(CASE WHEN launched_on <= :d AND (operating = 1 OR ended_on > :d) THEN 1 END) "
        "FROM satellite_status WHERE constellation IS NOT NULL "
        "GROUP BY constellation ORDER BY constellation"));
    q.bindValue(QStringLiteral(":d"), d);
    if (!q.exec())
        return Error{QStringLiteral("cannot count satellites in service: %1").arg(q.lastError().text())};
    while (q.next())
        out.rows.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

QDate latestCatalogueDay(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT max(as_of) FROM satellite_status")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

} // namespace stratos

namespace stratos {

QString inServiceCsv(const InServiceCounts &counts)
{
    const QString day = counts.day.toString(Qt::ISODate);
    QString out = QStringLiteral("# Source: GCAT payload catalogue (psatcat), J. McDowell, "
                                 "planet4589.org, CC BY 4.0; updated %1\n")
                      .arg(counts.asOf.toString(Qt::ISODate));
    if (counts.beyondCatalogue())
        out += QStringLiteral("# operating is as of %1, the catalogue's update day\n")
                   .arg(counts.asOf.toString(Qt::ISODate));
    out += QStringLiteral("constellation,launched_by_%1,operating_on_%1\n").arg(day);
    for (const ConstellationInService &c : counts.rows)
        out += QStringLiteral("%1,%2,%3\n").arg(c.constellation).arg(c.launched).arg(c.operating);
    return out;
}

} // namespace stratos
