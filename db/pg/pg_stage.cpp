#include "pg_stage.h"

#include "pg_copy.h"

#include <QSqlDriver>
#include <libpq-fe.h>

namespace stratos::pg {

std::unique_ptr<StagedRows> StagedRows::create(const QSqlDatabase &db, const QString &stage, const QString &table,
                                               const QStringList &columns)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt registers QPSQL's handle as the struct behind libpq's typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    pg_conn *conn = *static_cast<pg_conn *const *>(handle.constData());
    if (!conn)
        return nullptr;
    std::unique_ptr<StagedRows> staged(new StagedRows);
    staged->m_conn = Connection::borrow(conn);
    staged->m_stage = stage;
    staged->m_table = table;
    staged->m_columns = columns;
    return staged;
}

StagedRows::~StagedRows() = default;

void StagedRows::add(const QVariantList &row)
{
    m_rows += CopyIn::textRow(row);
    ++m_count;
}

Result<qint64> StagedRows::apply(const QString &statement)
{
    if (m_count == 0)
        return 0;
    const QByteArray rows = std::exchange(m_rows, {});
    m_count = 0;
    // The column types of the table, none of its constraints: a null in a
    // staged value means "the file does not say" for an UPDATE's coalesce.
    // Another writer of this transaction may have made the stage already.
    if (Status st = m_conn->exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 ON COMMIT DROP AS "
                                                "SELECT %2 FROM %3 WITH NO DATA")
                                     .arg(m_stage, m_columns.join(u','), m_table));
        !st)
        return st.error();
    auto copy = CopyIn::start(*m_conn, m_stage, m_columns, CopyFormat::Text);
    if (!copy)
        return copy.error();
    if (Status st = (*copy)->put(rows); !st) {
        (*copy)->abort(st.error().message);
        return st.error();
    }
    if (auto n = (*copy)->finish(); !n)
        return n.error();
    PGresult *res = PQexec(m_conn->handle(), statement.toUtf8().constData());
    if (!res || PQresultStatus(res) != PGRES_COMMAND_OK) {
        Error e = m_conn->failure(res, QStringLiteral("the %1 statement").arg(statement.section(u' ', 0, 0).toUpper()));
        PQclear(res);
        return e;
    }
    const qint64 affected = QByteArray(PQcmdTuples(res)).toLongLong();
    PQclear(res);
    if (Status st = m_conn->exec(QStringLiteral("TRUNCATE %1").arg(m_stage)); !st)
        return st.error();
    return affected;
}

} // namespace stratos::pg
