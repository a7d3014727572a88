// The Ask panel end to end: the built-in backend answers a question about the
// seed articles with citations that open the reader at the cited span; Stop
// cancels at once; conversations persist and come back; export to Markdown
// (and its failure); the settings dialog's remote opt-in; QtWebEngine
// staying asleep until the panel or the reader is shown; and a server that
// resets the connection mid-answer (a real loopback server, a real RST).
#include "ask/ask_session.h"
#include "ask/ask_settings_dialog.h"
#include "ask/ask_sources.h"
#include "fake_llm_server.h"
#include "docimport/document_importer.h"
#include "library/reader_view.h"
#include "library_store.h"
#include "main_window.h"
#include "pages/ask_page.h"
#include "test_env.h"
#include "web/app_web_profile.h"
#include "web_test_util.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEngineView>

using namespace stratos;
using namespace stratos::test;

namespace {

class AskPanelTest : public SeededStoreSuite
{
};

void importSeeds(Store &store)
{
    const QString seeds = sharedFile(QStringLiteral("seeds"));
    if (seeds.isEmpty())
        return;
    QStringList files;
    for (const QString &f : QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files))
        files << QDir(seeds).filePath(f);
    const DocImportRun run = DocumentImporter(store.database()).importPaths(files);
    EXPECT_EQ(run.failures(), 0);
}

std::unique_ptr<ask::Backend> fake(QStringList tokens, int stallAfter = -1)
{
    return std::make_unique<FakeBackend>(std::move(tokens), stallAfter);
}

QByteArray sseDelta(const QString &content)
{
    const QJsonObject o{{"choices", QJsonArray{QJsonObject{{"index", 0}, {"delta", QJsonObject{{"content", content}}}}}}};
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
}

QString lastAnswerJs(const char *part)
{
    return QStringLiteral("(() => { const m = document.querySelectorAll('#log .msg.assistant'); "
                          "return m.length ? m[m.length - 1].querySelector('%1').textContent : ''; })()")
        .arg(QLatin1String(part));
}

} // namespace

TEST_F(AskPanelTest, OverviewDoesNotStartQtWebEngine)
{
    const bool startedBefore = appWebProfileCreated(); // by an earlier test in this process
    MainWindow window(*s_store);
    window.resize(1200, 800);
    window.showPage(QStringLiteral("overview"));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    EXPECT_TRUE(window.findChildren<QWebEngineView *>().isEmpty());
    if (!startedBefore) { // ctest runs each test in a process of its own
        EXPECT_FALSE(appWebProfileCreated());
    }
    window.showPage(QStringLiteral("ask"));
    ASSERT_TRUE(waitFor([&] { return !window.findChildren<QWebEngineView *>().isEmpty(); }, 5000));
    EXPECT_TRUE(appWebProfileCreated());
}

TEST_F(AskPanelTest, BuiltinAnswersAboutTheSeedsWithCitationsThatOpenTheSpan)
{
    importSeeds(*s_store);
    AskPage page(*s_store);
    page.resize(1300, 850);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(waitFor([&] { return page.isPageReady(); }, 30000));
    page.session()->setSettings({}); // the built-in backend
    page.session()->newConversation();
    QSignalSpy tokens(page.session(), &AskSession::tokenReceived);
    page.ask(QStringLiteral("How much market value did Nvidia lose in one day?"));
    ASSERT_TRUE(waitFor([&] { return !page.session()->isBusy(); }, 20000));
    EXPECT_GT(tokens.count(), 3) << "the answer streams";
    const AskSession::Message &answer = page.session()->messages().constLast();
    EXPECT_EQ(answer.status, QStringLiteral("ok"));
    EXPECT_TRUE(answer.text.contains(QStringLiteral("589"))) << qPrintable(answer.text);
    const CitationSplit split = splitCitations(answer.text, answer.sources);
    ASSERT_FALSE(split.valid.isEmpty()) << qPrintable(answer.text);
    EXPECT_TRUE(split.invented.isEmpty());

    QWebEnginePage *web = engineView(page.chatView())->page();
    ASSERT_TRUE(waitFor([&] { return js(web, "document.querySelectorAll('#log .body a.cite').length").toInt() > 0; }));
    const int n = js(web, "Number(document.querySelector('#log .body a.cite').dataset.n)").toInt();
    const QJsonObject source = page.session()->citation(answer.id, n);
    ASSERT_FALSE(source.isEmpty());
    // Click the citation as the user would: the reader opens at its span.
    js(web, "document.querySelector('#log .body a.cite').click()");
    ASSERT_TRUE(waitFor([&] { return page.reader() && page.reader()->isVisible(); }, 5000));
    QSignalSpy shown(page.reader(), &ReaderView::shown);
    ASSERT_TRUE(shown.wait(30000));
    const QString text = LibraryStore(s_store->database()).text(source.value("documentId").toInteger());
    const int start = source.value("start").toInt(), end = source.value("end").toInt();
    // The note is Markdown, rendered: the highlight shows the span's text without its markup.
    QString visible = text.mid(start, end - start);
    visible.replace(QRegularExpression(QStringLiteral("\\[([^\\]\\n]+)\\]\\([^)\\s]+\\)")), QStringLiteral("\\1"));
    visible.remove(QStringLiteral("**"));
    EXPECT_EQ(js(engineView(page.reader()->view())->page(), "stratosReader.highlighted()").toString(), visible);
    EXPECT_EQ(page.reader()->documentId(), source.value("documentId").toInteger());
}

