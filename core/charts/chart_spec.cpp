#include "charts/chart_spec.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace stratos::charts {
namespace {

// U+2212: a real minus reads better than a hyphen next to digits; thousands get commas.
QString signedText(double v, int decimals)
{
    static const QLocale english(QLocale::English);
    const QString digits = english.toString(std::abs(v), 'f', decimals);
    return v < 0 ? QStringLiteral("\u2212") + digits : digits;
}

QString usd(double v, bool tick)
{
    const double a = std::abs(v);
    const QString sign = v < 0 ? QStringLiteral("\u2212") : QString();
    auto scaled = [&](double div, const char *suffix) {
        const double s = a / div;
        const int decimals = tick ? (s < 10 && s != std::floor(s) ? 1 : 0) : (s >= 100 ? 0 : 1);
        return QStringLiteral("%1$%2 %3").arg(sign, QString::number(s, 'f', decimals),
                                              QLatin1String(suffix));
    };
    if (a >= 1e9)
        return scaled(1e9, "B");
    if (a >= 1e6)
        return scaled(1e6, "M");
    if (a >= 1e3)
        return scaled(1e3, "k");
    return QStringLiteral("%1$%2").arg(sign, QString::number(a, 'f', a < 10 && !tick ? 2 : 0));
}

QString flop(double v, bool tick)
{
    if (v <= 0)
        return QStringLiteral("0");
    const int exp = int(std::floor(std::log10(v)));
    const double mant = v / std::pow(10.0, exp);
    if (tick && std::abs(mant - 1.0) < 1e-9)
        return QStringLiteral("1e%1").arg(exp);
    return QStringLiteral("%1e%2").arg(mant, 0, 'f', 1).arg(exp);
}

} // namespace

double dayToX(QDate day)
{
    return double(QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

QDate xToDay(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x)), QTimeZone::utc()).date();
}

QString formatValue(double v, ValueFormat format)
{
    if (!std::isfinite(v))
        return QString();
    switch (format) {
    case ValueFormat::Count:
        return signedText(v, 0);
    case ValueFormat::Usd:
        return usd(v, false);
    case ValueFormat::UsdPrice:
        return QStringLiteral("$%1").arg(v, 0, 'f', 2);
    case ValueFormat::Flop:
        return flop(v, false) + QStringLiteral(" FLOP");
    case ValueFormat::Percent:
        return (v > 0 ? QStringLiteral("+") : QString()) + signedText(v, 2) + QStringLiteral(" %");
    case ValueFormat::Index:
        return signedText(v, 1);
    case ValueFormat::Number:
        break;
    }
    return std::abs(v) >= 100 ? signedText(v, 0) : signedText(v, 2);
}

QString formatTick(double v, ValueFormat format)
{
    if (!std::isfinite(v))
        return QString();
    switch (format) {
    case ValueFormat::Usd:
        return usd(v, true);
    case ValueFormat::UsdPrice:
        return QStringLiteral("$%1").arg(v, 0, 'f', v < 10 && v != std::floor(v) ? 2 : 0);
    case ValueFormat::Flop:
        return flop(v, true);
    case ValueFormat::Percent:
        return signedText(v, v == std::floor(v) ? 0 : 1) + QStringLiteral(" %");
    case ValueFormat::Count:
    case ValueFormat::Index:
    case ValueFormat::Number:
        break;
    }
    return signedText(v, v == std::floor(v) || std::abs(v) >= 100 ? 0 : 1);
}

} // namespace stratos::charts
