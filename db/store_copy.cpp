#include "store_copy.h"

#include "dialect.h"
#include "pg/pg_copy.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace stratos {

namespace {

// Bookkeeping of one store, not content: the schema version, FTS5's own
// tables (rebuilt by triggers), the dataset-lock record of a server.
bool isContentTable(const QString &t)
{
    return !t.startsWith(QLatin1String("sqlite_")) && !t.startsWith(QLatin1String("passage_fts"))
        && t != QLatin1String("stratos_schema") && t != QLatin1String("stratos_dataset_lock")
        && t != QLatin1String("stratos_key_check"); // part of the schema (migration 0014), not content
}

Result<QStringList> column(QSqlDatabase db, const QString &sql, const QStringList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QString &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error(QStringLiteral("cannot read the schema: %1").arg(q.lastError().text()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> tables(const QSqlDatabase &db)
{
    auto all = isPostgres(db)
        ? column(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                    "current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"))
        : column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"));
    if (!all)
        return all;
    QStringList out;
    for (const QString &t : *all)
        if (isContentTable(t))
            out << t;
    return out;
}

// Columns a row can be written to (PostgreSQL's generated tsvector is left out), sorted.
Result<QStringList> columns(const QSqlDatabase &db, const QString &table)
{
    auto cols = isPostgres(db)
        ? column(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                    "current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY 1"),
                 {table})
        : column(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY 1"), {table});
    return cols;
}

// The tables each table points at with a foreign key (on PostgreSQL also the
// keys checked once per statement, migration 0014).
Result<QStringList> parents(const QSqlDatabase &db, const QString &table)
{
    return isPostgres(db)
        ? column(db, QStringLiteral("SELECT confrelid::regclass::text FROM pg_constraint "
                                    "WHERE contype = 'f' AND conrelid = ?::regclass "
                                    "UNION SELECT parent_table FROM stratos_key_check WHERE child_table = ?"),
                 {table, table})
        : column(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"), {table});
}

// One value as the same text on both dialects (a REAL 2.0 and a double 2 are "2").
QString canonical(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("\\N");
    switch (v.typeId()) {
    case QMetaType::Double: return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::Float: return QString::number(double(v.toFloat()), 'g', 17);
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QByteArray: return QString::fromLatin1(v.toByteArray().toHex());
    default: return v.toString();
    }
}

Result<TableCheck> check(const QSqlDatabase &db, const QString &table, const QStringList &cols)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(cols.join(u','), table)))
        return Error(QStringLiteral("cannot read %1: %2").arg(table, q.lastError().text()));
    QStringList lines;
    while (q.next()) {
        QStringList v;
        for (int i = 0; i < cols.size(); ++i)
            v << canonical(q.value(i));
        lines << v.join(QChar(0x1f));
    }
    lines.sort(); // byte order, whatever the server's collation
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &l : lines)
        h.addData((l + u'\n').toUtf8());
    TableCheck c;
    c.table = table;
    c.sourceRows = lines.size();
    c.sourceSum = QString::fromLatin1(h.result().toHex().left(16));
    return c;
}

} // namespace

Result<QList<TableCheck>> storeChecksums(const QSqlDatabase &db)
{
    auto names = tables(db);
    if (!names)
        return names.error();
    QList<TableCheck> out;
    for (const QString &t : *names) {
        auto cols = columns(db, t);
        if (!cols)
            return cols.error();
        auto c = check(db, t, *cols);
        if (!c)
            return c.error();
        out << *c;
    }
    return out;
}

