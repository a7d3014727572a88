// Read queries behind the comparison charts; the rest of Repository is in repository.cpp.
#include "repository.h"
#include "dialect.h"
#include "query_log.h"
#include "row_reader.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

QString lowerBound(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("0000"); }
// launched_at may carry a time: "2025-01-27T12:00" sorts after "2025-01-27", so bound with the next day.
QString upperBound(QDate d) { return d.isValid() ? d.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999"); }

} // namespace

QList<ConstellationLaunch> Repository::constellationLaunches(QDate from, QDate to) const
{
    return selectRows(m_db,
                      QStringLiteral("SELECT p.constellation, l.tag, substr(l.launched_at, 1, 10), count(*) FROM payload p "
                                     "JOIN launch l ON l.id = p.launch_id WHERE p.constellation IS NOT NULL "
                                     "AND l.outcome = 'success' AND l.launched_at >= ? AND l.launched_at < ? "
                                     "GROUP BY p.constellation, l.id ORDER BY p.constellation, l.launched_at, l.tag"),
                      {lowerBound(from), upperBound(to)}, "reading constellation launches", [](const QSqlQuery &q) {
                          return ConstellationLaunch{q.value(0).toString(), q.value(1).toString(), isoDay(q.value(2)),
                                                     q.value(3).toInt()};
                      });
}

QList<LaunchTally> Repository::launchTallies(QDate from, QDate to) const
{
    return selectRows(m_db,
                      QStringLiteral("SELECT CAST(substr(launched_at, 1, 4) AS INTEGER) AS y, "
                                     "coalesce(nullif(country, ''), '?'), count(*), "
                                     "count(CASE WHEN outcome = 'success' THEN 1 END) FROM launch "
                                     "WHERE launched_at >= ? AND launched_at < ? GROUP BY y, 2 ORDER BY y, 2"),
                      {lowerBound(from), upperBound(to)}, "counting launches", [](const QSqlQuery &q) {
                          return LaunchTally{q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(),
                                             q.value(3).toInt()};
                      });
}

} // namespace stratos
