// Document text and model output are untrusted. In the real QWebEngineView a
// document and an answer full of markup render as inert text: no element is
// created from them, no payload runs, and nothing is requested outside the
// app's scheme. The scheme handler and the interceptor refuse the rest.
#include "ask/ask_session.h"
#include "docimport/document_importer.h"
#include "library/reader_view.h"
#include "library_store.h"
#include "pages/ask_page.h"
#include "pages/library_page.h"
#include "web/app_scheme.h"
#include "web/app_web_profile.h"
#include "web_test_util.h"

#include <QFile>
#include <QSignalSpy>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace stratos;
using namespace stratos::test;

namespace {

const QString kPayload = QStringLiteral(
    "Markup in a document <script>window.__pwned = 'script'</script> and "
    "<img src=x onerror=\"window.__pwned = 'img'\"> and "
    "<a href=\"javascript:window.__pwned='link'\">a javascript: link</a> "
    "<iframe src=\"https://example.com/\"></iframe><style>body{display:none}</style> end.");

class UntrustedContentTest : public SeededStoreSuite
{
};

// What the page must show for inert content, checked inside the page.
void expectInert(QWebEnginePage *page, const QString &container)
{
    const QString elements = QStringLiteral("document.querySelectorAll('%1 script, %1 img, %1 iframe, %1 style, "
                                            "%1 a[href^=\"javascript\"]').length")
                                 .arg(container);
    EXPECT_EQ(js(page, elements).toInt(), 0);
    EXPECT_EQ(js(page, QStringLiteral("typeof window.__pwned")).toString(), QStringLiteral("undefined"));
    EXPECT_EQ(js(page, QStringLiteral("document.querySelectorAll('img, iframe').length")).toInt(), 0);
    // Only the app's own scripts exist in the whole page.
    const QString scripts =
        js(page, "Array.from(document.scripts).map(s => s.src.replace(/^.*\\//, '')).join(',')").toString();
    EXPECT_TRUE(scripts == QLatin1String("reader_markdown.js,reader.js,claims.js") || scripts == QLatin1String("qwebchannel.js,ask.js"))
        << qPrintable(scripts);
    // The markup is there, as text.
    EXPECT_TRUE(js(page, QStringLiteral("document.querySelector('%1').textContent").arg(container))
                    .toString()
                    .contains(QStringLiteral("<img src=x onerror=")));
}

} // namespace

TEST_F(UntrustedContentTest, DocumentWithScriptImgAndJavascriptLinksIsInertInTheReader)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("hostile.txt");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(("Hostile document title\n\n" + kPayload + "\n").toUtf8());
    }
    const DocImportOutcome o = DocumentImporter(s_store->database()).importFile(path);
    ASSERT_TRUE(o.ok()) << qPrintable(o.error->toString());
    const QString text = LibraryStore(s_store->database()).text(o.documentId);
    const int start = int(text.indexOf(QStringLiteral("<script>")));
    const int end = int(text.indexOf(QStringLiteral(" end.")));

    const int blockedBefore = appRequestInterceptor()->blocked();
    LibraryPage page(*s_store);
    page.resize(1100, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy shown(page.reader(), &ReaderView::shown);
    ASSERT_TRUE(page.openDocument(o.documentId, start, end));
    ASSERT_TRUE(shown.wait(30000));
    QTest::qWait(500); // time for anything that would load or run
    QWebEnginePage *web = engineView(page.reader()->view())->page();
    expectInert(web, QStringLiteral("#text"));
    EXPECT_EQ(js(web, "stratosReader.highlighted()").toString(), text.mid(start, end - start));
    EXPECT_EQ(appRequestInterceptor()->blocked(), blockedBefore) << qPrintable(appRequestInterceptor()->blockedUrls().join(' '));
}

