#include "timeline/timeline_event.h"

#include <QCoreApplication>
#include <cmath>

namespace stratos::timeline {
namespace {

constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01

} // namespace

QString laneKey(Lane lane)
{
    switch (lane) {
    case Lane::Model:
        return QStringLiteral("model");
    case Lane::Market:
        return QStringLiteral("market");
    case Lane::Space:
        return QStringLiteral("space");
    case Lane::Policy:
        return QStringLiteral("policy");
    case Lane::User:
        return QStringLiteral("user");
    case Lane::Document:
        return QStringLiteral("document");
    }
    return QStringLiteral("user");
}

QString laneTitle(Lane lane)
{
    switch (lane) {
    case Lane::Model:
        return QCoreApplication::translate("Timeline", "AI models");
    case Lane::Market:
        return QCoreApplication::translate("Timeline", "Markets");
    case Lane::Space:
        return QCoreApplication::translate("Timeline", "Space");
    case Lane::Policy:
        return QCoreApplication::translate("Timeline", "Policy");
    case Lane::User:
        return QCoreApplication::translate("Timeline", "My events");
    case Lane::Document:
        return QCoreApplication::translate("Timeline", "Documents");
    }
    return QString();
}

Lane laneFromKey(const QString &key, bool *ok)
{
    for (Lane lane : allLanes())
        if (laneKey(lane).compare(key, Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return lane;
        }
    if (ok)
        *ok = false;
    return Lane::User;
}

QList<Lane> allLanes()
{
    return {Lane::Model, Lane::Market, Lane::Space, Lane::Policy, Lane::User, Lane::Document};
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
