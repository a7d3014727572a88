#include "price_closes.h"

#include "row_columns.h"
#include "row_reader.h"

#include <algorithm>

namespace stratos {
namespace {

PriceBar dayAndClose(const QSqlQuery &q)
{
    PriceBar b;
    readColumns(q, 0, b.day, b.close);
    return b;
}

} // namespace

QList<PriceBar> closesOf(QSqlDatabase db, const QString &symbol)
{
    return selectRows(db,
                      QStringLiteral("SELECT p.day, p.close FROM price_bar p JOIN security s ON s.id = p.security_id "
                                     "WHERE s.symbol = ? ORDER BY p.day"),
                      {symbol}, "reading closing prices", dayAndClose);
}

QList<PriceBar> closesUpTo(QSqlDatabase db, const QString &symbol, QDate day)
{
    QList<PriceBar> bars = selectRows(db,
                                      QStringLiteral("SELECT p.day, p.close FROM price_bar p JOIN security s "
                                                     "ON s.id = p.security_id WHERE s.symbol = ? AND p.day <= ? "
                                                     "ORDER BY p.day DESC LIMIT 2"),
                                      {symbol, day.toString(Qt::ISODate)}, "reading closing prices", dayAndClose);
    std::reverse(bars.begin(), bars.end());
    return bars;
}

} // namespace stratos
