#include "timeline/timeline_event.h"

#include <QCoreApplication>
#include <cmath>
#include <iterator>

namespace stratos::timeline {
namespace {

constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01

// One row a lane, in the enum's order: the key as stored and in --series,
// and the title people read (translated where it is shown).
struct LaneInfo
{
    Lane lane;
    const char *key;
    const char *title;
};
constexpr LaneInfo kLanes[] = {
    {Lane::Model, "model", QT_TRANSLATE_NOOP("Timeline", "AI models")},
    {Lane::Market, "market", QT_TRANSLATE_NOOP("Timeline", "Markets")},
    {Lane::Space, "space", QT_TRANSLATE_NOOP("Timeline", "Space")},
    {Lane::Policy, "policy", QT_TRANSLATE_NOOP("Timeline", "Policy")},
    {Lane::User, "user", QT_TRANSLATE_NOOP("Timeline", "My events")},
    {Lane::Document, "document", QT_TRANSLATE_NOOP("Timeline", "Documents")},
};
static_assert(std::size(kLanes) == kLaneCount);

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kLanes); ++i)
        if (kLanes[i].lane != Lane(i))
            return false;
    return true;
}
static_assert(inEnumOrder(), "info() indexes kLanes by the lane");

const LaneInfo &info(Lane lane)
{
    const auto i = std::size_t(lane);
    return i < std::size(kLanes) ? kLanes[i] : kLanes[std::size_t(Lane::User)];
}

} // namespace

QString laneKey(Lane lane)
{
    return QLatin1String(info(lane).key);
}

QString laneTitle(Lane lane)
{
    return QCoreApplication::translate("Timeline", info(lane).title);
}

Lane laneFromKey(const QString &key, bool *ok)
{
    for (const LaneInfo &l : kLanes)
        if (key.compare(QLatin1String(l.key), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return l.lane;
        }
    if (ok)
        *ok = false;
    return Lane::User;
}

QList<Lane> allLanes()
{
    QList<Lane> lanes;
    for (const LaneInfo &l : kLanes)
        lanes.append(l.lane);
    return lanes;
}

double dayToTime(QDate day)
{
    return double(day.toJulianDay() - kEpochJulianDay) + 0.5;
}

QDate timeToDay(double t)
{
    return QDate::fromJulianDay(qint64(std::floor(t)) + kEpochJulianDay);
}

TimelineEvent documentEvent(const Document &doc)
{
    TimelineEvent te;
    te.lane = Lane::Document;
    te.documentId = doc.id;
    te.event.id = doc.id;
    te.event.key = QStringLiteral("document:%1").arg(doc.id);
    te.event.day = doc.publishedOn;
    te.event.lane = laneKey(Lane::Document);
    te.event.title = doc.title;
    te.event.summary = doc.publisher;
    te.event.url = doc.url;
    te.event.importance = 1;
    te.t = dayToTime(doc.publishedOn);
    return te;
}

} // namespace stratos::timeline
