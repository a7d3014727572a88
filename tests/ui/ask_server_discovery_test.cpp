// Issue 16, item 5, as a user meets it: Ask → Settings finds the model servers
// running on this computer, one click on "Use llama-server …" fills in the
// backend, address, model and context size, OK saves it; the next question
// goes to that server with the best passages that fit its context, and the
// answer's sources are exactly those. Real loopback HTTP, real clicks.
#include "ask/ask_session.h"
#include "ask/ask_settings_dialog.h"
#include "ask/local_server_finder.h"
#include "fake_llm_server.h"
#include "pages/ask_page.h"
#include "web_test_util.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QWebEngineView>

using namespace stratos;
using namespace stratos::test;

namespace {

class AskServerDiscoveryTest : public SeededStoreSuite
{
};

FakeLlmServer::Script json(const QByteArray &body)
{
    FakeLlmServer::Script s;
    s.contentType = "application/json";
    s.framing = FakeLlmServer::Framing::ConnectionClose;
    s.steps = {{body, 0}};
    return s;
}

} // namespace

TEST_F(AskServerDiscoveryTest, OneClickUsesTheServerFoundAndTheAnswerCitesWhatFitItsContext)
{
    FakeLlmServer ollama, llama;
    ASSERT_TRUE(ollama.listen() && llama.listen());
    ollama.setScript("/api/version", json(R"({"version":"0.6.2"})"));
    ollama.setScript("/api/tags", json(R"({"models":[{"name":"qwen2.5:7b"}]})"));
    llama.setScript("/v1/models", json(R"({"object":"list","data":[{"id":"Qwen3-8B-Q4_K_M.gguf"}]})"));
    llama.setScript("/props", json(R"({"default_generation_settings":{"n_ctx":2048},"total_slots":1})"));
    FakeLlmServer::Script chat;
    chat.contentType = "text/event-stream";
    chat.steps = {{"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Nvidia lost $589 billion [1]. See also [12].\"}}]}\n\n"
                   "data: [DONE]\n\n",
                   5}};
    llama.setScript("/v1/chat/completions", chat);

    AskSettingsDialog dialog(ask::BackendSettings{}); // the built-in backend, as a new user has it
    dialog.serverFinder()->setCandidates({ollama.url(), llama.url()});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(waitFor([&] {
        const QList<QPushButton *> b = dialog.serverFinder()->useButtons();
        return b.size() == 2 && b[0]->isVisible() && b[1]->isVisible();
    }, 10000));
    const QList<QPushButton *> use = dialog.serverFinder()->useButtons();
    EXPECT_TRUE(use[0]->text().startsWith(QStringLiteral("Use Ollama 0.6.2 (127.0.0.1:"))) << qPrintable(use[0]->text());
    EXPECT_TRUE(use[1]->text().contains(QStringLiteral("llama-server"))) << qPrintable(use[1]->text());
    EXPECT_TRUE(use[1]->text().contains(QStringLiteral("2048-token context"))) << qPrintable(use[1]->text());
    if (const QString dir = qEnvironmentVariable("STRATOS_TEST_SCREENSHOTS"); !dir.isEmpty())
        QTest::qWait(100), dialog.grab().save(QDir(dir).filePath(QStringLiteral("ask-settings-found.png")));

    QTest::mouseClick(use[1], Qt::LeftButton);
    EXPECT_EQ(ask::BackendKind(dialog.backendBox()->currentData().toInt()), ask::BackendKind::OpenAi);
    EXPECT_EQ(dialog.endpointEdit()->text(), llama.url().toString());
    EXPECT_EQ(dialog.modelBox()->currentText(), QStringLiteral("Qwen3-8B-Q4_K_M.gguf"));
    EXPECT_EQ(dialog.contextTokensBox()->value(), 2048);
    EXPECT_TRUE(dialog.modelStatus()->text().contains(QStringLiteral("2048 tokens"))) << qPrintable(dialog.modelStatus()->text());
    ASSERT_TRUE(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const ask::BackendSettings chosen = dialog.settings();

    // The next question goes to that server, sized to its 2,048-token context.
    AskPage page(*s_store);
    page.resize(1300, 850);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(waitFor([&] { return page.isPageReady(); }, 30000));
    ask::BackendSettings settings = chosen;
    settings.topK = 12; // more than 2,048 tokens can hold
    page.session()->setSettings(settings);
    page.session()->newConversation();
    page.ask(QStringLiteral("How much market value did Nvidia lose in one day?"));
    ASSERT_TRUE(waitFor([&] { return !page.session()->isBusy(); }, 20000));
    const AskSession::Message &answer = page.session()->messages().constLast();
    ASSERT_EQ(answer.status, QStringLiteral("ok")) << qPrintable(answer.error);
    EXPECT_EQ(llama.requestsTo("/v1/chat/completions"), 1);
    const QJsonObject body = QJsonDocument::fromJson(llama.lastBody()).object();
    EXPECT_EQ(body.value("model").toString(), QStringLiteral("Qwen3-8B-Q4_K_M.gguf"));
    const QString prompt = body.value("messages").toArray().at(1).toObject().value("content").toString();
    QList<int> sent;
    static const QRegularExpression id(QStringLiteral("<source id=\"(\\d+)\""));
    for (auto it = id.globalMatch(prompt); it.hasNext();)
        sent << it.next().captured(1).toInt();
    QList<int> shown;
    for (const QJsonValue &s : answer.sources)
        shown << s.toObject().value("n").toInt();
    ASSERT_FALSE(sent.isEmpty());
    EXPECT_EQ(shown, sent) << "the answer's sources are the ones the model was given";
    EXPECT_LT(sent.size(), 12) << "12 passages do not fit 2,048 tokens";
    EXPECT_LE(prompt.size() / 4, 2048) << "the prompt fits the context";
    // The page lists [1] as a source and flags [12]: it was retrieved but did not fit, so the model never saw it.
    QWebEnginePage *web = engineView(page.chatView())->page();
    const auto lastAnswer = [&](const char *what) {
        return js(web, QStringLiteral("(() => { const m = document.querySelectorAll('#log .msg.assistant'); "
                                      "return m.length ? %1 : null; })()")
                           .arg(QLatin1String(what)));
    };
    ASSERT_TRUE(waitFor([&] { return lastAnswer("m[m.length - 1].querySelectorAll('ol.sources > li').length").toInt() == 1; },
                        10000));
    EXPECT_TRUE(lastAnswer("m[m.length - 1].textContent").toString().contains(QStringLiteral("not among the sources")))
        << qPrintable(lastAnswer("m[m.length - 1].textContent").toString());
}
