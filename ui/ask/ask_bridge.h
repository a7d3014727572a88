#pragma once
// The only object the Ask page can reach (over QWebChannel). Its slots are the
// page's whole vocabulary; everything it sends back is data (JSON, strings)
// that the page renders as text.

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace stratos {

class AskSession;

class AskBridge : public QObject
{
    Q_OBJECT
public:
    explicit AskBridge(AskSession *session, QObject *parent = nullptr);

public slots:
    void pageReady();
    void ask(const QString &question);
    void stop();
    void openCitation(int messageId, int number);
    void copyAnswer(int messageId);
    void exportMarkdown();
    void newConversation();
    void openSettings();

signals:
    // To the page.
    void conversationLoaded(const QJsonArray &messages);
    void messageAdded(const QJsonObject &message);
    void tokenReceived(int id, const QString &text);
    void messageFinished(const QJsonObject &message);
    void messageUpdated(const QJsonObject &message);
    void busyChanged(bool busy);
    void notice(const QString &text);
    void backendChanged(const QString &label);
    void suggestionsChanged(const QStringList &questions);
    // To the Ask page (C++).
    void connected();
    void citationRequested(int messageId, int number);
    void exportRequested();
    void settingsRequested();
    void copyRequested(int messageId);

private:
    AskSession *m_session;
};

} // namespace stratos
