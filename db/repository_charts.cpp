// Read queries behind the comparison charts; the rest of Repository is in repository.cpp.
#include "repository.h"
#include "dialect.h"
#include "query_log.h"
#include "row_reader.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

// The rows of a launch query whose two placeholders bound launched_at to the
// days from..to (either invalid: unbounded). launched_at may carry a time:
// "2025-01-27T12:00" sorts after "2025-01-27", so the upper bound is the next day.
template <typename Map>
auto launchesBetween(QSqlDatabase db, const QString &sql, QDate from, QDate to, const char *what, Map &&map)
{
    return selectRows(db, sql,
                      {from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"),
                       to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999")},
                      what, std::forward<Map>(map));
}

} // namespace

QList<ConstellationLaunch> Repository::constellationLaunches(QDate from, QDate to) const
{
    return launchesBetween(
        m_db,
        QStringLiteral(
            "SELECT p.constellation, l.tag, substr(l.launched_at, 1, 10), count(*) FROM payload p "
            "JOIN launch l ON l.id = p.launch_id WHERE p.constellation IS NOT NULL "
            "AND l.outcome = 'success' AND l.launched_at >= ? AND l.launched_at < ? "
            "GROUP BY p.constellation, l.id ORDER BY p.constellation, l.launched_at, l.tag"),
        from, to, "reading constellation launches", [](const QSqlQuery &q) {
            return ConstellationLaunch{q.value(0).toString(), q.value(1).toString(),
                                       isoDay(q.value(2)), q.value(3).toInt()};
        });
}

QList<LaunchTally> Repository::launchTallies(QDate from, QDate to) const
{
    return launchesBetween(
        m_db,
        QStringLiteral("SELECT CAST(substr(launched_at, 1, 4) AS INTEGER) AS y, "
                       "coalesce(nullif(country, ''), '?'), count(*), "
                       "count(CASE WHEN outcome = 'success' THEN 1 END) FROM launch "
                       "WHERE launched_at >= ? AND launched_at < ? GROUP BY y, 2 ORDER BY y, 2"),
        from, to, "counting launches", [](const QSqlQuery &q) {
            return LaunchTally{q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(),
                               q.value(3).toInt()};
        });
}

} // namespace stratos
