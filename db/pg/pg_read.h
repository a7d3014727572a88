#pragma once
// Reading many rows of a team store on the QPSQL connection's own libpq
// handle, in binary, as sqlite_direct reads a SQLite store: QtSql turns each
// value into a QVariant through several layers, which for the 20,000 payloads
// an import compares against cost more than the server's work. Values come as
// whole numbers (int2, int4, int8), reals (float4, float8), texts (text,
// varchar) or null; a query with a column of any other type is not read here
// (Unavailable), and the caller reads it through QtSql as before.

#include "sqlite_direct.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QtEndian>

#include <cstring>
#include <functional>
#include <vector>

namespace stratos::pg {

// The current row, column by column, with DirectRow's interface; texts are
// valid while the callback runs.
class ResultRow
{
public:
    enum Type { Integer, Real, Text, Null };
    struct Cell
    {
        Type type = Null;
        const char *data = nullptr;
        int size = 0; // bytes; for a number its width
    };

    int columns() const { return int(m_cells.size()); }
    Type type(int column) const { return m_cells[size_t(column)].type; }
    qint64 integer(int column) const
    {
        const Cell &c = m_cells[size_t(column)];
        switch (c.size) {
        case 2: return qFromBigEndian<qint16>(c.data);
        case 4: return qFromBigEndian<qint32>(c.data);
        default: return qFromBigEndian<qint64>(c.data);
        }
    }
    double real(int column) const
    {
        const Cell &c = m_cells[size_t(column)];
        if (c.size == 4) {
            const quint32 bits = qFromBigEndian<quint32>(c.data);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            return double(f);
        }
        const quint64 bits = qFromBigEndian<quint64>(c.data);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    QByteArrayView utf8(int column) const { return {m_cells[size_t(column)].data, m_cells[size_t(column)].size}; }

    std::vector<Cell> m_cells; // filled by forEachRow
};

// Runs `sql` (placeholders ? as in QtSql, bound in order) and calls onRow per
// row. Unavailable when `db` is not a team store, this build has no libpq, or a
// column has a type not read here.
DirectRead forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                      const std::function<void(const ResultRow &row)> &onRow, QString *error);

} // namespace stratos::pg
