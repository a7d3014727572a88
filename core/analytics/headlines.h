#pragma once
// Small computations behind the overview's headline figures: pure functions
// over value types, so the numbers can be checked against the store in tests.

#include "model/entities.h"

#include <QList>
#include <optional>

namespace stratos {

struct DailyMove
{
    QDate day;
    double changePct = 0; // close-to-close, percent
    double close = 0;
    double previousClose = 0;
};

// Close-to-close percentage change for each bar after the first.
QList<DailyMove> dailyMoves(const QList<PriceBar> &bars);
// The largest one-day fall (most negative move), if there are two or more bars.
std::optional<DailyMove> largestDailyFall(const QList<PriceBar> &bars);
// The move on a given day, if that day and the one before it are present.
std::optional<DailyMove> moveOn(const QList<PriceBar> &bars, QDate day);

} // namespace stratos
