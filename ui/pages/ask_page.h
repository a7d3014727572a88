#pragma once
// Ask: a chat over the documents and the store's data. The chat is a web page
// on the app's own scheme, talking to the app only through AskBridge; a reader
// beside it opens each citation at its exact span. Nothing web-related is
// created until the page is first shown.

#include "pages/page.h"

class QLabel;
class QSplitter;
class QStackedLayout;

namespace stratos {

class AskBridge;
class AskSession;
class LibraryStore;
class ReaderView;
class Store;

class AskPage : public Page
{
    Q_OBJECT
public:
    explicit AskPage(Store &store, QWidget *parent = nullptr);
    ~AskPage() override;
    QString id() const override { return QStringLiteral("ask"); }
    QString title() const override { return tr("Ask"); }
    void reload(const Repository &repo) override;

    AskSession *session() const { return m_session; }
    AskBridge *bridge() const { return m_bridge; }
    // The chat's QWebEngineView (web/web_views.h); null until first shown.
    QWidget *chatView() const { return m_chat; }
    ReaderView *reader() const { return m_reader; }
    bool isPageReady() const { return m_pageReady; }

    // As if typed into the panel.
    void ask(const QString &question);
    // Opens source [number] of an answer in the reader; false when there is none.
    bool openCitation(int messageId, int number);

    static QStringList suggestions();

public slots:
    void showSettings();
    void exportConversation();
    void newConversation();

signals:
    // The chat page connected to the bridge and shows the conversation.
    void pageReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureUi();
    void notice(const QString &text);

    Store &m_store;
    std::unique_ptr<LibraryStore> m_library;
    AskSession *m_session;
    AskBridge *m_bridge;
    QStackedLayout *m_stack;
    QSplitter *m_split = nullptr;
    QWidget *m_chat = nullptr;
    QWidget *m_readerPanel = nullptr;
    QLabel *m_readerTitle = nullptr;
    ReaderView *m_reader = nullptr;
    bool m_pageReady = false;
};

} // namespace stratos
