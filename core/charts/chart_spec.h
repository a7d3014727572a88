#pragma once
// What a comparison chart plots, independent of any charting library: axes with
// units, series of points or bar values with per-point tooltips, event markers,
// and the source line. db/ fills it from the store, ui/charts/ draws it, and
// chart_csv writes its data, so a move away from Qt Charts touches one layer.

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace stratos::charts {

enum class AxisKind { Date, Value, Log, Category };
enum class SeriesKind { Line, Scatter, Bar, StackedBar };
// How numbers on an axis and in tooltips read: "$5.6 M", "2.1e25 FLOP", "−3.07 %".
enum class ValueFormat { Number, Count, Usd, UsdPrice, Flop, Percent, Index };

struct Axis
{
    AxisKind kind = AxisKind::Value;
    QString title; // "Training cost"
    QString unit;  // "USD, 2023 prices"; exports print "title (unit)"
    ValueFormat format = ValueFormat::Number;
    std::optional<double> min, max; // fixed range; otherwise taken from the data

    QString label() const
    {
        return unit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, unit);
    }
};

struct Series
{
    // A constructor rather than aggregate initialisation: adding a member later
    // must not shift positional initialisers (or warn under -Wextra).
    Series() = default;
    Series(QString key_, QString name_, SeriesKind kind_ = SeriesKind::Line, QString colorKey_ = {})
        : key(std::move(key_)), name(std::move(name_)), kind(kind_), colorKey(std::move(colorKey_))
    {
    }

    QString key;      // stable id, what --series names: "US", "NVDA", "Starlink"
    QString name;     // legend text
    SeriesKind kind = SeriesKind::Line;
    QString colorKey; // "country:CN", "symbol:NVDA": the ui maps keys to colours
    // Line and Scatter, and Bar on a date axis: points sorted by x.
    QList<QPointF> points;
    // Bar and StackedBar on a category axis: one value per ChartSpec::categories.
    QList<double> values;
    // Optional, parallel to points or values (empty when not given).
    QStringList labels;   // what a point is: "GPT-4"
    QStringList tooltips; // hover text
    QStringList sources;  // where the number comes from (title or URL)
    bool step = false;    // a running total: the value holds until the next point (drawn as steps)

    qsizetype size() const { return points.isEmpty() ? values.size() : points.size(); }
};

// An event drawn as a vertical line; clicking it shows the details.
struct Marker
{
    double x = 0;
    QString key; // the event's key in the store
    QString label;
    QString detail;
    QString url;
    QString lane; // model, market, space, policy
};

// A short text pinned next to one data point ("DeepSeek-V3").
struct Annotation
{
    QString seriesKey;
    QPointF at;
    QString text;
};

struct ChartSpec
{
    QString id;
    QString title;
    QString subtitle;
    Axis x, y;
    QStringList categories;  // the x categories of bar charts
    bool horizontal = false; // bars grow to the right (long category names read better)
    QList<Series> series;
    QList<Marker> markers;
    QString selectedMarker; // key of the marker drawn with its title (the event being discussed)
    QList<Annotation> annotations;
    QString source; // "Source: Epoch AI, Notable AI Models (CC BY 4.0)"

    const Series *findSeries(const QString &key) const
    {
        for (const Series &s : series)
            if (s.key == key)
                return &s;
        return nullptr;
    }
    bool isCategorical() const { return x.kind == AxisKind::Category; }
};

// Days sit on the x axis at noon UTC, so no time zone moves a bar to the next day.
double dayToX(QDate day);
QDate xToDay(double x);

QString formatValue(double value, ValueFormat format);
// Same, for axis tick labels: shorter ("$10 M", "1e24").
QString formatTick(double value, ValueFormat format);

} // namespace stratos::charts
