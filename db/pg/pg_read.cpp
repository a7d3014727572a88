#include "pg_read.h"

#include "pg_binary.h"

#include <libpq-fe.h>

#include <QSqlDriver>

namespace stratos::pg {

namespace {

// The width of a whole number or real type by OID (pg_type.dat), 0 for a text,
// -1 for a type not read here.
int widthOf(Oid type, ResultRow::Type *kind)
{
    switch (type) {
    case 20: *kind = ResultRow::Integer; return 8;
    case 23: *kind = ResultRow::Integer; return 4;
    case 21: *kind = ResultRow::Integer; return 2;
    case 701: *kind = ResultRow::Real; return 8;
    case 700: *kind = ResultRow::Real; return 4;
    case 25:
    case 1043: *kind = ResultRow::Text; return 0;
    default: return -1;
    }
}

// QtSql's ? placeholders as libpq's $1, $2... (the statements read here have no ? in literals).
QByteArray numbered(const QString &sql)
{
    QString out;
    int n = 0;
    for (const QChar c : sql) {
        if (c == u'?')
            out += QLatin1Char('$') + QString::number(++n);
        else
            out += c;
    }
    return out.toUtf8();
}

} // namespace

DirectRead forEachRow(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                      const std::function<void(const ResultRow &row)> &onRow, QString *error)
{
    if (!db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return DirectRead::Unavailable;
    const QVariant handle = db.driver()->handle();
    // Qt registers QPSQL's handle as the struct behind libpq's typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return DirectRead::Unavailable;
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return DirectRead::Unavailable;
    QList<QByteArray> params;
    std::vector<const char *> values;
    for (const QVariant &b : binds)
        params << copyText(b);
    for (qsizetype i = 0; i < binds.size(); ++i)
        values.push_back(binds[i].isNull() ? nullptr : params[i].constData());
    PGresult *res = PQexecParams(conn, numbered(sql).constData(), int(values.size()), nullptr, values.data(), nullptr,
                                 nullptr, 1 /* binary results */);
    if (!res || PQresultStatus(res) != PGRES_TUPLES_OK) {
        *error = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn)).trimmed();
        PQclear(res);
        return DirectRead::Failed;
    }
    const int columns = PQnfields(res);
    std::vector<ResultRow::Type> kinds(size_t(columns), ResultRow::Null);
    std::vector<int> widths(size_t(columns), 0);
    for (int c = 0; c < columns; ++c) {
        widths[size_t(c)] = widthOf(PQftype(res, c), &kinds[size_t(c)]);
        if (widths[size_t(c)] < 0) {
            PQclear(res);
            return DirectRead::Unavailable;
        }
    }
    ResultRow row;
    row.m_cells.resize(size_t(columns));
    const int rows = PQntuples(res);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            ResultRow::Cell &cell = row.m_cells[size_t(c)];
            if (PQgetisnull(res, r, c)) {
                cell = {ResultRow::Null, nullptr, 0};
                continue;
            }
            cell = {kinds[size_t(c)], PQgetvalue(res, r, c), PQgetlength(res, r, c)};
            if (widths[size_t(c)] > 0 && cell.size != widths[size_t(c)]) { // never from a well-behaved server
                *error = QStringLiteral("column %1 came back with %2 bytes, expected %3").arg(c).arg(cell.size).arg(widths[size_t(c)]);
                PQclear(res);
                return DirectRead::Failed;
            }
        }
        onRow(row);
    }
    PQclear(res);
    return DirectRead::Done;
}

} // namespace stratos::pg
