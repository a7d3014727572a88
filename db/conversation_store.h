#pragma once
// Persists Ask panel conversations: each message with the sources it was given
// and the citations found in it (JSON), so a restored answer's links still work.
// On a team store each conversation is its maker's (the PostgreSQL user): the
// lists, latest(), messages() and remove() see only this user's own.

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace stratos {

struct StoredMessage
{
    qint64 id = 0;
    QString role;          // "user" or "assistant"
    QString text;
    QString citationsJson; // {"sources":[...], "citations":[...]} for answers
    QString status = QStringLiteral("ok"); // ok, stopped, failed
    QString backend;
    QDateTime createdAt;
};

struct ConversationInfo
{
    qint64 id = 0;
    QString title;
    QDateTime updatedAt;
    int messages = 0;
};

class ConversationStore
{
public:
    explicit ConversationStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> create(const QString &title);
    // Appends at the end of the conversation; returns the message id.
    Result<qint64> append(qint64 conversationId, const StoredMessage &message);
    Status update(qint64 messageId, const QString &text, const QString &citationsJson, const QString &status);
    Status remove(qint64 conversationId);

    std::optional<qint64> latest() const; // most recently updated
    QList<StoredMessage> messages(qint64 conversationId) const;
    QList<ConversationInfo> conversations() const;

private:
    Status touch(qint64 conversationId);
    QSqlDatabase m_db;
};

} // namespace stratos
