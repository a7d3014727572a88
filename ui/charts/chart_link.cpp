#include "charts/chart_link.h"

#include "charts/chart_catalog.h"

#include <QUrlQuery>

namespace stratos {

ChartLink ChartLink::parse(const QString &text)
{
    ChartLink link;
    const qsizetype q = text.indexOf(u'?');
    link.chartId = text.left(q);
    if (q < 0)
        return link;
    const QUrlQuery query(text.mid(q + 1));
    link.series = query.queryItemValue(QStringLiteral("series"), QUrl::FullyDecoded)
                      .split(u',', Qt::SkipEmptyParts);
    link.from = QDate::fromString(query.queryItemValue(QStringLiteral("from")), Qt::ISODate);
    link.to = QDate::fromString(query.queryItemValue(QStringLiteral("to")), Qt::ISODate);
    link.event = query.queryItemValue(QStringLiteral("event"), QUrl::FullyDecoded);
    return link;
}

QString ChartLink::toString() const
{
    QUrlQuery query;
    if (!series.isEmpty())
        query.addQueryItem(QStringLiteral("series"), series.join(u','));
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (!event.isEmpty())
        query.addQueryItem(QStringLiteral("event"), event);
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? chartId : chartId + u'?' + q;
}

QString ChartLink::page() const
{
    const charts::ChartInfo *info = charts::findChart(chartId);
    return info ? info->page : QString();
}

} // namespace stratos
