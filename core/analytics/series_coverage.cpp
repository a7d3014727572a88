#include "analytics/series_coverage.h"

#include <QCoreApplication>
#include <algorithm>

namespace stratos {

QString dayRange(QDate from, QDate to, const QLocale &locale)
{
    const QString full = QStringLiteral("d MMM yyyy");
    if (from == to)
        return locale.toString(to, full);
    // Only what differs is repeated: the end date is always written whole.
    QString start;
    if (from.year() != to.year())
        start = locale.toString(from, full) + QStringLiteral(" – ");
    else if (from.month() != to.month())
        start = locale.toString(from, QStringLiteral("d MMM")) + QStringLiteral(" – ");
    else
        start = locale.toString(from, QStringLiteral("d")) + QStringLiteral("–");
    return start + locale.toString(to, full);
}

CoverageText describeSeriesEnds(QList<SeriesEnd> ends, const QLocale &locale)
{
    ends.erase(std::remove_if(ends.begin(), ends.end(), [](const SeriesEnd &e) { return !e.last.isValid(); }),
               ends.end());
    CoverageText out;
    if (ends.isEmpty())
        return out;
    std::sort(ends.begin(), ends.end(), [](const SeriesEnd &a, const SeriesEnd &b) {
        return a.last != b.last ? a.last < b.last : a.symbol < b.symbol;
    });
    out.oldest = ends.front().last;
    out.newest = ends.back().last;
    out.text = QCoreApplication::translate("SeriesCoverage", "prices to %1")
                   .arg(dayRange(out.oldest, out.newest, locale));
    QStringList lines;
    lines << QCoreApplication::translate("SeriesCoverage", "Last daily bar of each series:");
    for (const SeriesEnd &e : ends)
        lines << QStringLiteral("%1: %2").arg(e.symbol, locale.toString(e.last, QStringLiteral("d MMM yyyy")));
    out.toolTip = lines.join(u'\n');
    return out;
}

} // namespace stratos