Result<QList<TableCheck>> copyStore(const QSqlDatabase &from, const QSqlDatabase &to,
                                    const std::function<void(const QString &)> &progress)
{
    auto sourceTables = tables(from);
    auto targetTables = tables(to);
    if (!sourceTables)
        return sourceTables.error();
    if (!targetTables)
        return targetTables.error();
    const QSet<QString> shared = QSet<QString>(sourceTables->begin(), sourceTables->end())
                                     .intersect(QSet<QString>(targetTables->begin(), targetTables->end()));
    // Parents before children.
    QStringList order;
    QStringList todo = *targetTables;
    while (!todo.isEmpty()) {
        const qsizetype before = todo.size();
        for (qsizetype i = 0; i < todo.size();) {
            auto ps = parents(to, todo[i]);
            if (!ps)
                return ps.error();
            bool ready = true;
            for (const QString &p : *ps)
                ready = ready && (p == todo[i] || order.contains(p) || !targetTables->contains(p));
            if (ready)
                order << todo.takeAt(i);
            else
                ++i;
        }
        if (todo.size() == before)
            return Error(QStringLiteral("the tables' foreign keys form a cycle: %1").arg(todo.join(u',')));
    }
    // A new store holds only what its migrations wrote (meta, default feeds);
    // one with events, documents or imported rows is somebody's work: refuse.
    for (const char *t : {"event", "document", "import_batch", "price_bar", "launch", "ai_model", "conversation"}) {
        QSqlQuery q(to);
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(t))) && q.next())
            return Error(QStringLiteral("the target store already holds data (table %1); copy into a new, empty store")
                             .arg(QLatin1String(t)));
    }
    QSqlDatabase target = to;
    if (!target.transaction())
        return Error(QStringLiteral("cannot start writing the target: %1").arg(target.lastError().text()));
    auto fail = [&](const QString &message) -> Result<QList<TableCheck>> {
        target.rollback();
        return Error(message);
    };
    // What the target's migrations wrote makes way for the source's rows (children first).
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        QSqlQuery clear(target);
        if (shared.contains(order[i]) && !clear.exec(QStringLiteral("DELETE FROM %1").arg(order[i])))
            return fail(QStringLiteral("cannot clear %1 in the target: %2").arg(order[i], clear.lastError().text()));
    }
    for (const QString &t : order) {
        if (!shared.contains(t))
            continue;
        if (progress)
            progress(t);
        auto targetCols = columns(to, t);
        auto sourceCols = columns(from, t);
        if (!targetCols || !sourceCols)
            return fail(QStringLiteral("cannot read the columns of %1").arg(t));
        QStringList cols;
        for (const QString &c : *targetCols)
            if (sourceCols->contains(c))
                cols << c;
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(cols.join(u','), t)))
            return fail(QStringLiteral("cannot read %1: %2").arg(t, read.lastError().text()));
        // PostgreSQL: COPY in the target's transaction; SQLite: one prepared INSERT.
        std::unique_ptr<pg::RowCopy> copy = pg::RowCopy::create(target, t, cols, {});
        QSqlQuery write(target);
        if (!copy && !write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                        .arg(t, cols.join(u','), QStringList(cols.size(), QStringLiteral("?")).join(u','))))
            return fail(QStringLiteral("cannot write %1: %2").arg(t, write.lastError().text()));
        while (read.next()) {
            QVariantList row;
            for (int i = 0; i < cols.size(); ++i)
                row << read.value(i);
            if (copy) {
                if (Status st = copy->add(row); !st)
                    return fail(QStringLiteral("cannot write %1: %2").arg(t, st.error().message));
                continue;
            }
            for (int i = 0; i < row.size(); ++i)
                write.bindValue(i, row[i]);
            if (!write.exec())
                return fail(QStringLiteral("cannot write %1: %2").arg(t, write.lastError().text()));
        }
        if (copy)
            if (Status st = copy->flush(); !st)
                return fail(QStringLiteral("cannot write %1: %2").arg(t, st.error().message));
        // Identity columns continue after the copied ids.
        if (isPostgres(target) && cols.contains(QLatin1String("id"))) {
            QSqlQuery seq(target);
            if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                                         "false) FROM %1 WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL")
                              .arg(t)))
                return fail(QStringLiteral("cannot move %1's id sequence on: %2").arg(t, seq.lastError().text()));
        }
    }
    if (!target.commit())
        return fail(QStringLiteral("cannot commit the copy: %1").arg(target.lastError().text()));
    auto src = storeChecksums(from);
    auto dst = storeChecksums(to);
    if (!src)
        return src.error();
    if (!dst)
        return dst.error();
    QList<TableCheck> out;
    for (const TableCheck &s : *src) {
        TableCheck c = s;
        c.targetRows = -1;
        for (const TableCheck &d : *dst)
            if (d.table == s.table) {
                c.targetRows = d.sourceRows;
                c.targetSum = d.sourceSum;
            }
        out << c;
    }
    return out;
}

} // namespace stratos
