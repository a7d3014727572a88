#include "repository.h"
#include "dialect.h"
#include "query_log.h"
#include "row_columns.h"
#include "row_reader.h"

#include "event_rows.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {

QList<TableCount> Repository::tableCounts() const
{
    static const QList<QPair<QString, QString>> tables = {
        {"models", "ai_model"},      {"organizations", "organization"}, {"securities", "security"},
        {"price_bars", "price_bar"}, {"launches", "launch"},            {"payloads", "payload"},
        // An event is a row of `event` the timeline shows: curated ones the user hid are not counted.
        {"events", "event WHERE hidden = 0"}, {"documents", "document"},  {"passages", "passage"}};
    QList<TableCount> out;
    QSqlQuery q(m_db);
    for (const auto &[name, table] : tables) {
        TableCount c{name, 0};
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (logIfFailed(q, "counting rows for the status bar") && q.next())
            c.count = q.value(0).toLongLong();
        out.append(c);
    }
    return out;
}

namespace {

// One mapping of an ai_model row, for every reader of models: the columns
// of modelsSql() in order.
AiModel aiModel(const QSqlQuery &q)
{
    AiModel m;
    readColumns(q, 0, m.name, m.organization, m.country, m.releasedOn, m.domain, m.parameters,
                m.trainingComputeFlop, m.trainingCostUsd, m.costBasis, m.openWeights, m.apiInputUsdPerMTok,
                m.apiOutputUsdPerMTok, m.sourceTitle, m.sourceUrl);
    return m;
}

// The models (m) with their organization (o) and source (s; a price's own
// source ps may be joined too), filtered and ordered by `rest`.
QString modelsSql(const QString &sourceColumns, const QString &rest)
{
    return QStringLiteral("SELECT m.name, o.name, m.country, m.released_on, m.domain, m.parameters, "
                          "m.training_compute_flop, m.training_cost_usd, m.cost_basis, m.open_weights, "
                          "m.api_input_usd_per_mtok, m.api_output_usd_per_mtok, %1 "
                          "FROM ai_model m LEFT JOIN organization o ON o.id = m.organization_id "
                          "JOIN source s ON s.id = m.source_id %2")
        .arg(sourceColumns, rest);
}

} // namespace

QList<AiModel> Repository::models() const
{
    return selectRows(m_db, modelsSql(QStringLiteral("s.title, s.url"), QStringLiteral("ORDER BY m.released_on DESC, m.name")),
                      "reading the AI models", aiModel);
}

QList<AiModel> Repository::modelPrices() const
{
    return selectRows(m_db,
                      modelsSql(QStringLiteral("coalesce(ps.title, s.title), coalesce(ps.url, s.url)"),
                                QStringLiteral("LEFT JOIN source ps ON ps.id = m.price_source_id "
                                               "WHERE m.api_output_usd_per_mtok IS NOT NULL "
                                               "ORDER BY m.released_on, m.name")),
                      "reading model prices", aiModel);
}

QList<SecuritySummary> Repository::securities() const
{
    const auto summary = [](const QSqlQuery &q) {
        SecuritySummary s;
        readColumns(q, 0, s.security.symbol, s.security.name, s.security.kind, s.security.currency,
                    s.security.adjusted, s.firstDay, s.lastDay, s.hasPrices, s.lastClose);
        return s;
    };
    // One lookup per security in the (security_id, day) key: pages and charts
    // ask for this list often, and a join grouped over every price bar made
    // each call a scan of the whole table (a page's first show paid it 9 times).
    return selectRows(m_db,
                      QStringLiteral("SELECT s.symbol, s.name, s.kind, s.currency, s.adjusted, "
                                     "(SELECT min(day) FROM price_bar WHERE security_id = s.id), "
                                     "(SELECT max(day) FROM price_bar WHERE security_id = s.id), "
                                     "EXISTS (SELECT 1 FROM price_bar WHERE security_id = s.id), "
                                     "(SELECT close FROM price_bar WHERE security_id = s.id ORDER BY day DESC LIMIT 1) "
                                     "FROM security s ORDER BY s.kind DESC, s.symbol"),
                      "reading the securities", summary);
}

QList<PriceBar> Repository::priceBars(const QString &symbol, QDate from, QDate to) const
{
    const auto bar = [](const QSqlQuery &q) {
        PriceBar b;
        readColumns(q, 0, b.day, b.open, b.high, b.low, b.close, b.adjClose, b.volume);
        return b;
    };
    return selectRows(m_db,
                      QStringLiteral("SELECT p.day, p.open, p.high, p.low, p.close, p.adj_close, p.volume "
                                     "FROM price_bar p JOIN security s ON s.id = p.security_id "
                                     "WHERE s.symbol = ? AND p.day >= ? AND p.day <= ? ORDER BY p.day"),
                      {symbol, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"),
                       to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999")},
                      "reading price bars", bar);
}

QList<Launch> Repository::launches(int limit) const
{
    const auto launch = [](const QSqlQuery &q) {
        Launch l;
        readColumns(q, 0, l.tag, l.launchedAt, l.vehicle, l.site, l.country, l.operatorName, l.outcome, l.payloads);
        return l;
    };
    return selectRows(m_db,
                      QStringLiteral("SELECT l.tag, l.launched_at, l.vehicle, l.site, l.country, l.operator, "
                                     "l.outcome, (SELECT count(*) FROM payload p WHERE p.launch_id = l.id) "
                                     "FROM launch l ORDER BY l.launched_at DESC%1")
                          .arg(limit < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(limit)), // LIMIT -1 is SQLite's alone
                      "reading the launches", launch);
}

QList<ConstellationYear> Repository::constellationYears() const
{
    // Payloads per (constellation, launch) first, from the covering index
    // payload_constellation, then one launch lookup each: the overview runs
    // this on every start.
    return selectRows(m_db,
                      QStringLiteral("SELECT g.constellation, CAST(substr(l.launched_at, 1, 4) AS INTEGER) AS y, "
                                     "sum(g.n), count(*) FROM (SELECT constellation, launch_id, count(*) AS n "
                                     "FROM payload WHERE constellation IS NOT NULL GROUP BY constellation, launch_id) g "
                                     "JOIN launch l ON l.id = g.launch_id WHERE l.outcome = 'success' "
                                     "GROUP BY g.constellation, y ORDER BY g.constellation, y"),
                      "counting satellites per constellation", [](const QSqlQuery &q) {
                          return ConstellationYear{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                                                   q.value(3).toInt()};
                      });
}

QMap<int, QMap<QString, int>> Repository::launchesPerYearByCountry() const
{
    QMap<int, QMap<QString, int>> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.exec(QStringLiteral("SELECT CAST(substr(launched_at, 1, 4) AS INTEGER) AS y, "
                          "coalesce(country, '?'), count(*) FROM launch GROUP BY y, 2"));
    logIfFailed(q, "counting launches per year");
    while (q.next())
        out[q.value(0).toInt()][q.value(1).toString()] = q.value(2).toInt();
    return out;
}

QList<Event> Repository::events() const
{
    return readEvents(m_db, EventVisibility::Shown);
}

} // namespace stratos
