#include "timeline_data.h"
#include "dialect.h"

#include "claim_store.h"
#include "library_store.h"
#include "repository.h"
#include "timeline/timeline_filter.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {

QHash<QString, QString> entityCountries(QSqlDatabase db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    sql::streamRows(q);
    q.exec(QStringLiteral(
        "SELECT 'model:' || name, country FROM ai_model WHERE country IS NOT NULL "
        "UNION ALL SELECT 'organization:' || name, country FROM organization WHERE country IS NOT "
        "NULL "
        "UNION ALL SELECT 'security:' || s.symbol, o.country FROM security s "
        "  JOIN organization o ON o.id = s.organization_id WHERE o.country IS NOT NULL "
        "UNION ALL SELECT 'launch:' || tag, country FROM launch WHERE country IS NOT NULL"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QList<timeline::TimelineEvent> loadTimelineEvents(const Repository &repo, QSqlDatabase db)
{
    using namespace timeline;
    const QHash<QString, QString> countries = entityCountries(db);
    QHash<QString, QString> stored; // the user's own choice of countries
    {
        QSqlQuery q(db);
        sql::streamRows(q);
        q.exec(QStringLiteral(
            "SELECT key, country FROM event WHERE country IS NOT NULL AND country <> ''"));
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1).toString());
    }
    QList<TimelineEvent> out;
    for (const Event &e : repo.events()) {
        TimelineEvent te;
        te.event = e;
        te.lane = laneFromKey(e.lane);
        if (e.origin == Origin::User)
            te.lane = Lane::User;
        te.t = dayToTime(e.day);
        const QString own = stored.value(e.key);
        te.countries = own.isEmpty() ? eventCountries(e, countries)
                                     : own.toUpper().split(u',', Qt::SkipEmptyParts);
        for (QString &c : te.countries)
            c = c.trimmed();
        out.append(te);
    }
    const QHash<qint64, QStringList> differing = ClaimStore(db).differingByDocument();
    for (const Document &d : LibraryStore(db).documents()) {
        if (!d.publishedOn.isValid())
            continue;
        TimelineEvent te = documentEvent(d);
        if (const QStringList figures = differing.value(d.id); !figures.isEmpty())
            te.event.summary += (te.event.summary.isEmpty() ? QString() : QStringLiteral("\n"))
                                + QStringLiteral("Figures that differ from the store: ") + figures.join(QStringLiteral("; "));
        te.countries = countriesNamedIn(d.title);
        out.append(te);
    }
    return out;
}

} // namespace stratos
