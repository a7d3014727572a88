#pragma once
// How many rows each chart's CSV must have, counted straight from the store in
// SQL (independently of the chart code), for the options the tests use.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace stratos::test {

struct ChartCase
{
    QString id;
    QStringList args; // extra export-chart arguments
    QString countSql; // SELECT count(*) ... for exactly those arguments
};

inline QList<ChartCase> chartCases()
{
    const QString groups = QStringLiteral(
        "CASE WHEN country IN ('US','CN','FR','GB') THEN country ELSE 'Other' END");
    return {
        {"models.training-cost", {},
         "SELECT count(*) FROM ai_model WHERE training_cost_usd > 0 AND coalesce(released_on, '') != ''"},
        {"models.api-price", {"--series", "DeepSeek-R1,o1,GPT-4o,DeepSeek-V3"},
         "SELECT count(*) FROM ai_model WHERE api_output_usd_per_mtok IS NOT NULL AND name IN "
         "('DeepSeek-R1','o1','GPT-4o','DeepSeek-V3')"},
        {"models.per-quarter", {},
         "SELECT count(*) FROM (SELECT CAST(substr(released_on, 1, 4) AS INTEGER) * 4 + "
         "(CAST(substr(released_on, 6, 2) AS INTEGER) - 1) / 3 AS q, " + groups +
             " AS g FROM ai_model WHERE coalesce(released_on, '') != '' GROUP BY q, g) AS t"},
        {"models.compute", {},
         "SELECT count(*) FROM ai_model WHERE training_compute_flop > 0 AND coalesce(released_on, '') != ''"},
        {"markets.rebased", {"--series", "NVDA,^IXIC", "--from", "2024-10-01", "--to", "2025-03-31"},
         "SELECT count(*) FROM price_bar p JOIN security s ON s.id = p.security_id WHERE s.symbol IN "
         "('NVDA','^IXIC') AND p.day BETWEEN '2024-10-01' AND '2025-03-31'"},
        {"markets.daily-change", {"--series", "NVDA,^IXIC,TSM", "--from", "2024-12-01", "--to", "2025-02-28"},
         // A day counts when it has a previous close (the store's first bar has none).
         "SELECT count(*) FROM price_bar p JOIN security s ON s.id = p.security_id WHERE s.symbol IN "
         "('NVDA','^IXIC','TSM') AND p.day BETWEEN '2024-12-01' AND '2025-02-28' AND p.day > "
         "(SELECT min(day) FROM price_bar WHERE security_id = s.id)"},
        {"space.launches-per-year", {},
         "SELECT count(*) FROM (SELECT substr(launched_at, 1, 4) AS y, CASE WHEN "
         "coalesce(nullif(country, ''), '?') IN (SELECT coalesce(nullif(country, ''), '?') AS c FROM launch "
         "GROUP BY c ORDER BY count(*) DESC, c LIMIT 5) THEN coalesce(nullif(country, ''), '?') ELSE 'Other' END "
         "AS g FROM launch GROUP BY y, g) AS t"},
        // One row per launch that carried a constellation's satellites, and one
        // "operating on D" row per constellation the payload catalogue has by D.
        {"space.constellations", {},
         "SELECT (SELECT count(*) FROM (SELECT DISTINCT p.constellation, l.id FROM payload p JOIN launch l ON "
         "l.id = p.launch_id WHERE l.outcome = 'success' AND p.constellation IN "
         "('Starlink','Kuiper','OneWeb','Guowang','Qianfan')) AS t) + "
         "(SELECT count(DISTINCT constellation) FROM satellite_status WHERE constellation IN "
         "('Starlink','Kuiper','OneWeb','Guowang','Qianfan') AND "
         "launched_on <= (SELECT max(as_of) FROM satellite_status))"},
    };
}

inline int countRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace stratos::test
