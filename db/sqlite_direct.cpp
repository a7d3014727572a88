#include "sqlite_direct.h"

#include <QSqlDriver>
#include <QSqlQuery>

#ifdef STRATOS_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace stratos {

#ifdef STRATOS_SQLITE_DIRECT
namespace {

// The connection's handle, when it is served by the very library we link.
sqlite3 *directHandle(QSqlDatabase db)
{
    if (qEnvironmentVariableIsSet("STRATOS_NO_DIRECT_SQLITE"))
        return nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    if (!h)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return h;
}

int bindValue(sqlite3_stmt *stmt, int col, const QVariant &v)
{
    // NULL where Qt's SQLite driver binds NULL: a null variant, and (Qt 6's
    // QVariant::isNull() aside) a variant holding a null QString or QByteArray,
    // so that a file written through either path reads back the same.
    if (v.isNull() || (v.typeId() == QMetaType::QString && static_cast<const QString *>(v.constData())->isNull()) ||
        (v.typeId() == QMetaType::QByteArray && static_cast<const QByteArray *>(v.constData())->isNull()))
        return sqlite3_bind_null(stmt, col);
    switch (v.typeId()) {
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, col, v.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, col, v.toLongLong());
    default: {
        const QString s = v.toString();
        return sqlite3_bind_text16(stmt, col, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

} // namespace
#endif

#ifdef STRATOS_SQLITE_DIRECT
int DirectRow::columns() const { return sqlite3_column_count(static_cast<sqlite3_stmt *>(m_stmt)); }

DirectRow::Type DirectRow::type(int column) const
{
    switch (sqlite3_column_type(static_cast<sqlite3_stmt *>(m_stmt), column)) {
    case SQLITE_INTEGER: return Integer;
    case SQLITE_FLOAT: return Real;
    case SQLITE_NULL: return Null;
    default: return Text; // a blob reads as its bytes
    }
}

qint64 DirectRow::integer(int column) const { return sqlite3_column_int64(static_cast<sqlite3_stmt *>(m_stmt), column); }

double DirectRow::real(int column) const { return sqlite3_column_double(static_cast<sqlite3_stmt *>(m_stmt), column); }

QByteArrayView DirectRow::utf8(int column) const
{
    // The store's encoding is UTF-8: no conversion (text16 translated every value).
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return QByteArrayView(text, sqlite3_column_bytes(stmt, column));
}
#else
int DirectRow::columns() const { return 0; }
DirectRow::Type DirectRow::type(int) const { return Null; }
qint64 DirectRow::integer(int) const { return 0; }
double DirectRow::real(int) const { return 0; }
QByteArrayView DirectRow::utf8(int) const { return {}; }
#endif

DirectRead directForEachRawRow(QSqlDatabase db, const QString &sql, const QVariantList &binds,
                               const std::function<void(const DirectRow &row)> &onRow, QString *error)
{
#ifdef STRATOS_SQLITE_DIRECT
    sqlite3 *h = directHandle(db);
    if (!h)
        return DirectRead::Unavailable;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const auto fail = [&] {
        *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(stmt);
        return DirectRead::Failed;
    };
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return fail();
    for (int i = 0; i < binds.size(); ++i)
        if (bindValue(stmt, i + 1, binds[i]) != SQLITE_OK)
            return fail();
    const DirectRow row(stmt);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        onRow(row);
    if (rc != SQLITE_DONE)
        return fail();
    sqlite3_finalize(stmt);
    return DirectRead::Done;
#else
    Q_UNUSED(db);
    Q_UNUSED(sql);
    Q_UNUSED(binds);
    Q_UNUSED(onRow);
    Q_UNUSED(error);
    return DirectRead::Unavailable;
#endif
}

DirectRead directForEachRow(QSqlDatabase db, const QString &sql, const QVariantList &binds,
                            const std::function<void(const QVariantList &row)> &onRow, QString *error)
{
    QVariantList values;
    return directForEachRawRow(db, sql, binds, [&](const DirectRow &row) {
        const int columns = row.columns();
        values.resize(columns);
        for (int c = 0; c < columns; ++c) {
            switch (row.type(c)) {
            case DirectRow::Integer: values[c] = qlonglong(row.integer(c)); break;
            case DirectRow::Real: values[c] = row.real(c); break;
            case DirectRow::Null: values[c] = QVariant(); break;
            case DirectRow::Text: values[c] = QString::fromUtf8(row.utf8(c)); break;
            }
        }
        onRow(values);
    }, error);
}

std::unique_ptr<DirectInsert> DirectInsert::create(QSqlDatabase db, const QString &sql)
{
#ifdef STRATOS_SQLITE_DIRECT
    sqlite3 *h = directHandle(db);
    if (!h)
        return nullptr;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    std::unique_ptr<DirectInsert> d(new DirectInsert);
    d->m_db = h;
    d->m_stmt = stmt;
    return d;
#else
    Q_UNUSED(db);
    Q_UNUSED(sql);
    return nullptr;
#endif
}

DirectInsert::~DirectInsert()
{
#ifdef STRATOS_SQLITE_DIRECT
    sqlite3_finalize(static_cast<sqlite3_stmt *>(m_stmt));
#endif
}

bool DirectInsert::run(const QVariantList &values, QString *error)
{
#ifdef STRATOS_SQLITE_DIRECT
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    sqlite3_reset(stmt);
    for (int i = 0; i < values.size(); ++i) {
        const int rc = bindValue(stmt, i + 1, values[i]);
        if (rc != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(static_cast<sqlite3 *>(m_db)));
            return false;
        }
    }
    if (sqlite3_step(stmt) != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(static_cast<sqlite3 *>(m_db)));
        sqlite3_reset(stmt);
        return false;
    }
    return true;
#else
    Q_UNUSED(values);
    *error = QStringLiteral("direct SQLite access is not available in this build");
    return false;
#endif
}

} // namespace stratos
