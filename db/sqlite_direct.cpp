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
    if (v.isNull())
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

DirectRead directForEachRow(QSqlDatabase db, const QString &sql, const QVariantList &binds,
                            const std::function<void(const QVariantList &row)> &onRow, QString *error)
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
    const int columns = sqlite3_column_count(stmt);
    QVariantList row(columns);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER: row[c] = qlonglong(sqlite3_column_int64(stmt, c)); break;
            case SQLITE_FLOAT: row[c] = sqlite3_column_double(stmt, c); break;
            case SQLITE_NULL: row[c] = QVariant(); break;
            default: {
                const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(stmt, c));
                row[c] = QString::fromUtf16(text, sqlite3_column_bytes16(stmt, c) / 2);
            }
            }
        }
        onRow(row);
    }
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
