#include "row_writer.h"
#include "dialect.h"

#include "pg/pg_copy.h"
#include "pg/pg_stage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <cmath>

namespace stratos {

namespace {
// A NULL column must stay NULL in JSON (fromVariant turns a null integer into 0).
QJsonValue json(const QVariant &v) { return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v); }
} // namespace

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const auto numeric = [](const QVariant &v) {
        const int t = v.typeId();
        return t == QMetaType::Double || t == QMetaType::Int || t == QMetaType::LongLong ||
               t == QMetaType::UInt || t == QMetaType::ULongLong || t == QMetaType::Bool;
    };
    if (numeric(a) || numeric(b)) {
        bool okA = false, okB = false;
        const double x = a.toDouble(&okA), y = b.toDouble(&okB);
        if (okA && okB)
            return x == y || std::abs(x - y) <= 1e-12 * std::max(std::abs(x), std::abs(y));
    }
    return a.toString() == b.toString();
}

namespace {
// Rows per multi-row INSERT: per-statement overhead in QtSql dominates
// single-row inserts.
constexpr int kChunk = 64;
} // namespace

RowWriter::RowWriter(QSqlDatabase db, QString table, QStringList keyColumns,
                     QStringList valueColumns, qint64 batchId, qint64 sourceId)
    : m_db(db), m_table(std::move(table)), m_keys(std::move(keyColumns)),
      m_values(std::move(valueColumns)), m_batchId(batchId), m_sourceId(sourceId),
      m_existing(int(m_keys.size()), int(m_values.size()) + 3), m_insert(db),
      m_insertMany(db), m_update(db), m_undo(db)
{
    const QStringList cols = m_keys + m_values;
    // source, batch and origin are the same for every row of an import: spelled
    // out in the statement, not bound (each bind costs thousands of
    // instructions in QtSql).
    const QStringList marks(cols.size(), QStringLiteral("?"));
    const QString tuple = QStringLiteral("(%1, %2, %3, 'import')").arg(marks.join(u',')).arg(m_sourceId).arg(m_batchId);
    const QStringList tuples(kChunk, tuple);
    QStringList sets, where;
    for (const QString &v : m_values)
        sets << QStringLiteral("%1 = coalesce(?, %1)").arg(v);
    for (const QString &k : m_keys)
        where << QStringLiteral("%1 = ?").arg(k);
    m_prepared =
        m_insert.prepare(QStringLiteral("INSERT INTO %1 (%2, source_id, batch_id, origin) VALUES %3")
                             .arg(m_table, cols.join(u','), tuple)) &&
        m_insertMany.prepare(QStringLiteral("INSERT INTO %1 (%2, source_id, batch_id, origin) VALUES %3")
                                 .arg(m_table, cols.join(u','), tuples.join(u','))) &&

        m_update.prepare(QStringLiteral("UPDATE %1 SET %2, source_id = ?, batch_id = ?, origin = 'import' WHERE %3")
                             .arg(m_table, sets.join(u','), where.join(QStringLiteral(" AND ")))) &&
        m_undo.prepare(QStringLiteral("INSERT INTO import_undo(batch_id, table_name, row_key, old_values) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    m_direct = DirectInsert::create(db, QStringLiteral("INSERT INTO %1 (%2, source_id, batch_id, origin) VALUES %3")
                                            .arg(m_table, cols.join(u','), tuple));
    // kChunk rows per statement: one statement keeps its cursor where the last
    // row went in (rows in key order skip the descent from the root) and pays
    // its start and end once per chunk (a 1M-row price import: 3.9 -> 3.0 s CPU).
    if (m_direct)
        m_directMany = DirectInsert::create(db, QStringLiteral("INSERT INTO %1 (%2, source_id, batch_id, origin) VALUES %3")
                                                    .arg(m_table, cols.join(u','), tuples.join(u',')));
    m_copy = pg::RowCopy::create(db, m_table,
                                 cols + QStringList{QStringLiteral("source_id"), QStringLiteral("batch_id"), QStringLiteral("origin")},
                                 {m_sourceId, m_batchId, QStringLiteral("import")});
    if (m_copy) {
        m_stagedUpdates = pg::StagedRows::create(db, QStringLiteral("stratos_stage_") + m_table, m_table, cols);
        m_stagedUndo = pg::StagedRows::create(db, QStringLiteral("stratos_stage_undo"), QStringLiteral("import_undo"),
                                              {QStringLiteral("batch_id"), QStringLiteral("table_name"),
                                               QStringLiteral("row_key"), QStringLiteral("old_values")});
    }
}

RowWriter::~RowWriter() = default;

QString RowWriter::keyString(const QVariantList &key) const
{
    if (key.size() == 1)
        return key.front().toString();
    QString out;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (i > 0)
            out += ExistingRows::keySeparator;
        out += key[i].toString();
    }
    return out;
}

