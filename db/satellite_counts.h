#pragma once
// How many of each constellation's payloads were launched by a date and how
// many were operating on it, from GCAT's payload catalogue (satellite_status).

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stratos {

struct ConstellationInService
{
    QString constellation;
    int launched = 0;  // payloads launched on or before the day
    int operating = 0; // of those, operating on the day
};

struct InServiceCounts
{
    QDate day;
    QDate asOf; // the catalogue's update day: '*' (still operating) is true of it
    QList<ConstellationInService> rows; // by constellation name
    bool empty() const { return rows.isEmpty(); }
    // The day is after the catalogue: "operating" then means "as of asOf".
    bool beyondCatalogue() const { return asOf.isValid() && day > asOf; }
};

// A payload operates on D when it was launched on or before D and its
// operations had not ended by D (TDate '*', or a TDate after D).
Result<InServiceCounts> inServiceOn(QSqlDatabase db, QDate day);

// The newest catalogue day in the store (invalid when no catalogue was imported).
QDate latestCatalogueDay(QSqlDatabase db);

} // namespace stratos

namespace stratos {
// The counts as CSV, with the catalogue credited (GCAT is CC BY 4.0).
QString inServiceCsv(const InServiceCounts &counts);
} // namespace stratos
