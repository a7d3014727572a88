#include "sqlite_direct.h"

#include <QSqlDriver>
#include <QSqlQuery>

#ifdef STRATOS_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace stratos {

std::unique_ptr<DirectInsert> DirectInsert::create(QSqlDatabase db, const QString &sql)
{
#ifdef STRATOS_SQLITE_DIRECT
    if (qEnvironmentVariableIsSet("STRATOS_NO_DIRECT_SQLITE"))
        return nullptr;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    if (!h)
        return nullptr;
    // The connection must be served by the very library we link.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_libversion()))
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
        const QVariant &v = values[i];
        const int col = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, col);
        } else {
            switch (v.typeId()) {
            case QMetaType::Double:
                rc = sqlite3_bind_double(stmt, col, v.toDouble());
                break;
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(stmt, col, v.toLongLong());
                break;
            default: {
                const QString s = v.toString();
                rc = sqlite3_bind_text16(stmt, col, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
                break;
            }
            }
        }
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
