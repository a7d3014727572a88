#pragma once
// The numbers behind the chart next to a selected event: a security's path
// from 10 trading days before to 10 after, a model's peers, a constellation's
// running total. Pure functions over value types.

#include "model/entities.h"

#include <QList>
#include <QPair>
#include <optional>

namespace stratos::timeline {

struct PricePath
{
    QDate day0;    // first trading day on or after the event
    QDate baseDay; // last trading day before day0; its close is the 0 % line
    double baseClose = 0;
    QList<QPair<QDate, double>> changePct; // close vs baseClose, percent, by day
};

// Empty when no trading day is on or after the event, or none before it.
// bars must be sorted by day.
std::optional<PricePath> pricePath(const QList<PriceBar> &bars, QDate eventDay, int before = 10,
                                   int after = 10);

// The model and up to maxPeers others released within `months` of it that
// have `measure` (nearest release dates first), sorted by release date.
enum class ModelMeasure
{
    TrainingCost,
    TrainingCompute
};
QList<AiModel> modelPeers(const QList<AiModel> &models, const QString &name, ModelMeasure measure,
                          int months = 12, int maxPeers = 12);
std::optional<double> measureOf(const AiModel &m, ModelMeasure measure);

// Running totals from (day, count) pairs in any order: one point per day.
QList<QPair<QDate, int>> cumulative(QList<QPair<QDate, int>> counts);

} // namespace stratos::timeline
