#include "repository.h"
#include "dialect.h"
#include "query_log.h"

#include "event_rows.h"


#include <QSqlQuery>
#include <QVariant>

namespace stratos {
namespace {

std::optional<double> optDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace

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

QList<AiModel> Repository::models() const
{
    QList<AiModel> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.exec(QStringLiteral(
        "SELECT m.name, o.name, m.country, m.released_on, m.domain, m.parameters, "
        "m.training_compute_flop, m.training_cost_usd, m.cost_basis, m.open_weights, "
        "m.api_input_usd_per_mtok, m.api_output_usd_per_mtok, s.title, s.url "
        "FROM ai_model m LEFT JOIN organization o ON o.id = m.organization_id "
        "JOIN source s ON s.id = m.source_id ORDER BY m.released_on DESC, m.name"));
    logIfFailed(q, "reading the AI models");
    while (q.next()) {
        AiModel m;
        m.name = q.value(0).toString();
        m.organization = q.value(1).toString();
        m.country = q.value(2).toString();
        m.releasedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        m.domain = q.value(4).toString();
        m.parameters = optDouble(q.value(5));
        m.trainingComputeFlop = optDouble(q.value(6));
        m.trainingCostUsd = optDouble(q.value(7));
        m.costBasis = q.value(8).toString();
        m.openWeights = q.value(9).toInt() != 0;
        m.apiInputUsdPerMTok = optDouble(q.value(10));
        m.apiOutputUsdPerMTok = optDouble(q.value(11));
        m.sourceTitle = q.value(12).toString();
        m.sourceUrl = q.value(13).toString();
        out.append(m);
    }
    return out;
}

QList<SecuritySummary> Repository::securities() const
{
    QList<SecuritySummary> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    // One lookup per security in the (security_id, day) key: pages and charts
    // ask for this list often, and a join grouped over every price bar made
    // each call a scan of the whole table (a page's first show paid it 9 times).
    q.exec(QStringLiteral(
        "SELECT s.symbol, s.name, s.kind, s.currency, s.adjusted, "
        "(SELECT min(day) FROM price_bar WHERE security_id = s.id), "
        "(SELECT max(day) FROM price_bar WHERE security_id = s.id), "
        "EXISTS (SELECT 1 FROM price_bar WHERE security_id = s.id), "
        "(SELECT close FROM price_bar WHERE security_id = s.id ORDER BY day DESC LIMIT 1) "
        "FROM security s ORDER BY s.kind DESC, s.symbol"));
    logIfFailed(q, "reading the securities");
    while (q.next()) {
        SecuritySummary s;
        s.security.symbol = q.value(0).toString();
        s.security.name = q.value(1).toString();
        s.security.kind = q.value(2).toString();
        s.security.currency = q.value(3).toString();
        s.security.adjusted = q.value(4).toInt() != 0;
        s.firstDay = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        s.lastDay = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        s.hasPrices = q.value(7).toBool();
        s.lastClose = q.value(8).toDouble();
        out.append(s);
    }
    return out;
}

QList<PriceBar> Repository::priceBars(const QString &symbol, QDate from, QDate to) const
{
    QList<PriceBar> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.prepare(QStringLiteral(
        "SELECT p.day, p.open, p.high, p.low, p.close, p.adj_close, p.volume FROM price_bar p "
        "JOIN security s ON s.id = p.security_id WHERE s.symbol = ? AND p.day >= ? AND p.day <= ? "
        "ORDER BY p.day"));
    q.addBindValue(symbol);
    q.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"));
    q.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999"));
    q.exec();
    logIfFailed(q, "reading price bars");
    while (q.next()) {
        PriceBar b;
        b.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        b.open = q.value(1).toDouble();
        b.high = q.value(2).toDouble();
        b.low = q.value(3).toDouble();
        b.close = q.value(4).toDouble();
        b.adjClose = optDouble(q.value(5));
        if (!q.value(6).isNull())
            b.volume = q.value(6).toLongLong();
        out.append(b);
    }
    return out;
}

QList<Launch> Repository::launches(int limit) const
{
    QList<Launch> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.exec(QStringLiteral("SELECT l.tag, l.launched_at, l.vehicle, l.site, l.country, l.operator, "
                          "l.outcome, (SELECT count(*) FROM payload p WHERE p.launch_id = l.id) "
                          "FROM launch l ORDER BY l.launched_at DESC%1")
               .arg(limit < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(limit))); // LIMIT -1 is SQLite's alone
    logIfFailed(q, "reading the launches");
    while (q.next()) {
        Launch l;
        l.tag = q.value(0).toString();
        l.launchedAt = q.value(1).toString();
        l.vehicle = q.value(2).toString();
        l.site = q.value(3).toString();
        l.country = q.value(4).toString();
        l.operatorName = q.value(5).toString();
        l.outcome = q.value(6).toString();
        l.payloads = q.value(7).toInt();
        out.append(l);
    }
    return out;
}

QList<ConstellationYear> Repository::constellationYears() const
{
    QList<ConstellationYear> out;
    QSqlQuery q(m_db);
    sql::streamRows(q);
    // Payloads per (constellation, launch) first, from the covering index
    // payload_constellation, then one launch lookup each: the overview runs
    // this on every start.
    q.exec(QStringLiteral(
        "SELECT g.constellation, CAST(substr(l.launched_at, 1, 4) AS INTEGER) AS y, sum(g.n), count(*) "
        "FROM (SELECT constellation, launch_id, count(*) AS n FROM payload WHERE constellation IS NOT NULL "
        "GROUP BY constellation, launch_id) g JOIN launch l ON l.id = g.launch_id "
        "WHERE l.outcome = 'success' GROUP BY g.constellation, y ORDER BY g.constellation, y"));
    logIfFailed(q, "counting satellites per constellation");
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
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
