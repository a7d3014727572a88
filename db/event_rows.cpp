#include "event_rows.h"

#include "dialect.h"
#include "query_log.h"
#include "row_columns.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {

QString eventColumns(const QSqlDatabase &db)
{
    const SqlDialect d = dialectOf(db);
    return QStringLiteral("e.id, e.key, e.day, e.lane, e.title, e.summary, e.importance, s.url, e.origin, "
                          "(SELECT %1 FROM event_link WHERE event_id = e.id)")
        .arg(sql::groupConcat(d, QStringLiteral("entity_kind || ':' || entity_key"), QStringLiteral("';'")));
}

Origin originFromText(QStringView text)
{
    if (text == u"user")
        return Origin::User;
    if (text == u"import")
        return Origin::Import;
    return Origin::Seed;
}

QLatin1StringView originText(Origin origin)
{
    switch (origin) {
    case Origin::User:
        return QLatin1StringView("user");
    case Origin::Import:
        return QLatin1StringView("import");
    case Origin::Seed:
        break;
    }
    return QLatin1StringView("seed");
}

Event eventFromRow(const QSqlQuery &q, int first)
{
    Event e;
    QString origin, concerns;
    readColumns(q, first, e.id, e.key, e.day, e.lane, e.title, e.summary, e.importance, e.url, origin, concerns);
    e.origin = originFromText(origin);
    e.concerns = concerns.split(u';', Qt::SkipEmptyParts);
    return e;
}

QList<Event> readEvents(QSqlDatabase db, EventVisibility which)
{
    QList<Event> out;
    QSqlQuery q(db);
    sql::streamRows(q);
    q.exec(QStringLiteral("SELECT %1 FROM event e JOIN source s ON s.id = e.source_id "
                          "WHERE e.hidden = %2 ORDER BY e.day, e.id")
               .arg(eventColumns(db))
               .arg(which == EventVisibility::Hidden ? 1 : 0));
    if (!logIfFailed(q, which == EventVisibility::Hidden ? "reading the hidden events" : "reading the events"))
        return out;
    while (q.next())
        out.append(eventFromRow(q));
    return out;
}

} // namespace stratos
