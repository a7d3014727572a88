// Read queries behind the comparison charts; the rest of Repository is in repository.cpp.
#include "repository.h"
#include "dialect.h"
#include "query_log.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

QString lowerBound(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("0000"); }
// launched_at may carry a time: "2025-01-27T12:00" sorts after "2025-01-27", so bound with the next day.
QString upperBound(QDate d) { return d.isValid() ? d.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999"); }

std::optional<double> optDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

QList<ModelPrice> Repository::modelPrices() const
{
    QList<ModelPrice> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.exec(QStringLiteral(
        "SELECT m.name, o.name, m.country, m.released_on, m.api_input_usd_per_mtok, "
        "m.api_output_usd_per_mtok, coalesce(ps.title, s.title), coalesce(ps.url, s.url) "
        "FROM ai_model m LEFT JOIN organization o ON o.id = m.organization_id "
        "JOIN source s ON s.id = m.source_id LEFT JOIN source ps ON ps.id = m.price_source_id "
        "WHERE m.api_output_usd_per_mtok IS NOT NULL ORDER BY m.released_on, m.name"));
    logIfFailed(q, "reading model prices");
    while (q.next()) {
        ModelPrice p;
        p.model = q.value(0).toString();
        p.organization = q.value(1).toString();
        p.country = q.value(2).toString();
        p.releasedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        p.inputUsdPerMTok = optDouble(q.value(4));
        p.outputUsdPerMTok = optDouble(q.value(5));
        p.sourceTitle = q.value(6).toString();
        p.sourceUrl = q.value(7).toString();
        out.append(p);
    }
    return out;
}

QList<ConstellationLaunch> Repository::constellationLaunches(QDate from, QDate to) const
{
    QList<ConstellationLaunch> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.prepare(QStringLiteral(
        "SELECT p.constellation, l.tag, substr(l.launched_at, 1, 10), count(*) FROM payload p "
        "JOIN launch l ON l.id = p.launch_id WHERE p.constellation IS NOT NULL "
        "AND l.outcome = 'success' AND l.launched_at >= ? AND l.launched_at < ? "
        "GROUP BY p.constellation, l.id ORDER BY p.constellation, l.launched_at, l.tag"));
    q.addBindValue(lowerBound(from));
    q.addBindValue(upperBound(to));
    q.exec();
    logIfFailed(q, "reading constellation launches");
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
                    QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt()});
    return out;
}

QList<LaunchTally> Repository::launchTallies(QDate from, QDate to) const
{
    QList<LaunchTally> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.prepare(QStringLiteral(
        "SELECT CAST(substr(launched_at, 1, 4) AS INTEGER) AS y, coalesce(nullif(country, ''), '?'), "
        "count(*), count(CASE WHEN outcome = 'success' THEN 1 END) FROM launch WHERE launched_at >= ? AND launched_at < ? "
        "GROUP BY y, 2 ORDER BY y, 2"));
    q.addBindValue(lowerBound(from));
    q.addBindValue(upperBound(to));
    q.exec();
    logIfFailed(q, "counting launches");
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

} // namespace stratos
