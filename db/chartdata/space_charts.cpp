// Charts about launches: orbital launches per year by country, and satellites
// launched per constellation over time.
#include "chartdata/builders.h"
#include "satellite_counts.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace stratos::charts::detail {
namespace {

const QLocale &english()
{
    static const QLocale c(QLocale::English);
    return c;
}

const char *kGcatSource = "Source: GCAT launch log, Jonathan C. McDowell, planet4589.org (CC BY 4.0)";

// The busiest launching states by attempts in the range; the rest share "Other".
QStringList topCountries(const QList<LaunchTally> &tallies, int n)
{
    QMap<QString, int> total;
    for (const LaunchTally &t : tallies)
        total[t.country] += t.attempts;
    QList<QPair<int, QString>> ranked;
    for (auto it = total.cbegin(); it != total.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList out;
    for (int i = 0; i < ranked.size() && i < n; ++i)
        out << ranked[i].second;
    return out;
}

// "Operating on D" beside "launched", from GCAT's payload catalogue, in every
// export of the chart: a subtitle line (PNG, SVG, PDF) and one point per
// constellation at D (drawn, and a CSV row each). D is the chart's end, or the
// catalogue's update day when the chart runs past it ('*' is only known then).
void addOperating(ChartSpec &spec, const Repository &repo, const ChartOptions &o, const QStringList &picked)
{
    const QDate asOf = latestCatalogueDay(repo.database());
    if (!asOf.isValid())
        return;
    const QDate day = o.to.isValid() && o.to < asOf ? o.to : asOf;
    auto counts = inServiceOn(repo.database(), day);
    if (!counts)
        return; // the chart stands without it; the page's panel reports the error
    const QString dayText = english().toString(day, QStringLiteral("d MMM yyyy"));
    Series s(QStringLiteral("operating"), QStringLiteral("Operating on %1").arg(dayText), SeriesKind::Scatter,
             QStringLiteral("operating"));
    QStringList parts;
    for (const ConstellationInService &c : counts->rows) {
        if (!picked.contains(c.constellation) || c.launched == 0)
            continue;
        const QString name = c.constellation == QLatin1String("Kuiper") ? QStringLiteral("Kuiper / Leo") : c.constellation;
        parts << QStringLiteral("%1 %2 of %3").arg(name, english().toString(c.operating), english().toString(c.launched));
        if (inRange(day, o)) {
            s.points.append({dayToX(day), double(c.operating)});
            s.labels << name;
            s.tooltips << QStringLiteral("%1 · operating on %2: %3 of %4 launched by then (GCAT payload catalogue)")
                              .arg(name, dayText, english().toString(c.operating), english().toString(c.launched));
            s.sources << QStringLiteral("GCAT payload catalogue, updated %1").arg(asOf.toString(Qt::ISODate));
        }
    }
    if (parts.isEmpty())
        return;
    spec.subtitle += QStringLiteral("\nOperating on %1 (of those launched; GCAT payload catalogue, updated %2): %3")
                         .arg(dayText, english().toString(asOf, QStringLiteral("d MMM yyyy")),
                              parts.join(QStringLiteral(" · ")));
    if (!s.points.isEmpty())
        spec.series.append(s);
}

} // namespace

QStringList constellationNames()
{
    return {QStringLiteral("Starlink"), QStringLiteral("Kuiper"), QStringLiteral("OneWeb"),
            QStringLiteral("Guowang"), QStringLiteral("Qianfan")};
}

QStringList launchCountries(const Repository &repo)
{
    QStringList out = topCountries(repo.launchTallies(), 5);
    out << QStringLiteral("Other");
    return out;
}

ChartSpec launchesPerYear(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec;
    spec.title = QStringLiteral("Orbital launches per year by country");
    spec.x = {AxisKind::Category, QStringLiteral("Year"), {}, ValueFormat::Number, {}, {}};
    spec.y = {AxisKind::Value, QStringLiteral("Orbital launch attempts"), QStringLiteral("count"),
              ValueFormat::Count, 0.0, {}};
    const QList<LaunchTally> tallies = repo.launchTallies(o.from, o.to);
    if (tallies.isEmpty())
        return spec;
    const QStringList top = topCountries(repo.launchTallies(), 5); // stable groups, whatever the range
    auto group = [&top](const QString &c) { return top.contains(c) ? c : QStringLiteral("Other"); };
    QMap<int, QMap<QString, LaunchTally>> byYear;
    QMap<int, QStringList> othersByYear;
    for (const LaunchTally &t : tallies) {
        LaunchTally &sum = byYear[t.year][group(t.country)];
        sum.attempts += t.attempts;
        sum.successes += t.successes;
        if (!top.contains(t.country))
            othersByYear[t.year] << QStringLiteral("%1 %2").arg(t.country).arg(t.attempts);
    }
    const int firstYear = byYear.firstKey(), lastYear = byYear.lastKey();
    for (int y = firstYear; y <= lastYear; ++y)
        spec.categories << QString::number(y);
    QStringList groups = top;
    groups << QStringLiteral("Other");
    for (const QString &g : chosen(o, groups, {})) {
        Series s;
        s.key = g;
        s.name = g;
        s.kind = SeriesKind::StackedBar;
        s.colorKey = QStringLiteral("country:") + g;
        bool any = false;
        for (int y = firstYear; y <= lastYear; ++y) {
            const LaunchTally t = byYear.value(y).value(g);
            any = any || t.attempts > 0;
            s.values << double(t.attempts);
            QString tip = QStringLiteral("%1 · %2: %3 launch(es), %4 successful")
                              .arg(y).arg(countryName(g)).arg(t.attempts).arg(t.successes);
            if (g == QLatin1String("Other") && !othersByYear.value(y).isEmpty())
                tip += u'\n' + othersByYear.value(y).join(QStringLiteral(", "));
            s.tooltips << tip;
        }
        if (any)
            spec.series.append(s);
    }
    QDate lastDay;
    for (const Launch &l : repo.launches(1))
        lastDay = QDate::fromString(l.launchedAt.left(10), Qt::ISODate);
    spec.subtitle = QStringLiteral("Attempts including failures, by the launch vehicle's state");
    if (lastDay.isValid() && lastDay.year() == lastYear && lastDay < QDate(lastYear, 12, 31) &&
        (!o.to.isValid() || o.to > lastDay)) {
        // The last year is not over: its bar must not read as a fall in launches.
        const QString until = english().toString(lastDay, QStringLiteral("d MMM"));
        // A short mark, not "(to 28 Sep)": a category label wider than its bar
        // is elided by the axis; the subtitle says what the mark means.
        spec.categories.last() = QStringLiteral("%1*").arg(lastYear);
        spec.subtitle += QStringLiteral("; *the %1 bar is partial, launches to %2 only").arg(lastYear).arg(until);
        for (Series &s : spec.series)
            s.tooltips.last() += QStringLiteral("\nPartial year: launches to %1 only").arg(until);
    }
    spec.source = sourceLine(kGcatSource, repo, feeds::Kind::Gcat);
    return spec;
}

ChartSpec constellations(const Repository &repo, const ChartOptions &o)
{
    ChartSpec spec;
    spec.title = QStringLiteral("Satellites launched per constellation");
    spec.x = {AxisKind::Date, QStringLiteral("Launch date"), {}, ValueFormat::Number, {}, {}};
    spec.y = {o.logScale ? AxisKind::Log : AxisKind::Value, QStringLiteral("Satellites launched"),
              QStringLiteral("cumulative count"), ValueFormat::Count, o.logScale ? std::optional<double>() : 0.0, {}};
    const QStringList picked = chosen(o, constellationNames(), {});
    // Counting starts at the first launch ever, so a range shows the running total, not a restart.
    const QList<ConstellationLaunch> all = repo.constellationLaunches({}, o.to);
    QDate first, last;
    for (const QString &c : picked) {
        Series s;
        s.key = c;
        s.name = c == QLatin1String("Kuiper") ? QStringLiteral("Kuiper / Leo") : c;
        s.kind = SeriesKind::Line;
        s.colorKey = QStringLiteral("constellation:") + c;
        s.step = true;
        int total = 0, launches = 0;
        for (const ConstellationLaunch &l : all) {
            if (l.constellation != c)
                continue;
            total += l.satellites;
            ++launches;
            if (!inRange(l.day, o))
                continue;
            s.points.append({dayToX(l.day), double(total)});
            s.labels << l.launchTag;
            s.tooltips << QStringLiteral("%1 · %2\n+%3 on launch %4 → %5 launched (%6 launches)")
                              .arg(s.name, english().toString(l.day, QStringLiteral("d MMM yyyy")))
                              .arg(l.satellites).arg(l.launchTag).arg(english().toString(total)).arg(launches);
            first = first.isValid() ? std::min(first, l.day) : l.day;
            last = last.isValid() ? std::max(last, l.day) : l.day;
        }
        if (!s.points.isEmpty())
            spec.series.append(s);
    }
    spec.subtitle = QStringLiteral("Cumulative satellites on successful orbital launches. ") + rangeText(o, first, last);
    spec.source = sourceLine(kGcatSource, repo, feeds::Kind::Gcat) + QStringLiteral("; constellation labels are Stratos's");
    addOperating(spec, repo, o, picked);
    for (const Event &e : repo.events()) {
        if (!inRange(e.day, o) || (first.isValid() && e.day < first))
            continue;
        for (const QString &c : picked)
            if (e.concerns.contains(QStringLiteral("constellation:") + c)) {
                spec.markers.append({dayToX(e.day), e.key, e.title,
                                     QStringLiteral("%1\n%2").arg(english().toString(e.day, QStringLiteral("d MMMM yyyy")), e.summary),
                                     e.url, e.lane});
                break;
            }
    }
    return spec;
}

} // namespace stratos::charts::detail
