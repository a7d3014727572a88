#pragma once
// Reading a row's columns into an entity's fields, in the order the SELECT
// names them, each converted by the field's type: how the store writes a day,
// a time, a flag or a NULL is decided here once, and a mapping is the list of
// its fields instead of a numbered q.value(i) per line.

#include "row_reader.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace stratos {
namespace detail {

inline void readColumn(const QVariant &v, QString &out) { out = v.toString(); }
inline void readColumn(const QVariant &v, qint64 &out) { out = v.toLongLong(); }
inline void readColumn(const QVariant &v, int &out) { out = v.toInt(); }
inline void readColumn(const QVariant &v, double &out) { out = v.toDouble(); }
// SQLite stores a flag as 0/1, PostgreSQL's EXISTS gives a boolean.
inline void readColumn(const QVariant &v, bool &out) { out = v.toBool(); }
inline void readColumn(const QVariant &v, QDate &out) { out = isoDay(v); }
inline void readColumn(const QVariant &v, QDateTime &out)
{
    out = QDateTime::fromString(v.toString(), Qt::ISODate);
}
// A nullable column: NULL stays "no value", never 0 or an empty string.
template <typename T>
void readColumn(const QVariant &v, std::optional<T> &out)
{
    if (v.isNull()) {
        out.reset();
        return;
    }
    T value{};
    readColumn(v, value);
    out = value;
}

} // namespace detail

// Columns first, first + 1, ... of q's current row into fields, in order.
template <typename... Fields>
void readColumns(const QSqlQuery &q, int first, Fields &...fields)
{
    int column = first;
    (detail::readColumn(q.value(column++), fields), ...);
}

} // namespace stratos
