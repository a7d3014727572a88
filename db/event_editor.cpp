#include "event_editor.h"
#include "dialect.h"

#include "event_rows.h"
#include "store_change.h"
#include "write_access.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>

namespace stratos {
namespace {

Error sqlFailure(const QString &what, const QSqlQuery &q)
{
    return Error(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

QVariant orNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}

Status validate(const UserEvent &e)
{
    if (e.event.key.isEmpty())
        return Error(QStringLiteral("an event needs a key"));
    if (!e.event.day.isValid())
        return Error(QStringLiteral("an event needs a valid date"));
    if (e.event.title.trimmed().isEmpty())
        return Error(QStringLiteral("an event needs a title"));
    return {};
}

QString sourceKey(const QString &eventKey)
{
    return QStringLiteral("user:") + eventKey;
}

} // namespace

QString EventEditor::newKey()
{
    return QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool EventEditor::readOnly() const
{
    return sql::connectionIsReadOnly(m_db);
}

Status EventEditor::inTransaction(const QString &doing, const std::function<Status()> &work)
{
    // Asked before writing: a reader's edit is told whose rights are missing,
    // not the server's "permission denied" half-way.
    const QStringList tables{QStringLiteral("event"), QStringLiteral("source")};
    if (Status access = checkWriteAccess(m_db, tables, tables, doing); !access)
        return access;
    if (!m_db.transaction())
        return Error(QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text()));
    Status s = work();
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error(QStringLiteral("cannot save the change: %1").arg(why));
    }
    return {};
}

Status EventEditor::checkUserEvent(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT origin FROM event WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailure(QStringLiteral("cannot read the event"), q);
    if (!q.next())
        return Error(QStringLiteral("there is no event '%1'").arg(key));
    if (q.value(0).toString() != QLatin1String("user"))
        return Error(
            QStringLiteral("'%1' is a curated event: it can be hidden, not changed or deleted")
                .arg(key));
    return {};
}

Status EventEditor::add(const UserEvent &e)
{
    if (Status s = validate(e); !s)
        return s;
    return inTransaction(QStringLiteral("add the event"), [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO source(key, kind, title, url, origin) "
                                 "VALUES (?, 'user', 'Added by you', ?, 'user') RETURNING id"));
        q.addBindValue(sourceKey(e.event.key));
        q.addBindValue(orNull(e.event.url));
        auto newSource = sql::execReturningId(q);
        if (!newSource)
            return Error{QStringLiteral("cannot save the event's source: %1").arg(newSource.error().message)};
        const QVariant sourceId(*newSource);
        q.prepare(
            QStringLiteral("INSERT INTO event(key, day, lane, title, summary, importance, country, "
                           "source_id, origin, row_version) VALUES (?, ?, 'user', ?, ?, ?, ?, ?, 'user', ?)"));
        q.addBindValue(e.event.key);
        q.addBindValue(e.event.day.toString(Qt::ISODate));
        q.addBindValue(e.event.title.trimmed());
        q.addBindValue(orNull(e.event.summary));
        q.addBindValue(std::clamp(e.event.importance, 1, 3));
        q.addBindValue(orNull(e.country));
        q.addBindValue(sourceId);
        // Undoing a delete brings the row back at the version it had, so the
        // undo steps before it still match.
        q.addBindValue(std::max<qint64>(1, e.rowVersion));
        if (!q.exec())
            return sqlFailure(QStringLiteral("cannot save the event"), q);
        return announceChange(m_db, ChangeKind::Events, e.event.key);
    });
}

