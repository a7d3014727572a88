#include "headlines.h"

#include "query_log.h"

#include <QSqlQuery>
#include <QVariant>

namespace stratos {

Headlines readHeadlines(QSqlDatabase db)
{
    Headlines out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT card, first, second, coalesce(event_key, ''), coalesce(others, '') FROM headline"));
    if (!logIfFailed(q, "reading the overview's headline comparisons"))
        return out;
    while (q.next()) {
        HeadlineComparison c;
        c.first = q.value(1).toString();
        c.second = q.value(2).toString();
        c.eventKey = q.value(3).toString();
        for (const QString &o : q.value(4).toString().split(u';', Qt::SkipEmptyParts))
            c.others << o.trimmed();
        const QString card = q.value(0).toString();
        if (card == QLatin1String("training_cost"))
            out.trainingCost = c;
        else if (card == QLatin1String("api_price"))
            out.apiPrice = c;
        else if (card == QLatin1String("market_day"))
            out.marketDay = c;
        else if (card == QLatin1String("constellations"))
            out.constellations = c;
    }
    return out;
}

} // namespace stratos
