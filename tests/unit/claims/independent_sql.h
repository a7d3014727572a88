#pragma once
// The store's figure for a claim, computed by queries written separately from
// the checker's (window functions instead of "last bar before", counts in SQL
// instead of in C++), so a test can hold the checker to them.

#include "claims/claim.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace stratos::test {

struct IndependentFigure
{
    bool isNumber = true;
    double number = 0;
    QString text;
};

inline std::optional<IndependentFigure> independentFigure(const QSqlDatabase &db, const claims::Claim &c, const QDate &docDate)
{
    using claims::Measure;
    QSqlQuery q(db);
    auto scalar = [&q]() -> std::optional<IndependentFigure> {
        if (!q.exec() || !q.next() || q.value(0).isNull())
            return std::nullopt;
        return IndependentFigure{true, q.value(0).toDouble(), q.value(0).toString()};
    };
    const QString day = c.date.date.toString(Qt::ISODate);
    switch (c.measure) {
    case Measure::PriceMove:
    case Measure::ClosePrice: {
        QString asked = day;
        if (c.date.precision != claims::DatePrecision::Day) {
            // No day in the text: the store's market events about the security in the
            // period; of several, the one about every security moving with it.
            const QString companions = c.sameDay.isEmpty() ? QStringLiteral("''") : QStringLiteral("'") + c.sameDay.join(QStringLiteral("','")) + u'\'';
            q.prepare(QStringLiteral(
                "WITH ev AS (SELECT DISTINCT e.id, e.day FROM event e JOIN event_link l ON l.event_id = e.id "
                "  WHERE e.lane = 'market' AND e.hidden = 0 AND l.entity_kind = 'security' AND l.entity_key = ? "
                "  AND e.day BETWEEN ? AND ?), "
                "withall AS (SELECT ev.day FROM ev WHERE (SELECT count(DISTINCT entity_key) FROM event_link WHERE event_id = ev.id "
                "  AND entity_kind = 'security' AND entity_key IN (%1)) = %2) "
                "SELECT CASE WHEN (SELECT count(*) FROM ev) = 1 THEN (SELECT day FROM ev) "
                "WHEN (SELECT count(*) FROM withall) = 1 AND %2 > 0 THEN (SELECT day FROM withall) END")
                          .arg(companions).arg(c.sameDay.size()));
            q.addBindValue(c.entity);
            q.addBindValue(c.date.periodStart.toString(Qt::ISODate));
            q.addBindValue(c.date.periodEnd.toString(Qt::ISODate));
            if (!q.exec() || !q.next() || q.value(0).isNull())
                return std::nullopt;
            asked = q.value(0).toString();
        }
        if (c.measure == Measure::ClosePrice)
            q.prepare(QStringLiteral("SELECT close FROM price_bar WHERE security_id = "
                                     "(SELECT id FROM security WHERE symbol = ?) AND day = ?"));
        else
            q.prepare(QStringLiteral(
                "SELECT 100.0 * (close - prev) / prev FROM (SELECT pb.day, pb.close, lag(pb.close) OVER (ORDER BY pb.day) AS prev "
                "FROM price_bar pb JOIN security s ON s.id = pb.security_id WHERE s.symbol = ?) WHERE day = ?"));
        q.addBindValue(c.entity);
        q.addBindValue(asked);
        return scalar();
    }
    case Measure::ApiInputPrice:
    case Measure::ApiOutputPrice:
    case Measure::TrainingCost:
    case Measure::Parameters: {
        const char *col = c.measure == Measure::ApiInputPrice    ? "api_input_usd_per_mtok"
                          : c.measure == Measure::ApiOutputPrice ? "api_output_usd_per_mtok"
                          : c.measure == Measure::TrainingCost   ? "training_cost_usd"
                                                                 : "parameters";
        q.prepare(QStringLiteral("SELECT %1 FROM ai_model WHERE name = ?").arg(QLatin1String(col)));
        q.addBindValue(c.entity);
        return scalar();
    }
    case Measure::ReleaseDate: {
        q.prepare(QStringLiteral("SELECT substr(released_on, 1, 10) FROM ai_model WHERE name = ?"));
        q.addBindValue(c.entity);
        auto r = scalar();
        if (r)
            r->isNumber = false;
        return r;
    }
    case Measure::SatellitesLaunched:
        q.prepare(QStringLiteral("SELECT count(*) FROM payload p, launch l WHERE l.id = p.launch_id AND p.constellation = ? "
                                 "AND date(l.launched_at) <= ?"));
        q.addBindValue(c.entity);
        q.addBindValue(c.date.last().toString(Qt::ISODate));
        return scalar();
    case Measure::SatellitesInYear:
    case Measure::LaunchesInYear: {
        const int y = c.date.date.year();
        QDate to(y, 12, 31);
        if (docDate.isValid() && docDate.year() == y)
            to = docDate;
        q.prepare(QStringLiteral("SELECT %1 FROM payload p, launch l WHERE l.id = p.launch_id AND p.constellation = ? "
                                 "AND date(l.launched_at) BETWEEN ? AND ?")
                      .arg(c.measure == Measure::LaunchesInYear ? QStringLiteral("count(DISTINCT l.id)") : QStringLiteral("count(*)")));
        q.addBindValue(c.entity);
        q.addBindValue(QStringLiteral("%1-01-01").arg(y));
        q.addBindValue(to.toString(Qt::ISODate));
        return scalar();
    }
    case Measure::SatellitesOperating: {
        // Counted the other way round: every satellite launched by then, less those
        // not marked operating whose end (if given) came by then.
        const QString last = c.date.last().toString(Qt::ISODate);
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM satellite_status WHERE constellation = ? AND launched_on <= ?) - "
                                 "(SELECT count(*) FROM satellite_status WHERE constellation = ? AND launched_on <= ? "
                                 "AND operating = 0 AND (ended_on IS NULL OR ended_on <= ?))"));
        q.addBindValue(c.entity);
        q.addBindValue(last);
        q.addBindValue(c.entity);
        q.addBindValue(last);
        q.addBindValue(last);
        return scalar();
    }
    case Measure::NthSatellite: {
        q.prepare(QStringLiteral("SELECT date(l.launched_at) FROM payload p JOIN launch l ON l.id = p.launch_id "
                                 "WHERE p.constellation = ? ORDER BY l.launched_at, l.tag LIMIT 1 OFFSET ?"));
        q.addBindValue(c.entity);
        q.addBindValue(c.ordinal - 1);
        auto r = scalar();
        if (r)
            r->isNumber = false;
        return r;
    }
    default: return std::nullopt;
    }
}

} // namespace stratos::test