Result<SaveOutcome> EventEditor::save(const UserEvent &e)
{
    if (Status s = validate(e); !s)
        return s.error();
    SaveOutcome outcome;
    Status st = inTransaction(QStringLiteral("save the event"), [&]() -> Status {
        if (Status s = checkUserEvent(e.event.key); !s)
            return s;
        QSqlQuery q(m_db);
        // Compare and set: the row must still be the version the user edited.
        q.prepare(
            QStringLiteral("UPDATE event SET day = ?, title = ?, summary = ?, importance = ?, "
                           "country = ?, row_version = row_version + 1 WHERE key = ? "
                           "AND (? = 0 OR row_version = ?)"));
        q.addBindValue(e.event.day.toString(Qt::ISODate));
        q.addBindValue(e.event.title.trimmed());
        q.addBindValue(orNull(e.event.summary));
        q.addBindValue(std::clamp(e.event.importance, 1, 3));
        q.addBindValue(orNull(e.country));
        q.addBindValue(e.event.key);
        q.addBindValue(e.rowVersion);
        q.addBindValue(e.rowVersion);
        if (!q.exec())
            return sqlFailure(QStringLiteral("cannot update the event"), q);
        if (q.numRowsAffected() == 0) {
            auto theirs = load(e.event.key);
            if (!theirs)
                return theirs.error();
            outcome.conflict = EditConflict{e, *theirs};
            return {}; // nothing written; the (empty) transaction commits
        }
        q.prepare(QStringLiteral(
            "UPDATE source SET url = ? WHERE id = (SELECT source_id FROM event WHERE key = ?)"));
        q.addBindValue(orNull(e.event.url));
        q.addBindValue(e.event.key);
        if (!q.exec())
            return sqlFailure(QStringLiteral("cannot update the event's source"), q);
        q.prepare(QStringLiteral("SELECT row_version FROM event WHERE key = ?"));
        q.addBindValue(e.event.key);
        if (!q.exec() || !q.next())
            return sqlFailure(QStringLiteral("cannot read the event back"), q);
        outcome.rowVersion = q.value(0).toLongLong();
        return announceChange(m_db, ChangeKind::Events, e.event.key);
    });
    if (!st)
        return st.error();
    return outcome;
}

Status EventEditor::update(const UserEvent &e)
{
    auto saved = save(e);
    if (!saved)
        return saved.error();
    if (saved->conflict)
        return Error(QStringLiteral("'%1' was changed by someone else after you opened it; nothing was saved")
                         .arg(saved->conflict->theirs.event.title));
    return {};
}

Status EventEditor::remove(const QString &key)
{
    return inTransaction(QStringLiteral("delete the event"), [&]() -> Status {
        if (Status s = checkUserEvent(key); !s)
            return s;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT source_id FROM event WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return sqlFailure(QStringLiteral("cannot read the event"), q);
        const QVariant sourceId = q.value(0);
        q.prepare(QStringLiteral("DELETE FROM event WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return sqlFailure(QStringLiteral("cannot delete the event"), q);
        // The source was the event's own; other rows never point at it.
        q.prepare(QStringLiteral("DELETE FROM source WHERE id = ? AND kind = 'user' AND "
                                 "NOT EXISTS (SELECT 1 FROM event WHERE source_id = ?)"));
        q.addBindValue(sourceId);
        q.addBindValue(sourceId);
        if (!q.exec())
            return sqlFailure(QStringLiteral("cannot delete the event's source"), q);
        return announceChange(m_db, ChangeKind::Events, key);
    });
}

Status EventEditor::setHidden(const QString &key, bool hidden)
{
    return inTransaction(hidden ? QStringLiteral("hide the event") : QStringLiteral("show the event"),
                         [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE event SET hidden = ? WHERE key = ?"));
        q.addBindValue(hidden ? 1 : 0);
        q.addBindValue(key);
        if (!q.exec())
            return sqlFailure(QStringLiteral("cannot change the event"), q);
        if (q.numRowsAffected() != 1)
            return Error(QStringLiteral("there is no event '%1'").arg(key));
        return announceChange(m_db, ChangeKind::Events, key);
    });
}

Result<UserEvent> EventEditor::load(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, e.country, e.row_version FROM event e JOIN source s ON s.id = e.source_id "
                             "WHERE e.key = ?")
                  .arg(eventColumns(m_db)));
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailure(QStringLiteral("cannot read the event"), q);
    if (!q.next())
        return Error(QStringLiteral("there is no event '%1'").arg(key));
    UserEvent u;
    u.event = eventFromRow(q);
    u.country = q.value(kEventColumnCount).toString();
    u.rowVersion = q.value(kEventColumnCount + 1).toLongLong();
    return u;
}

QList<Event> EventEditor::hiddenEvents() const
{
    return readEvents(m_db, EventVisibility::Hidden);
}

} // namespace stratos
