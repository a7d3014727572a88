#pragma once
// The charts Stratos can draw: stable ids (used by `stratos export-chart`, saved
// settings and overview links), short titles, and the page each lives on.

#include <QList>
#include <QString>
#include <QStringList>

namespace stratos::charts {

struct ChartInfo
{
    QString id;    // "models.training-cost"
    QString title; // "Training cost vs release date"
    QString tab;   // "Training cost": the page's tab
    QString page;  // "models"
    QString seriesHelp; // what --series names for this chart
};

const QList<ChartInfo> &chartCatalog();
const ChartInfo *findChart(const QString &id);
QStringList chartIds();
QStringList chartIdsOnPage(const QString &page);

} // namespace stratos::charts
