#pragma once
// One Ask conversation and the backend answering it: builds the context for a
// question, streams the backend's tokens to the page, stops at once, and keeps
// every message (with the sources it was given) in the store.

#include "ask/ask_retrieval.h"
#include "ask/ask_types.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace stratos {

namespace ask {
class Backend;
}
class ConversationStore;

class AskSession : public QObject
{
    Q_OBJECT
public:
    using BackendFactory = std::function<std::unique_ptr<ask::Backend>(const ask::BackendSettings &, QObject *)>;
    // Runs on a worker thread with a connection of its own (see ask_retrieval.h).
    using ContextBuilder = AskContextBuilder;

    struct Message
    {
        int id = 0;        // in this session, for the page
        qint64 storedId = 0;
        QString role;      // user, assistant
        QString text;
        QString status = QStringLiteral("ok"); // streaming, ok, stopped, failed
        QString error;
        QJsonArray sources;
        QString backend;
    };

    AskSession(QSqlDatabase db, bool readOnly, QObject *parent = nullptr);
    ~AskSession() override;

    void setSettings(const ask::BackendSettings &settings);
    const ask::BackendSettings &settings() const { return m_settings; }
    void setBackendFactory(BackendFactory factory)
    {
        dropBackend();
        m_factory = std::move(factory);
    }
    void setContextBuilder(ContextBuilder builder) { m_contextBuilder = std::move(builder); }

    void restoreLatest();
    void newConversation();
    // False when a question is being answered or the question is empty. The
    // question is shown at once; its sources are found on a worker and the
    // answer is announced (messageAdded) once they are known. The session is
    // busy, and stop() works, from the start.
    bool ask(const QString &question);
    void stop();
    bool isBusy() const { return m_busyId != 0; }

    const QList<Message> &messages() const { return m_messages; }
    const Message *message(int id) const;
    QString title() const { return m_title; }
    QJsonObject messageJson(const Message &m) const;
    QJsonArray messagesJson() const;

    // The answer and the lines of the sources it cites.
    QString answerForClipboard(int id) const;
    QString markdown() const;
    Status exportMarkdown(const QString &path) const;
    // The source [n] of an answer, or an empty object.
    QJsonObject citation(int messageId, int n) const;

signals:
    void conversationReset();
    void messageAdded(const QJsonObject &message);
    void tokenReceived(int id, const QString &text);
    void messageFinished(const QJsonObject &message);
    void messageUpdated(const QJsonObject &message); // e.g. its sources, once the prompt is sized
    void busyChanged(bool busy);
    void storeError(const QString &message);

private:
    Message &append(Message m);
    void ensureBackend();
    void dropBackend();
    void persist(Message &m);
    void finish(int id, const QString &status, const QString &text, const QString &error);
    void retrieved(int id, const AskRetrieval &retrieval);
    Message *find(int id);

    QSqlDatabase m_db;
    bool m_readOnly;
    std::unique_ptr<ConversationStore> m_conversations;
    ask::BackendSettings m_settings;
    BackendFactory m_factory;
    ContextBuilder m_contextBuilder;
    ask::Backend *m_backend = nullptr;
    QList<Message> m_messages;
    QString m_title;
    qint64 m_conversationId = 0;
    int m_nextId = 1;
    int m_busyId = 0;
};

} // namespace stratos
