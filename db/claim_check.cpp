#include "claim_check.h"

#include "claim_check_util.h"
#include "dialect.h"
#include "claims/tolerance.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace stratos {

using namespace claims;

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Agrees: return QStringLiteral("agrees");
    case Verdict::Differs: return QStringLiteral("differs");
    case Verdict::NoData: return QStringLiteral("no data");
    case Verdict::Unclear: return QStringLiteral("unclear");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (Verdict v : {Verdict::Agrees, Verdict::Differs, Verdict::NoData, Verdict::Unclear})
        if (verdictKey(v) == key)
            return v;
    return std::nullopt;
}

namespace claimcheck {

namespace {

ClaimCheck withoutFigure(Verdict verdict, const QString &why, const QString &dependsOn)
{
    ClaimCheck c;
    c.verdict = verdict;
    c.note = why;
    c.dependsOn = dependsOn;
    return c;
}

} // namespace

ClaimCheck unclear(const QString &why, const QString &dependsOn)
{
    return withoutFigure(Verdict::Unclear, why, dependsOn);
}

ClaimCheck noData(const QString &why, const QString &dependsOn)
{
    return withoutFigure(Verdict::NoData, why, dependsOn);
}

Verdict verdictOf(Fit f)
{
    return f == Fit::Within ? Verdict::Agrees : f == Fit::Doubtful ? Verdict::Unclear : Verdict::Differs;
}

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString sourceTitle(const QSqlDatabase &db, qint64 sourceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT title FROM source WHERE id = ?"));
    q.addBindValue(sourceId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace claimcheck

namespace {

using namespace claimcheck;

struct Bar
{
    QString day;
    double close = 0;
    qint64 sourceId = 0;
};

// op is one of "=", "<": the bar on the day, or the last one before it.
QString barSql(const QString &op)
{
    return QStringLiteral("SELECT day, close, source_id FROM price_bar WHERE security_id = ? AND day %1 ? "
                          "ORDER BY day DESC LIMIT 1").arg(op);
}

std::optional<Bar> barOn(QSqlQuery &q, qint64 securityId, const QString &day)
{
    q.bindValue(0, securityId);
    q.bindValue(1, day);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Bar bar{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toLongLong()};
    q.finish();
    return bar;
}

// The day of the store's one market event about the security in the period. When
// there are several, the one also about every security the sentence reports on
// the same unstated day ("Nvidia dropped 12%, with the Nasdaq falling 3.6%").
std::optional<QPair<QDate, QString>> eventDay(const QSqlDatabase &db, const Claim &claim, const QString &org)
{
    QSqlQuery q(db);
    const SqlDialect d = dialectOf(db);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.day, e.title, (SELECT %1 FROM event_link l2 "
        "  WHERE l2.event_id = e.id AND l2.entity_kind = 'security') "
        "FROM event e WHERE e.lane = 'market' AND e.hidden = 0 AND e.day BETWEEN ? AND ? AND EXISTS "
        "(SELECT 1 FROM event_link l WHERE l.event_id = e.id AND ((l.entity_kind = 'security' AND l.entity_key = ?) "
        "OR (l.entity_kind = 'organization' AND l.entity_key = ?))) ORDER BY e.day")
                  .arg(sql::groupConcat(d, QStringLiteral("l2.entity_key"), sql::tab(d))));
    q.addBindValue(claim.date.periodStart.toString(Qt::ISODate));
    q.addBindValue(claim.date.periodEnd.toString(Qt::ISODate));
    q.addBindValue(claim.entity);
    q.addBindValue(org);
    if (!q.exec())
        return std::nullopt;
    QList<QPair<QDate, QString>> all, withCompanions;
    while (q.next()) {
        const QPair<QDate, QString> e{QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString()};
        all.append(e);
        const QStringList linked = q.value(3).toString().split(u'\t');
        if (!claim.sameDay.isEmpty()
            && std::all_of(claim.sameDay.begin(), claim.sameDay.end(), [&](const QString &s) { return linked.contains(s); }))
            withCompanions.append(e);
    }
    if (all.size() == 1)
        return all.first();
    if (withCompanions.size() == 1)
        return withCompanions.first();
    return std::nullopt; // none, or several: the text does not say which
}

} // namespace

QSqlQuery &ClaimChecker::prepared(const QString &sql) const
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        it = m_prepared.emplace(sql, QSqlQuery(m_db)).first;
        it->second.prepare(sql); // a failure shows as a failed exec(), as before
    }
    return it->second;
}

QString ClaimChecker::sourceTitle(qint64 sourceId) const
{
    auto it = m_titles.constFind(sourceId);
    if (it == m_titles.cend())
        it = m_titles.insert(sourceId, claimcheck::sourceTitle(m_db, sourceId));
    return it.value();
}

ClaimCheck ClaimChecker::check(const Claim &claim, const QDate &documentDate) const
{
    switch (claim.measure) {
    case Measure::PriceMove:
    case Measure::ClosePrice: return checkMarket(claim);
    case Measure::SatellitesLaunched:
    case Measure::SatellitesInYear:
    case Measure::LaunchesInYear:
    case Measure::NthSatellite:
    case Measure::SatellitesOperating: return checkSpace(claim, documentDate);
    default: return checkModel(claim);
    }
}

