#include "claims/claim.h"

namespace stratos::claims {

QDate ClaimDate::last() const
{
    switch (precision) {
    case DatePrecision::Day: return date;
    case DatePrecision::Month: return date.addMonths(1).addDays(-1);
    case DatePrecision::Year: return QDate(date.year(), 12, 31);
    case DatePrecision::None: break;
    }
    return {};
}

QString measureKey(Measure m)
{
    switch (m) {
    case Measure::PriceMove: return QStringLiteral("price_move");
    case Measure::ClosePrice: return QStringLiteral("close_price");
    case Measure::ApiInputPrice: return QStringLiteral("api_input_price");
    case Measure::ApiOutputPrice: return QStringLiteral("api_output_price");
    case Measure::ApiPrice: return QStringLiteral("api_price");
    case Measure::TrainingCost: return QStringLiteral("training_cost");
    case Measure::Parameters: return QStringLiteral("parameters");
    case Measure::ReleaseDate: return QStringLiteral("release_date");
    case Measure::SatellitesLaunched: return QStringLiteral("satellites_launched");
    case Measure::SatellitesInYear: return QStringLiteral("satellites_in_year");
    case Measure::LaunchesInYear: return QStringLiteral("launches_in_year");
    case Measure::NthSatellite: return QStringLiteral("nth_satellite");
    case Measure::SatellitesOperating: return QStringLiteral("satellites_operating");
    }
    return {};
}

QString qualifierWord(Qualifier q)
{
    switch (q) {
    case Qualifier::Bare: return {};
    case Qualifier::About: return QStringLiteral("about");
    case Qualifier::Over: return QStringLiteral("over");
    case Qualifier::Nearly: return QStringLiteral("nearly");
    case Qualifier::Under: return QStringLiteral("under");
    case Qualifier::Range: return QStringLiteral("range");
    }
    return {};
}

namespace {

QString dateText(const ClaimDate &d)
{
    switch (d.precision) {
    case DatePrecision::Day: return d.date.toString(Qt::ISODate);
    case DatePrecision::Month: return d.date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Year: return QString::number(d.date.year());
    case DatePrecision::None: break;
    }
    return QStringLiteral("an unstated day");
}

} // namespace

QString Claim::describe() const
{
    const QString who = entity.isEmpty() ? QStringLiteral("?") : entity;
    const QString fig = text.simplified();
    switch (measure) {
    case Measure::PriceMove: {
        const char *verb = direction < 0 ? "fell" : direction > 0 ? "rose" : "moved";
        return QStringLiteral("%1 %2 %3 on %4").arg(who, QLatin1String(verb), fig, dateText(date));
    }
    case Measure::ClosePrice: return QStringLiteral("%1 closed at %2 on %3").arg(who, fig, dateText(date));
    case Measure::ApiInputPrice: return QStringLiteral("%1 input price: %2").arg(who, fig);
    case Measure::ApiOutputPrice: return QStringLiteral("%1 output price: %2").arg(who, fig);
    case Measure::ApiPrice: return QStringLiteral("%1 price: %2").arg(who, fig);
    case Measure::TrainingCost: return QStringLiteral("%1 training cost %2").arg(who, fig);
    case Measure::Parameters: return QStringLiteral("%1 has %2 parameters").arg(who, fig);
    case Measure::ReleaseDate: return QStringLiteral("%1 released %2").arg(who, dateText(date));
    case Measure::SatellitesLaunched:
        return QStringLiteral("%1 satellites launched by %2: %3").arg(who, dateText(date), fig);
    case Measure::SatellitesInYear:
        return QStringLiteral("%1 satellites launched in %2: %3").arg(who, dateText(date), fig);
    case Measure::LaunchesInYear: return QStringLiteral("%1 launches in %2: %3").arg(who, dateText(date), fig);
    case Measure::NthSatellite:
        return QStringLiteral("%1 satellite no. %2 launched %3").arg(who).arg(ordinal).arg(dateText(date));
    case Measure::SatellitesOperating:
        return QStringLiteral("%1 satellites operating at %2: %3").arg(who, dateText(date), fig);
    }
    return fig;
}

} // namespace stratos::claims
