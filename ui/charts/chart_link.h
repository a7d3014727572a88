#pragma once
// A link to a chart with the choices that make it tell a story: which series,
// which range, which event to open. Overview cards and saved sessions use it:
// "markets.rebased?series=NVDA,^IXIC&from=2024-12-16&to=2025-02-14&event=KEY".

#include <QDate>
#include <QString>
#include <QStringList>

namespace stratos {

struct ChartLink
{
    QString chartId;
    QStringList series;
    QDate from, to;
    QString event;

    static ChartLink parse(const QString &text);
    QString toString() const;
    QString page() const; // from the chart catalog; empty for an unknown chart
};

} // namespace stratos