Status RowWriter::applyStaged()
{
    if (!m_stagedUpdates || !m_stagedUndo || m_stagedUpdates->size() + m_stagedUndo->size() == 0)
        return {};
    // The COPY of new rows holds the connection until it ends.
    if (Status st = m_copy->flush(); !st)
        return st;
    m_stagedKeys.clear();
    if (auto st = m_stagedUndo->apply(QStringLiteral("INSERT INTO import_undo(batch_id, table_name, row_key, old_values) "
                                                       "SELECT batch_id, table_name, row_key, old_values FROM stratos_stage_undo "
                                                       "ON CONFLICT DO NOTHING"));
        !st.ok())
        return Error{QStringLiteral("cannot record undo for %1: %2").arg(m_table, st.error().message)};
    QStringList sets, where;
    for (const QString &v : m_values)
        sets << QStringLiteral("%1 = coalesce(s.%1, t.%1)").arg(v);
    for (const QString &k : m_keys)
        where << QStringLiteral("t.%1 = s.%1").arg(k);
    const QString update = QStringLiteral("UPDATE %1 t SET %2, source_id = %3, batch_id = %4, origin = 'import' "
                                          "FROM stratos_stage_%1 s WHERE %5")
                               .arg(m_table, sets.join(u','))
                               .arg(m_sourceId)
                               .arg(m_batchId)
                               .arg(where.join(QStringLiteral(" AND ")));
    if (auto st = m_stagedUpdates->apply(update); !st.ok())
        return Error{QStringLiteral("cannot update rows of %1: %2").arg(m_table, st.error().message)};
    return {};
}

Status RowWriter::flush()
{
    if (m_copy) {
        if (Status st = m_copy->flush(); !st)
            return st;
        return applyStaged();
    }
    // Whatever is left after the last full chunk goes one row at a time.
    const int perRow = int(m_keys.size() + m_values.size());
    const QVariantList pending = m_pending;
    const int rows = m_pendingRows;
    m_pending.clear();
    m_pendingRows = 0;
    if (m_direct) {
        QVariantList row;
        for (int r = 0; r < rows; ++r) {
            row = pending.mid(r * perRow, perRow);
            QString error;
            if (!m_direct->run(row, &error))
                return Error{QStringLiteral("cannot add a row to %1: %2").arg(m_table, error)};
        }
        return {};
    }
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < perRow; ++c)
            m_insert.bindValue(c, pending[r * perRow + c]);
        if (!m_insert.exec())
            return Error{QStringLiteral("cannot add a row to %1: %2").arg(m_table, m_insert.lastError().text())};
    }
    return {};
}

Status RowWriter::flushRows(int rows)
{
    if (m_directMany) {
        QString error;
        if (!m_directMany->run(m_pending, &error)) // one statement: none of its rows stay
            return Error{QStringLiteral("cannot add rows to %1 (the %2 rows up to this one): %3")
                             .arg(m_table).arg(rows).arg(error)};
        m_pending.clear();
        m_pendingRows = 0;
        return {};
    }
    const int perRow = int(m_keys.size() + m_values.size());
    for (int i = 0; i < rows * perRow; ++i)
        m_insertMany.bindValue(i, m_pending[i]);
    if (!m_insertMany.exec())
        return Error{QStringLiteral("cannot add rows to %1: %2").arg(m_table, m_insertMany.lastError().text())};
    m_pending.clear();
    m_pendingRows = 0;
    return {};
}