TEST_F(UntrustedContentTest, ModelAnswerWithHtmlIsInertInTheAskPanel)
{
    AskPage page(*s_store);
    page.session()->setBackendFactory([](const ask::BackendSettings &, QObject *parent) {
        return std::make_unique<FakeBackend>(
            QStringList{QStringLiteral("The answer <img src=x onerror=\"window.__pwned='img'\">"),
                        QStringLiteral(" cites [1] and invents [99]. <script>window.__pwned='script'</script>"),
                        QStringLiteral(" <a href=\"javascript:window.__pwned='link'\">click</a>"),
                        QStringLiteral(" <iframe src=\"https://example.com/\"></iframe>")},
            -1, parent);
    });
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(waitFor([&] { return page.isPageReady(); }, 30000)) << "the Ask page did not connect";
    const int blockedBefore = appRequestInterceptor()->blocked();
    page.session()->newConversation();
    page.ask(QStringLiteral("Where is Guowang? <img src=x onerror=\"window.__pwned='question'\">"));
    ASSERT_TRUE(waitFor([&] { return !page.session()->isBusy(); }, 20000));
    QWebEnginePage *web = engineView(page.chatView())->page();
    ASSERT_TRUE(waitFor([&] { return js(web, "document.querySelectorAll('#log .msg').length").toInt() == 2; }));
    QTest::qWait(500);
    expectInert(web, QStringLiteral("#log"));
    // Citation [1] is a link to a source; [99] was never given and is flagged, not a source.
    EXPECT_EQ(js(web, "document.querySelectorAll('#log .body a.cite').length").toInt(), 1);
    EXPECT_EQ(js(web, "document.querySelector('#log .body span.cite.invented').textContent").toString(),
              QStringLiteral("[99]"));
    EXPECT_TRUE(js(web, "document.querySelector('#log .foot').textContent").toString().contains(QStringLiteral("Flagged: [99]")));
    EXPECT_FALSE(js(web, "document.querySelector('#log .foot ol.sources').textContent").toString().contains(QStringLiteral("[99]")));
    EXPECT_EQ(appRequestInterceptor()->blocked(), blockedBefore) << qPrintable(appRequestInterceptor()->blockedUrls().join(' '));
    EXPECT_GT(appSchemeHandler()->served(), 0);

    // The page's Content-Security-Policy refuses inline script even when injected.
    js(web, "(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
            " document.body.appendChild(s); })()");
    QTest::qWait(200);
    EXPECT_EQ(js(web, "typeof window.__inline").toString(), QStringLiteral("undefined"));
}

TEST_F(UntrustedContentTest, SchemeHandlerServesOnlyKnownResourcesAndOtherSchemesAreBlocked)
{
    QWebEnginePage page(appWebProfile());
    const int denied = appSchemeHandler()->denied();
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.load(appUrl(QStringLiteral("secrets.txt")));
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_FALSE(loaded.takeFirst().at(0).toBool());
    EXPECT_EQ(appSchemeHandler()->denied(), denied + 1);

    // Another host on the app's scheme: the interceptor stops it before the handler would refuse it.
    const int blockedBefore = appRequestInterceptor()->blocked();
    page.load(QUrl(QStringLiteral("stratos://elsewhere/ask.html")));
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_FALSE(loaded.takeFirst().at(0).toBool());
    EXPECT_EQ(appSchemeHandler()->denied() - denied - 1 + appRequestInterceptor()->blocked() - blockedBefore, 1);

    const int blocked = appRequestInterceptor()->blocked();
    page.load(QUrl(QStringLiteral("http://127.0.0.1:9/")));
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_FALSE(loaded.takeFirst().at(0).toBool());
    EXPECT_EQ(appRequestInterceptor()->blocked(), blocked + 1);
}

TEST_F(UntrustedContentTest, AppPagesRefuseToNavigateAway)
{
    ReaderView reader;
    reader.resize(600, 400);
    reader.show();
    ASSERT_TRUE(waitFor([&] { return reader.isLoaded(); }, 30000));
    const int blocked = appRequestInterceptor()->blocked();
    js(engineView(reader.view())->page(), "location.href = 'https://example.com/'");
    QTest::qWait(500);
    EXPECT_EQ(engineView(reader.view())->url(), appUrl(QStringLiteral("reader.html")));
    EXPECT_EQ(appRequestInterceptor()->blocked(), blocked); // refused before any request was made
}