TEST_F(AskPanelTest, StopCancelsAtOnceAndKeepsWhatCame)
{
    AskSession session(s_store->database(), false);
    session.setBackendFactory([](const ask::BackendSettings &, QObject *) {
        return fake({QStringLiteral("Partial "), QStringLiteral("answer"), QStringLiteral(" never sent")}, 2);
    });
    session.newConversation();
    ASSERT_TRUE(session.ask(QStringLiteral("What is Qianfan?")));
    ASSERT_TRUE(waitFor([&] { return session.messages().constLast().text == QLatin1String("Partial answer"); }, 5000));
    EXPECT_TRUE(session.isBusy());
    EXPECT_FALSE(session.ask(QStringLiteral("A second question while busy")));
    QSignalSpy busy(&session, &AskSession::busyChanged);
    session.stop();
    EXPECT_FALSE(session.isBusy()); // at once, not after a round trip
    ASSERT_EQ(busy.count(), 1);
    EXPECT_EQ(session.messages().constLast().status, QStringLiteral("stopped"));
    EXPECT_EQ(session.messages().constLast().text, QStringLiteral("Partial answer"));
}

TEST_F(AskPanelTest, ConversationPersistsIsRestoredAndExports)
{
    const auto factory = [](const ask::BackendSettings &, QObject *) {
        return fake({QStringLiteral("Guowang is China's state constellation [1]."), QStringLiteral(" See also [42].")});
    };
    {
        AskSession session(s_store->database(), false);
        session.setBackendFactory(factory);
        session.newConversation();
        ASSERT_TRUE(session.ask(QStringLiteral("What is Guowang?")));
        ASSERT_TRUE(waitFor([&] { return !session.isBusy(); }, 5000));
        ASSERT_EQ(session.messages().size(), 2);
    }
    AskSession restored(s_store->database(), false);
    restored.restoreLatest();
    ASSERT_EQ(restored.messages().size(), 2);
    const AskSession::Message &a = restored.messages()[1];
    EXPECT_EQ(restored.title(), QStringLiteral("What is Guowang?"));
    EXPECT_EQ(a.text, QStringLiteral("Guowang is China's state constellation [1]. See also [42]."));
    ASSERT_FALSE(restored.citation(a.id, 1).isEmpty()) << "sources come back with the answer";
    EXPECT_TRUE(restored.citation(a.id, 42).isEmpty());

    const QString copied = restored.answerForClipboard(a.id);
    EXPECT_TRUE(copied.contains(QStringLiteral("Sources:\n[1] "))) << qPrintable(copied);
    EXPECT_TRUE(copied.contains(QStringLiteral("[42] not a source"))) << qPrintable(copied);

    QTemporaryDir dir;
    const QString md = dir.filePath("conversation.md");
    ASSERT_TRUE(restored.exportMarkdown(md).ok());
    QFile f(md);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("# What is Guowang?"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("## What is Guowang?")));
    EXPECT_TRUE(text.contains(QStringLiteral("**Sources**")));
    EXPECT_TRUE(text.contains(QStringLiteral("- [1] ")));
    const Status failed = restored.exportMarkdown(dir.filePath("no/such/folder/x.md"));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("cannot write"))) << qPrintable(failed.error().message);
}

