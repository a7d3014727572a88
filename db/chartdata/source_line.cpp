// Source lines name how fresh the data behind a chart are, in the chart and
// in every export made from it.
#include "chartdata/builders.h"
#include "feed_store.h"

#include <QLocale>

namespace stratos::charts::detail {

QString sourceLine(const char *source, const Repository &repo, feeds::Kind dataset)
{
    const QDate day = QDate::fromString(FeedStore(repo.database()).datasetAsOf(dataset).left(10), Qt::ISODate);
    QString line = QString::fromUtf8(source);
    if (day.isValid())
        line += QStringLiteral("; data to %1").arg(QLocale(QLocale::English).toString(day, QStringLiteral("d MMM yyyy")));
    return line;
}

} // namespace stratos::charts::detail