Status RowWriter::preload(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    sql::streamRows(q);
    const QString sql = QStringLiteral("SELECT %1, %2, source_id, origin, batch_id FROM %3%4")
                            .arg(m_keys.join(u','), m_values.join(u','), m_table,
                                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    const int nk = int(m_keys.size());
    const int nv = int(m_values.size());
    QString error;
    DirectRead direct = directForEachRawRow(m_db, sql, binds, [&](const DirectRow &row) {
        m_existing.add(row);
    }, &error);
    if (direct == DirectRead::Unavailable)
        direct = pg::forEachRow(m_db, sql, binds, [&](const pg::ResultRow &row) { m_existing.add(row); }, &error);
    if (direct == DirectRead::Done) {
        m_existing.finish();
        return {};
    }
    if (direct == DirectRead::Failed)
        return Error{QStringLiteral("cannot read %1: %2").arg(m_table, error)};
    if (!q.prepare(sql))
        return Error{QStringLiteral("cannot read %1: %2").arg(m_table, q.lastError().text())};
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{QStringLiteral("cannot read %1: %2").arg(m_table, q.lastError().text())};
    QVariantList row(nk + nv + 3);
    while (q.next()) {
        for (int i = 0; i < nk + nv + 3; ++i)
            row[i] = q.value(i);
        m_existing.add(row);
    }
    m_existing.finish();
    return {};
}

Status RowWriter::update(const QVariantList &key, const QVariantList &values)
{
    int i = 0;
    for (const QVariant &v : values)
        m_update.bindValue(i++, v);
    m_update.bindValue(i++, m_sourceId);
    m_update.bindValue(i++, m_batchId);
    for (const QVariant &k : key)
        m_update.bindValue(i++, k);
    if (!m_update.exec())
        return Error{QStringLiteral("cannot update a row of %1: %2").arg(m_table, m_update.lastError().text())};
    return {};
}

Status RowWriter::recordUndo(const QVariantList &key, const QVariantList &old)
{
    QJsonObject keyJson, oldJson;
    for (int i = 0; i < m_keys.size(); ++i)
        keyJson.insert(m_keys[i], json(key[i]));
    for (int i = 0; i < m_values.size(); ++i)
        oldJson.insert(m_values[i], json(old[i]));
    oldJson.insert(QStringLiteral("source_id"), json(old[m_values.size()]));
    oldJson.insert(QStringLiteral("origin"), json(old[m_values.size() + 1]));
    oldJson.insert(QStringLiteral("batch_id"), json(old[m_values.size() + 2]));
    const QString keyText = QString::fromUtf8(QJsonDocument(keyJson).toJson(QJsonDocument::Compact));
    const QString oldText = QString::fromUtf8(QJsonDocument(oldJson).toJson(QJsonDocument::Compact));
    if (m_stagedUndo) {
        m_stagedUndo->add({m_batchId, m_table, keyText, oldText});
        return {};
    }
    m_undo.bindValue(0, m_batchId);
    m_undo.bindValue(1, m_table);
    m_undo.bindValue(2, keyText);
    m_undo.bindValue(3, oldText);
    if (!m_undo.exec())
        return Error{QStringLiteral("cannot record undo for %1: %2").arg(m_table, m_undo.lastError().text())};
    return {};
}

Result<RowChange> RowWriter::write(const QVariantList &key, const QVariantList &values)
{
    if (!m_prepared)
        return Error{QStringLiteral("cannot prepare writes to %1: %2")
                         .arg(m_table, m_insert.lastError().text() + m_update.lastError().text())};
    // Fast path: nothing of this table's scope in the store yet and keys unique in the file.
    const bool fresh = m_keysUnique && m_existing.isEmpty();
    const QString ks = fresh ? QString() : keyString(key);
    const qsizetype existing = fresh ? -1 : m_existing.find(ks);
    if (!m_keysUnique && m_added.contains(ks)) {
        // The file repeats a key it already added: the later row wins, in place.
        if (Status st = flush(); !st)
            return st.error();
        if (Status st = update(key, values); !st)
            return st.error();
        return RowChange::Unchanged;
    }
    if (existing < 0) {
        for (const QVariant &k : key)
            m_pending << k;
        for (int j = 0; j < values.size(); ++j)
            m_pending << (values[j].isNull() ? m_defaults.value(m_values[j], values[j]) : values[j]);
        if (!m_keysUnique)
            m_added.insert(ks);
        if (m_copy) {
            Status st = m_copy->add(m_pending);
            m_pending.clear();
            if (!st)
                return Error{QStringLiteral("cannot add rows to %1: %2").arg(m_table, st.error().message)};
            return RowChange::Added;
        }
        if (m_direct && !m_directMany) {
            QString error;
            const bool ok = m_direct->run(m_pending, &error);
            m_pending.clear();
            if (!ok)
                return Error{QStringLiteral("cannot add a row to %1: %2").arg(m_table, error)};
            return RowChange::Added;
        }
        if (++m_pendingRows == kChunk) {
            if (Status st = flushRows(kChunk); !st)
                return st.error();
        }
        return RowChange::Added;
    }
    QVariantList old = m_existing.values(existing);
    bool differs = false;
    for (int i = 0; i < values.size(); ++i)
        if (!values[i].isNull() && !sameValue(values[i], old[i])) {
            differs = true;
            break;
        }
    if (!differs)
        return RowChange::Unchanged;

    // Keep the old values once per batch so removing the batch restores them.
    if (old.value(int(m_values.size()) + 2).toLongLong() != m_batchId) {
        if (Status st = recordUndo(key, old); !st)
            return st.error();
    }
    if (m_stagedUpdates) {
        // A key already waiting is applied first: one UPDATE ... FROM must
        // meet each row once, and the later values build on the earlier ones.
        if (m_stagedKeys.contains(ks)) {
            if (Status st = applyStaged(); !st)
                return st.error();
        }
        m_stagedUpdates->add(key + values);
        m_stagedKeys.insert(ks);
        if (m_stagedUpdates->bytes() >= 4 * 1024 * 1024) {
            if (Status st = applyStaged(); !st)
                return st.error();
        }
    } else if (Status st = update(key, values); !st) {
        return st.error();
    }
    for (int j = 0; j < values.size(); ++j)
        if (!values[j].isNull())
            old[j] = values[j];
    old[m_values.size()] = m_sourceId;
    old[m_values.size() + 1] = QStringLiteral("import");
    old[m_values.size() + 2] = m_batchId;
    m_existing.replace(existing, old);
    return RowChange::Updated;
}

} // namespace stratos
