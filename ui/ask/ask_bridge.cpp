#include "ask/ask_bridge.h"

#include "ask/ask_session.h"

namespace stratos {

AskBridge::AskBridge(AskSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(session, &AskSession::conversationReset, this,
            [this] { emit conversationLoaded(m_session->messagesJson()); });
    connect(session, &AskSession::messageAdded, this, &AskBridge::messageAdded);
    connect(session, &AskSession::tokenReceived, this, &AskBridge::tokenReceived);
    connect(session, &AskSession::messageFinished, this, &AskBridge::messageFinished);
    connect(session, &AskSession::messageUpdated, this, &AskBridge::messageUpdated);
    connect(session, &AskSession::busyChanged, this, &AskBridge::busyChanged);
}

void AskBridge::pageReady()
{
    emit conversationLoaded(m_session->messagesJson());
    emit busyChanged(m_session->isBusy());
    emit connected();
}

void AskBridge::ask(const QString &question)
{
    // The page only sends what the user typed; cap it so a runaway paste
    // cannot become a megabyte prompt.
    if (!m_session->ask(question.left(4000)) && m_session->isBusy())
        emit notice(tr("Wait for this answer, or press Stop."));
}

void AskBridge::stop() { m_session->stop(); }
void AskBridge::openCitation(int messageId, int number) { emit citationRequested(messageId, number); }
void AskBridge::copyAnswer(int messageId) { emit copyRequested(messageId); }
void AskBridge::exportMarkdown() { emit exportRequested(); }
void AskBridge::newConversation() { m_session->newConversation(); }
void AskBridge::openSettings() { emit settingsRequested(); }

} // namespace stratos
