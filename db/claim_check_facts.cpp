// Checks of model and constellation claims (claim_check.cpp has the market's).
#include "claim_check.h"
#include "dialect.h"
#include "claim_check_util.h"
#include "satellite_counts.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <QSqlQuery>
#include <QVariant>

namespace stratos {

using namespace claims;
using namespace claimcheck;

namespace {

constexpr int kMaxRows = 200;      // rows listed behind one figure
constexpr int kLogEndSlackDays = 7; // a count "as of" a few days past the log's last launch is still fair

QString money(double v)
{
    if (v >= 1e9)
        return QStringLiteral("$%1 billion").arg(number(v / 1e9, 2));
    if (v >= 1e6)
        return QStringLiteral("$%1 million").arg(number(v / 1e6, 2));
    return QStringLiteral("$") + number(v, 2);
}

QString count(double v) { return QLocale::c().toString(qint64(std::llround(v))); }

} // namespace

ClaimCheck ClaimChecker::checkModel(const Claim &claim) const
{
    const QString depends = QStringLiteral("model:") + claim.entity;
    if (!claim.unclearWhy.isEmpty())
        return unclear(claim.unclearWhy, depends);
    QSqlQuery &q = prepared(QStringLiteral("SELECT released_on, parameters, training_cost_usd, coalesce(cost_basis, ''), "
                                           "api_input_usd_per_mtok, api_output_usd_per_mtok, source_id, "
                                           "coalesce(price_source_id, source_id) FROM ai_model WHERE name = ?"));
    q.bindValue(0, claim.entity);
    if (!q.exec() || !q.next())
        return noData(QStringLiteral("the store has no model %1").arg(claim.entity), depends);
    int column = 0;
    QString what;
    switch (claim.measure) {
    case Measure::ReleaseDate: column = 0; what = QStringLiteral("release date"); break;
    case Measure::Parameters: column = 1; what = QStringLiteral("parameter count"); break;
    case Measure::TrainingCost: column = 2; what = QStringLiteral("training cost"); break;
    case Measure::ApiInputPrice: column = 4; what = QStringLiteral("input price per million tokens"); break;
    case Measure::ApiOutputPrice: column = 5; what = QStringLiteral("output price per million tokens"); break;
    default: return unclear(QStringLiteral("the measure is not clear"), depends);
    }
    const QVariant value = q.value(column);
    if (value.isNull() || value.toString().isEmpty())
        return noData(QStringLiteral("the store has no %1 for %2").arg(what, claim.entity), depends);
    ClaimCheck c;
    c.dependsOn = depends;
    c.source = sourceTitle(q.value(column >= 4 ? 7 : 6).toLongLong());
    if (claim.measure == Measure::ReleaseDate) {
        const QDate stored = QDate::fromString(value.toString().left(10), Qt::ISODate);
        c.storeFigure = stored.toString(Qt::ISODate);
        c.verdict = verdictOf(fitDate(claim.date, stored));
    } else {
        const double v = value.toDouble();
        c.storeValue = v;
        c.storeFigure = claim.measure == Measure::Parameters ? QStringLiteral("%1 billion").arg(number(v / 1e9, 1))
                                                             : money(v);
        c.verdict = verdictOf(fit(claim.figure, claim.measure, v));
        if (claim.measure == Measure::TrainingCost && q.value(3).toString() == QLatin1String("epoch_2023_usd"))
            c.note = QStringLiteral("the store's figure is Epoch AI's estimate in 2023 dollars");
    }
    c.rows.append({QStringLiteral("ai_model"), claim.entity, QStringLiteral("%1 %2: %3").arg(claim.entity, what, c.storeFigure)});
    c.rowsSummary = QStringLiteral("ai_model %1").arg(claim.entity);
    return c;
}

ClaimCheck ClaimChecker::checkSpace(const Claim &claim, const QDate &documentDate) const
{
    const QString depends = QStringLiteral("constellation:") + claim.entity;
    if (!claim.unclearWhy.isEmpty())
        return unclear(claim.unclearWhy, depends);
    if (claim.measure == Measure::SatellitesOperating)
        return checkOperating(claim, depends);
    const QDate end = logEnd();
    const auto read = constellationLaunches(claim.entity);
    if (!read)
        return unclear(QStringLiteral("the launch log could not be read"), depends);
    using L = SpaceLaunch;
    const QList<L> &launches = *read;
    if (launches.isEmpty())
        return noData(QStringLiteral("the store has no %1 launches").arg(claim.entity), depends);

    ClaimCheck c;
    c.dependsOn = depends;
    c.source = sourceTitle(launches.first().source);
    auto listRow = [&c, &claim](const L &l) {
        if (c.rows.size() < kMaxRows)
            c.rows.append({QStringLiteral("launch"), l.tag,
                           QStringLiteral("%1 on %2: %3 %4 satellites").arg(l.tag, l.day.toString(Qt::ISODate)).arg(l.satellites).arg(claim.entity)});
    };
    if (claim.measure == Measure::NthSatellite) {
        qint64 total = 0;
        for (const L &l : launches) {
            total += l.satellites;
            if (total >= claim.ordinal) {
                listRow(l);
                c.storeFigure = l.day.toString(Qt::ISODate);
                c.rowsSummary = QStringLiteral("launch %1 (satellites %2 to %3)").arg(l.tag).arg(total - l.satellites + 1).arg(total);
                c.verdict = verdictOf(fitDate(claim.date, l.day));
                return c;
            }
        }
        return noData(QStringLiteral("the store counts only %1 %2 satellites").arg(count(double(total)), claim.entity), depends);
    }
    QDate from, to;
    if (claim.measure == Measure::SatellitesLaunched) {
        to = claim.date.last();
    } else {
        from = QDate(claim.date.date.year(), 1, 1);
        to = QDate(claim.date.date.year(), 12, 31);
        if (documentDate.isValid() && documentDate >= from && documentDate < to)
            to = documentDate; // "in 2026 so far"
    }
    if (!end.isValid() || to > end.addDays(kLogEndSlackDays))
        return noData(QStringLiteral("the store's launch log ends on %1").arg(end.toString(Qt::ISODate)), depends);
    qint64 satellites = 0, flights = 0;
    for (const L &l : launches) {
        if (l.day > to || (from.isValid() && l.day < from))
            continue;
        satellites += l.satellites;
        ++flights;
        listRow(l);
    }
    const bool launchesAsked = claim.measure == Measure::LaunchesInYear;
    const double v = launchesAsked ? double(flights) : double(satellites);
    c.storeValue = v;
    c.storeFigure = count(v);
    c.rowsSummary = QStringLiteral("%1 %2 launches %3 to %4")
                        .arg(flights)
                        .arg(claim.entity, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("first"),
                             to.toString(Qt::ISODate));
    c.verdict = verdictOf(fit(claim.figure, claim.measure, v));
    // A year not over on the document's date: a count that does not match so far
    // may be a forecast or a misdated document, not an error.
    if (c.verdict == Verdict::Differs && documentDate.isValid() && to == documentDate) {
        c.verdict = Verdict::Unclear;
        c.note = QStringLiteral("%1 was not over on the document's date (%2)").arg(from.year()).arg(documentDate.toString(Qt::ISODate));
    }
    return c;
}

// Satellites operating on a day, by the rule of `stratos satellites` and the
// Space page (inServiceOn, satellite_counts.h). The catalogue says which are
// operating on its own date; earlier days follow from the end dates it gives,
// later ones it cannot know.
ClaimCheck ClaimChecker::checkOperating(const Claim &claim, const QString &depends) const
{
    const QDate day = claim.date.last();
    if (!day.isValid())
        return unclear(QStringLiteral("the claim gives no date to count the satellites on"), depends);
    auto counts = inServiceOn(m_db, day);
    if (!counts)
        return unclear(QStringLiteral("the satellite catalogue could not be read"), depends);
    const auto row = std::find_if(counts->rows.cbegin(), counts->rows.cend(),
                                  [&claim](const ConstellationInService &r) { return r.constellation == claim.entity; });
    if (row == counts->rows.cend() || !counts->asOf.isValid())
        return noData(QStringLiteral("the store's satellite catalogue has no %1 satellites").arg(claim.entity), depends);
    const QString asOf = counts->asOf.toString(Qt::ISODate);
    if (day > counts->asOf.addDays(kLogEndSlackDays))
        return noData(QStringLiteral("the store's satellite catalogue is as of %1").arg(asOf), depends);
    const QString iso = day.toString(Qt::ISODate);
    ClaimCheck c;
    c.dependsOn = depends;
    QSqlQuery &q = prepared(QStringLiteral("SELECT min(source_id) FROM satellite_status WHERE constellation = ?"));
    q.bindValue(0, claim.entity);
    if (q.exec() && q.next())
        c.source = sourceTitle(q.value(0).toLongLong());
    q.finish();
    c.storeValue = double(row->operating);
    c.storeFigure = count(double(row->operating));
    c.rows.append({QStringLiteral("satellite_status"), claim.entity,
                   QStringLiteral("%1 on %2: %3 launched, %4 operating").arg(claim.entity, iso, count(double(row->launched)),
                                                                            c.storeFigure)});
    c.rowsSummary = QStringLiteral("%1 satellites launched by %2 and not ended by then (catalogue of %3)")
                        .arg(claim.entity, iso, asOf);
    c.verdict = verdictOf(fit(claim.figure, claim.measure, double(row->operating)));
    return c;
}

std::optional<QList<ClaimChecker::SpaceLaunch>> ClaimChecker::constellationLaunches(const QString &constellation) const
{
    if (const auto it = m_launches.constFind(constellation); it != m_launches.constEnd())
        return *it;
    std::optional<QList<SpaceLaunch>> &out = m_launches[constellation];
    QSqlQuery q(m_db);
    sql::streamRows(q);
    q.prepare(QStringLiteral("SELECT l.tag, substr(l.launched_at, 1, 10), count(*), l.source_id FROM payload p "
                             "JOIN launch l ON l.id = p.launch_id WHERE p.constellation = ? "
                             "GROUP BY l.id ORDER BY l.launched_at, l.tag"));
    q.addBindValue(constellation);
    if (!q.exec())
        return out;
    out.emplace();
    while (q.next())
        out->append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toInt(),
                     q.value(3).toLongLong()});
    return out;
}

QDate ClaimChecker::logEnd() const
{
    if (!m_logEnd) {
        QSqlQuery q(m_db);
        m_logEnd = q.exec(QStringLiteral("SELECT max(substr(launched_at, 1, 10)) FROM launch")) && q.next()
                       ? QDate::fromString(q.value(0).toString(), Qt::ISODate)
                       : QDate();
    }
    return *m_logEnd;
}

} // namespace stratos
