#include "conversation_store.h"
#include "dialect.h"
#include "row_columns.h"
#include "row_reader.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stratos {
namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// On a team store a conversation is its maker's (migration 0016): the server's
// user is recorded with it and every read keeps to that user's. SQLite has one
// user and records none.
QString ownerValue(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("current_user") : QStringLiteral("NULL");
}

// " AND <alias>.owner is this user's" (or shared from before 0016); nothing on SQLite.
QString andMine(const QSqlDatabase &db, const char *alias)
{
    return isPostgres(db) ? QStringLiteral(" AND (%1.owner IS NULL OR %1.owner = current_user)").arg(QLatin1String(alias))
                          : QString();
}

Error sqlFailure(const QSqlQuery &q, const QString &what)
{
    return Error{QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

} // namespace

Result<qint64> ConversationStore::create(const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO conversation(title, created_at, updated_at, owner) VALUES (?, ?, ?, %1) "
                             "RETURNING id")
                  .arg(ownerValue(m_db)));
    const QString t = now();
    q.addBindValue(title.simplified().left(200));
    q.addBindValue(t);
    q.addBindValue(t);
    auto id = sql::execReturningId(q);
    if (!id)
        return Error{QStringLiteral("cannot start a conversation: %1").arg(id.error().message)};
    return *id;
}

Status ConversationStore::touch(qint64 conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversation SET updated_at = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(conversationId);
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("cannot update the conversation"));
    return {};
}

Result<qint64> ConversationStore::append(qint64 conversationId, const StoredMessage &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO message(conversation_id, ordinal, role, text, citations, status, backend, created_at) "
        "VALUES (?, (SELECT coalesce(max(ordinal), -1) + 1 FROM message WHERE conversation_id = ?), ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(conversationId);
    q.addBindValue(conversationId);
    q.addBindValue(m.role);
    q.addBindValue(m.text.isNull() ? QStringLiteral("") : m.text); // a null QString binds as NULL
    q.addBindValue(m.citationsJson.isEmpty() ? QStringLiteral("{}") : m.citationsJson);
    q.addBindValue(m.status.isEmpty() ? QStringLiteral("ok") : m.status);
    q.addBindValue(m.backend.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m.backend));
    q.addBindValue(now());
    auto newId = sql::execReturningId(q);
    if (!newId)
        return Error{QStringLiteral("cannot save the message: %1").arg(newId.error().message)};
    const qint64 id = *newId;
    if (Status s = touch(conversationId); !s)
        return s.error();
    return id;
}

Status ConversationStore::update(qint64 messageId, const QString &text, const QString &citationsJson,
                                 const QString &status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE message SET text = ?, citations = ?, status = ? WHERE id = ?"));
    q.addBindValue(text.isNull() ? QStringLiteral("") : text);
    q.addBindValue(citationsJson.isEmpty() ? QStringLiteral("{}") : citationsJson);
    q.addBindValue(status);
    q.addBindValue(messageId);
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("cannot save the answer"));
    q.prepare(QStringLiteral("SELECT conversation_id FROM message WHERE id = ?"));
    q.addBindValue(messageId);
    if (q.exec() && q.next())
        return touch(q.value(0).toLongLong());
    return {};
}

Status ConversationStore::remove(qint64 conversationId)
{
    QSqlQuery q(m_db);
    // Another user's conversation is not this user's to delete (nor to see).
    q.prepare(QStringLiteral("SELECT 1 FROM conversation c WHERE c.id = ?") + andMine(m_db, "c"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("cannot delete the conversation"));
    if (!q.next())
        return Error{QStringLiteral("cannot delete the conversation: there is no conversation %1 of yours")
                         .arg(conversationId)};
    q.prepare(QStringLiteral("DELETE FROM message WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("cannot delete the conversation"));
    q.prepare(QStringLiteral("DELETE FROM conversation WHERE id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec())
        return sqlFailure(q, QStringLiteral("cannot delete the conversation"));
    return {};
}

std::optional<qint64> ConversationStore::latest() const
{
    QSqlQuery q(m_db);
    // Message ids grow strictly; timestamps can tie within a millisecond.
    if (q.exec(QStringLiteral("SELECT c.id FROM conversation c LEFT JOIN message m ON m.conversation_id = c.id "
                              "WHERE 1 = 1%1 GROUP BY c.id ORDER BY max(coalesce(m.id, 0)) DESC, c.id DESC LIMIT 1")
                   .arg(andMine(m_db, "c"))) &&
        q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<StoredMessage> ConversationStore::messages(qint64 conversationId) const
{
    const auto message = [](const QSqlQuery &q) {
        StoredMessage m;
        readColumns(q, 0, m.id, m.role, m.text, m.citationsJson, m.status, m.backend, m.createdAt);
        return m;
    };
    return selectRows(m_db,
                      QStringLiteral("SELECT m.id, m.role, m.text, m.citations, m.status, m.backend, m.created_at "
                                     "FROM message m JOIN conversation c ON c.id = m.conversation_id "
                                     "WHERE m.conversation_id = ?%1 ORDER BY m.ordinal")
                          .arg(andMine(m_db, "c")),
                      {conversationId}, "reading a conversation's messages", message);
}

QList<ConversationInfo> ConversationStore::conversations() const
{
    return selectRows(m_db,
                      QStringLiteral("SELECT c.id, c.title, c.updated_at, (SELECT count(*) FROM message m "
                                     "WHERE m.conversation_id = c.id) FROM conversation c WHERE 1 = 1%1 "
                                     "ORDER BY c.updated_at DESC")
                          .arg(andMine(m_db, "c")),
                      "listing the conversations", [](const QSqlQuery &q) {
                          return ConversationInfo{q.value(0).toLongLong(), q.value(1).toString(),
                                                  QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                                                  q.value(3).toInt()};
                      });
}

} // namespace stratos
