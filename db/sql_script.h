#pragma once
// Splits an SQL script into single statements (QtSql runs one at a time),
// keeping CREATE TRIGGER ... BEGIN ... END; bodies whole.

#include <QString>
#include <QStringList>

namespace stratos {

QStringList splitSqlScript(const QString &script);

} // namespace stratos