TEST_F(AskPanelTest, RemoteEndpointNeedsTheOptInAndModelsComeFromTheServer)
{
    ask::BackendSettings s;
    s.kind = ask::BackendKind::Ollama;
    s.endpoint = QUrl(QStringLiteral("http://127.0.0.1:11434"));
    AskSettingsDialog dialog(s);
    dialog.setBackendFactory([](const ask::BackendSettings &, QObject *) { return fake({}); });
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_FALSE(dialog.remoteOptIn()->isVisibleTo(&dialog));
    dialog.refreshModels();
    ASSERT_EQ(dialog.modelBox()->count(), 2);
    EXPECT_EQ(dialog.modelBox()->currentText(), QStringLiteral("tiny-a"));

    dialog.endpointEdit()->setText(QStringLiteral("http://192.168.1.20:11434"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.remoteOptIn()->isVisibleTo(&dialog));
    dialog.remoteOptIn()->setChecked(true);
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.settings().allowRemote);
    EXPECT_EQ(dialog.settings().model, QStringLiteral("tiny-a"));

    dialog.endpointEdit()->setText(QStringLiteral("ftp://127.0.0.1/"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    dialog.backendBox()->setCurrentIndex(dialog.backendBox()->findData(int(ask::BackendKind::Builtin)));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
}

TEST_F(AskPanelTest, SessionRefusesARemoteEndpointWithoutTheOptIn)
{
    AskSession session(s_store->database(), true);
    ask::BackendSettings s;
    s.kind = ask::BackendKind::OpenAi;
    s.endpoint = QUrl(QStringLiteral("http://10.0.0.5:8080"));
    session.setSettings(s);
    int made = 0;
    session.setBackendFactory([&made](const ask::BackendSettings &, QObject *) {
        ++made;
        return fake({QStringLiteral("leaked")});
    });
    ASSERT_TRUE(session.ask(QStringLiteral("What did OpenAI accuse DeepSeek of?")));
    EXPECT_FALSE(session.isBusy());
    EXPECT_EQ(made, 0);
    EXPECT_EQ(session.messages().constLast().status, QStringLiteral("failed"));
    EXPECT_TRUE(session.messages().constLast().error.contains(QStringLiteral("not on this computer")));
}

TEST_F(AskPanelTest, WindowShortcutsWorkWhileTheChatHasFocus)
{
    MainWindow window(*s_store);
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(QStringLiteral("ask"));
    auto *page = static_cast<AskPage *>(window.page(QStringLiteral("ask")));
    ASSERT_TRUE(waitFor([&] { return page->isPageReady(); }, 30000));
    QApplication::setActiveWindow(&window);
    page->chatView()->setFocus();
    QWidget *focus = QApplication::focusWidget();
    ASSERT_TRUE(focus && (focus == page->chatView() || page->chatView()->isAncestorOf(focus)));
    QTest::keyClick(focus, Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("library"));
}

TEST_F(AskPanelTest, AResetMidAnswerShowsThePartialTextAndTheErrorAndAskWorksAgain)
{
    if (!FakeLlmServer::canReset())
        GTEST_SKIP() << "no way to send a TCP RST on this platform";
    FakeLlmServer server;
    ASSERT_TRUE(server.listen());
    FakeLlmServer::Script reset;
    reset.contentType = "text/event-stream";
    reset.steps = {{sseDelta(QStringLiteral("Nvidia lost ")), 0}, {sseDelta(QStringLiteral("$589 billion")), 30},
                   {sseDelta(QStringLiteral(" in one")).left(15), 30}};
    reset.ending = FakeLlmServer::Ending::Reset;
    server.setScript("/v1/chat/completions", reset);

    AskPage page(*s_store);
    page.resize(1300, 850);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(waitFor([&] { return page.isPageReady(); }, 30000));
    ask::BackendSettings settings;
    settings.kind = ask::BackendKind::OpenAi;
    settings.endpoint = server.url();
    settings.timeoutMs = 10000;
    page.session()->setSettings(settings);
    page.session()->newConversation();
    page.ask(QStringLiteral("How much market value did Nvidia lose in one day?"));
    ASSERT_TRUE(waitFor([&] { return !page.session()->isBusy(); }, 20000));
    const AskSession::Message &answer = page.session()->messages().constLast();
    EXPECT_EQ(answer.status, QStringLiteral("failed"));
    EXPECT_EQ(answer.text, QStringLiteral("Nvidia lost $589 billion"));
    EXPECT_TRUE(answer.error.contains(QStringLiteral("reset the connection"))) << qPrintable(answer.error);

    // The panel shows both: the text that came, and what went wrong, by whom.
    QWebEnginePage *web = engineView(page.chatView())->page();
    ASSERT_TRUE(waitFor([&] { return js(web, lastAnswerJs(".error")).toString().contains(QStringLiteral("reset")); }, 10000))
        << qPrintable(js(web, lastAnswerJs(".error")).toString());
    const QString shownError = js(web, lastAnswerJs(".error")).toString();
    EXPECT_TRUE(shownError.contains(server.url().toString())) << qPrintable(shownError);
    EXPECT_TRUE(shownError.contains(QStringLiteral("after 24 characters"))) << qPrintable(shownError);
    EXPECT_EQ(js(web, lastAnswerJs(".body")).toString(), QStringLiteral("Nvidia lost $589 billion"));
    EXPECT_EQ(js(web, "document.getElementById('send').textContent").toString(), QStringLiteral("Ask"));
    EXPECT_EQ(js(web, "document.body.dataset.busy").toString(), QStringLiteral("0"));

    // The Ask button works again: type and click in the page, as a user would.
    FakeLlmServer::Script good;
    good.contentType = "text/event-stream";
    good.steps = {{sseDelta(QStringLiteral("Nvidia lost $589 billion [1].")), 0}, {"data: [DONE]\n\n", 10}};
    server.setScript("/v1/chat/completions", good);
    const qsizetype before = page.session()->messages().size();
    js(web, "document.getElementById('question').value = 'And in percent?'; document.getElementById('send').click(); true");
    ASSERT_TRUE(waitFor([&] { return page.session()->messages().size() == before + 2 && !page.session()->isBusy(); }, 20000));
    EXPECT_EQ(server.requestsTo("/v1/chat/completions"), 2);
    EXPECT_EQ(page.session()->messages().constLast().status, QStringLiteral("ok"));
    ASSERT_TRUE(waitFor([&] { return js(web, lastAnswerJs(".body")).toString().startsWith(QStringLiteral("Nvidia lost $589 billion")); }, 10000));
    EXPECT_EQ(js(web, lastAnswerJs(".error")).toString(), QString());
}
