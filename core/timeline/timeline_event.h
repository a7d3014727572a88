#pragma once
// What the timeline draws: an event (curated, imported, the user's own, or a
// dated document) placed on one lane at a time in days, with its countries.

#include "model/entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::timeline {

// Lanes top to bottom. Document is last: briefing notes come after the facts.
enum class Lane
{
    Model,
    Market,
    Space,
    Policy,
    User,
    Document
};
inline constexpr int kLaneCount = 6;

QString laneKey(Lane lane);   // "model", ..., "document": as stored and in --series
QString laneTitle(Lane lane); // "AI models", "Markets", ...
// Unknown keys land on the user lane, so nothing is dropped silently.
Lane laneFromKey(const QString &key, bool *ok = nullptr);
QList<Lane> allLanes();

// Time on the timeline: days since 1970-01-01 as a double. An event sits at
// noon of its day so it is centred in the day's cell when zoomed to days.
double dayToTime(QDate day);
QDate timeToDay(double t);

struct TimelineEvent
{
    Event event; // key, day, title, summary, url, concerns, origin
    Lane lane = Lane::Policy;
    double t = 0;          // dayToTime(event.day)
    QStringList countries; // ISO codes (and "EU"); empty when unknown
    qint64 documentId = 0; // for the documents lane

    bool isDocument() const { return lane == Lane::Document; }
    bool isUserEvent() const { return event.origin == Origin::User; }
};

// A document with a date as an event on the documents lane.
TimelineEvent documentEvent(const Document &doc);

} // namespace stratos::timeline
