#pragma once
// Price bars with only their day and close: the overview's market cards need
// no more, and at start-up reading two columns of one series (or two bars of
// it) instead of every field of every bar keeps them off the first paint's
// profile. The other fields of the returned bars are left at their defaults.

#include "model/entities.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stratos {

// Every bar of the series, oldest first (empty when the symbol has none).
QList<PriceBar> closesOf(QSqlDatabase db, const QString &symbol);

// The last bar on or before `day` and the bar before it, oldest first: what
// the day's close-to-close move needs (fewer at the start of the series).
QList<PriceBar> closesUpTo(QSqlDatabase db, const QString &symbol, QDate day);

} // namespace stratos
