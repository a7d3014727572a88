// Removing an import batch: restore the rows it changed from import_undo, then
// delete the rows it added — but never a parent row that rows from other
// batches or the seed still hang off.
#include "importer.h"
#include "dialect.h"
#include "claim_store.h"
#include "write_access.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {

struct TableRule
{
    const char *table;
    const char *keepIf; // SQL condition under which a row of the batch must stay
                        // (x IS NULL OR x <> ?: "another batch or none", on both dialects)
};

// Children first, so cascades never reach rows of other batches.
const TableRule kTables[] = {
    {"price_bar", nullptr},
    {"satellite_status", nullptr},
    {"payload", nullptr},
    {"launch", "EXISTS (SELECT 1 FROM payload p WHERE p.launch_id = launch.id AND (p.batch_id IS NULL OR p.batch_id <> ?))"},
    {"ai_model", nullptr},
    {"security", "EXISTS (SELECT 1 FROM price_bar b WHERE b.security_id = security.id AND (b.batch_id IS NULL OR b.batch_id <> ?))"},
    {"organization", "EXISTS (SELECT 1 FROM ai_model m WHERE m.organization_id = organization.id AND (m.batch_id IS NULL OR m.batch_id <> ?)) "
                     "OR EXISTS (SELECT 1 FROM security s WHERE s.organization_id = organization.id AND (s.batch_id IS NULL OR s.batch_id <> ?))"},
};

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

Status restoreRows(QSqlDatabase db, qint64 batchId, const QString &table)
{
    QSqlQuery undo(db);
    sql::streamRows(undo);
    undo.prepare(QStringLiteral("SELECT row_key, old_values FROM import_undo WHERE batch_id = ? AND table_name = ?"));
    undo.addBindValue(batchId);
    undo.addBindValue(table);
    if (!undo.exec())
        return sqlError(QStringLiteral("cannot read the undo records"), undo);
    QSqlQuery q(db);
    while (undo.next()) {
        const QJsonObject key = QJsonDocument::fromJson(undo.value(0).toString().toUtf8()).object();
        const QJsonObject old = QJsonDocument::fromJson(undo.value(1).toString().toUtf8()).object();
        QStringList sets, where;
        QVariantList binds;
        for (auto it = old.begin(); it != old.end(); ++it) {
            sets << QStringLiteral("%1 = ?").arg(it.key());
            binds << it.value().toVariant();
        }
        for (auto it = key.begin(); it != key.end(); ++it) {
            where << QStringLiteral("%1 = ?").arg(it.key());
            binds << it.value().toVariant();
        }
        // Only rows this batch still owns: a later import that changed them again wins.
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND batch_id = ?")
                      .arg(table, sets.join(u','), where.join(QStringLiteral(" AND "))));
        for (const QVariant &b : binds)
            q.addBindValue(b.isNull() ? QVariant() : b);
        q.addBindValue(batchId);
        if (!q.exec())
            return sqlError(QStringLiteral("cannot restore a row of %1").arg(table), q);
    }
    return {};
}

} // namespace

Status Importer::removeBatch(QSqlDatabase db, qint64 batchId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM import_batch WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
        return Error{QStringLiteral("there is no import batch %1 (see 'stratos imports')").arg(batchId)};
    QStringList tables = {QStringLiteral("import_batch"), QStringLiteral("claim")};
    for (const TableRule &rule : kTables)
        tables << QString::fromLatin1(rule.table);
    if (Status access = checkWriteAccess(db, tables + QStringList{QStringLiteral("claim_run")}, tables,
                                         QStringLiteral("remove import batch %1").arg(batchId));
        !access)
        return access;
    if (!db.transaction())
        return Error{QStringLiteral("cannot start: %1").arg(db.lastError().text())};
    for (const TableRule &rule : kTables) {
        const QString table = QString::fromLatin1(rule.table);
        Status s = restoreRows(db, batchId, table);
        if (s) {
            QString sql = QStringLiteral("DELETE FROM %1 WHERE batch_id = ?").arg(table);
            if (rule.keepIf)
                sql += QStringLiteral(" AND NOT (%1)").arg(QString::fromLatin1(rule.keepIf));
            if (!q.prepare(sql)) {
                s = sqlError(QStringLiteral("cannot prepare removal from %1").arg(table), q);
            } else {
                // Every placeholder is the batch id.
                for (int i = 0; i < sql.count(u'?'); ++i)
                    q.bindValue(i, batchId);
                if (!q.exec())
                    s = sqlError(QStringLiteral("cannot remove rows of %1").arg(table), q);
            }
        }
        if (!s) {
            db.rollback();
            return s;
        }
    }
    // Parents kept because others hang off them are no longer this batch's.
    for (const char *table : {"launch", "security", "organization"}) {
        q.prepare(QStringLiteral("UPDATE %1 SET batch_id = NULL WHERE batch_id = ?").arg(QLatin1String(table)));
        q.addBindValue(batchId);
        if (!q.exec()) {
            const Error e = sqlError(QStringLiteral("cannot release %1").arg(QLatin1String(table)), q);
            db.rollback();
            return e;
        }
    }
    q.prepare(QStringLiteral("DELETE FROM import_batch WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec()) {
        const Error e = sqlError(QStringLiteral("cannot remove the batch"), q);
        db.rollback();
        return e;
    }
    if (Status claims = ClaimStore(db).recomputeAll(); !claims) {
        db.rollback();
        return claims;
    }
    if (!db.commit())
        return Error{QStringLiteral("cannot commit: %1").arg(db.lastError().text())};
    return {};
}

} // namespace stratos
