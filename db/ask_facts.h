#pragma once
// Figures the store can answer directly: a security's move on a day, satellites
// launched per constellation and year, a model's training cost and API price.
// Every number comes out of SQL; every fact names the rows it comes from.

#include "ask/ask_types.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stratos {

// Facts for what the question mentions; numbered from firstNumber on.
QList<ask::DataFact> dataFactsForQuestion(QSqlDatabase db, const QString &question, int firstNumber);

// The parts, for tests and for callers that know what they want.
QList<ask::DataFact> securityMoveFacts(QSqlDatabase db, const QString &question);
QList<ask::DataFact> constellationFacts(QSqlDatabase db, const QString &question);
// Satellites operating on a day (GCAT payload catalogue), for questions about
// satellites in orbit or in service.
QList<ask::DataFact> inServiceFacts(QSqlDatabase db, const QString &question);
QList<ask::DataFact> modelCostFacts(QSqlDatabase db, const QString &question);

} // namespace stratos