ClaimCheck ClaimChecker::checkMarket(const Claim &claim) const
{
    const QString depends = QStringLiteral("security:") + claim.entity;
    if (claim.entityKind == EntityKind::Organization)
        return noData(QStringLiteral("the store has no share prices for %1").arg(claim.entity),
                      QStringLiteral("organization:") + claim.entity);
    if (!claim.unclearWhy.isEmpty())
        return unclear(claim.unclearWhy, depends);
    QSqlQuery &q = prepared(QStringLiteral("SELECT s.id, s.adjusted, coalesce(o.name, '') FROM security s "
                                           "LEFT JOIN organization o ON o.id = s.organization_id WHERE s.symbol = ?"));
    q.bindValue(0, claim.entity);
    if (!q.exec() || !q.next())
        return noData(QStringLiteral("the store has no security %1").arg(claim.entity), depends);
    const qint64 securityId = q.value(0).toLongLong();
    const bool adjusted = q.value(1).toBool();
    const QString org = q.value(2).toString();
    q.finish();

    QDate day = claim.date.precision == DatePrecision::Day ? claim.date.date : QDate();
    QString dayNote;
    if (!day.isValid()) {
        const auto e = eventDay(m_db, claim, org);
        if (!e)
            return unclear(QStringLiteral("the text does not say which day (%1)").arg(claim.date.how), depends);
        day = e->first;
        dayNote = QStringLiteral("the day of the store's event \"%1\"").arg(e->second);
    }
    const QString dayText = day.toString(Qt::ISODate);
    const auto bar = barOn(prepared(barSql(QStringLiteral("="))), securityId, dayText);
    if (!bar) {
        const auto before = barOn(prepared(barSql(QStringLiteral("<"))), securityId, dayText);
        const auto after = barOn(prepared(barSql(QStringLiteral("<"))), securityId, day.addDays(30).toString(Qt::ISODate));
        const bool covered = before && after && after->day > dayText;
        if (day.dayOfWeek() >= 6)
            return unclear(QStringLiteral("%1 was a %2, not a trading day").arg(dayText, QLocale::c().dayName(day.dayOfWeek())), depends);
        if (covered)
            return unclear(QStringLiteral("the store has no bar for %1 (a market holiday?)").arg(dayText), depends);
        return noData(QStringLiteral("the store has no %1 prices for %2").arg(claim.entity, dayText), depends);
    }
    ClaimCheck c;
    c.dependsOn = depends;
    c.source = sourceTitle(bar->sourceId);
    c.rows.append({QStringLiteral("price_bar"), claim.entity + u' ' + bar->day,
                   QStringLiteral("%1 close on %2: %3").arg(claim.entity, bar->day, number(bar->close, 2))});
    if (claim.measure == Measure::ClosePrice) {
        c.storeValue = bar->close;
        c.storeFigure = number(bar->close, 2);
        c.rowsSummary = QStringLiteral("%1 close %2").arg(claim.entity, bar->day);
        Fit f = fit(claim.figure, claim.measure, bar->close);
        // Adjusted series: dividends move old closes a little, splits a lot.
        if (f != Fit::Within && adjusted) {
            const double ratio = bar->close / claim.figure.value;
            f = std::abs(ratio - 1) <= 0.01 ? Fit::Within : Fit::Doubtful;
            c.note = QStringLiteral("the store's prices are adjusted for splits and dividends");
        }
        c.verdict = verdictOf(f);
    } else {
        const auto prev = barOn(prepared(barSql(QStringLiteral("<"))), securityId, bar->day);
        if (!prev)
            return noData(QStringLiteral("the store has no %1 close before %2").arg(claim.entity, bar->day), depends);
        const double pct = 100.0 * (bar->close - prev->close) / prev->close;
        c.storeValue = pct;
        c.storeFigure = QStringLiteral("%1%2%").arg(pct < 0 ? "-" : "+", number(std::abs(pct), 2));
        c.rows.prepend({QStringLiteral("price_bar"), claim.entity + u' ' + prev->day,
                        QStringLiteral("%1 close on %2: %3").arg(claim.entity, prev->day, number(prev->close, 2))});
        c.rowsSummary = QStringLiteral("%1 closes %2 and %3").arg(claim.entity, prev->day, bar->day);
        const bool opposite = claim.direction != 0 && std::abs(pct) >= 0.1 && (pct < 0) != (claim.direction < 0);
        c.verdict = opposite ? Verdict::Differs : verdictOf(fit(claim.figure, claim.measure, std::abs(pct)));
        if (opposite)
            c.note = QStringLiteral("the store has it moving the other way");
    }
    if (!dayNote.isEmpty())
        c.note = c.note.isEmpty() ? dayNote : c.note + QStringLiteral("; ") + dayNote;
    return c;
}

} // namespace stratos
