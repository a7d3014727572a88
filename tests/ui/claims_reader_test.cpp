// Checked figures in the reader, in the real QWebEngineView, driven as a user
// would: open a document in the Library, hover a marked figure with the mouse
// (the tip shows the store's figure and source), click it (the rows open).
// With STRATOS_CLAIMS_SCREENSHOT set, the page is saved there as a PNG.
#include "ask/ask_sources.h"
#include "claim_store.h"
#include "library_store.h"
#include "corpus_loader.h"
#include "library/document_table_model.h"
#include "library/reader_view.h"
#include "ask/ask_session.h"
#include "pages/ask_page.h"
#include "pages/library_page.h"
#include "test_env.h"
#include "web_test_util.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QWebEngineView>

using namespace stratos;
using namespace stratos::test;

namespace {

class ClaimsReaderTest : public SeededStoreSuite
{
protected:
    qint64 importDemo()
    {
        QFile f(sourceDir() + QStringLiteral("/tests/data/claims/reader_demo.md"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        auto doc = CorpusLoader::readNote(f.fileName());
        EXPECT_TRUE(doc.ok());
        QSqlDatabase db = s_store->database();
        EXPECT_TRUE(db.transaction());
        EXPECT_TRUE(CorpusLoader(db).write(*doc, QStringLiteral("import")).ok());
        EXPECT_TRUE(db.commit());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM document WHERE path = ?"));
        q.addBindValue(doc->path);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toLongLong();
    }
};

// The centre of the first element matching selector, in the view's coordinates.
QPoint centreOf(QWebEngineView *view, const QString &selector)
{
    const QVariantList r = js(view->page(), QStringLiteral("(() => { const e = document.querySelector('%1'); e.scrollIntoView({block: 'center'});"
                                                           " const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                                                .arg(selector))
                               .toList();
    if (r.size() != 2)
        return {};
    const double zoom = view->zoomFactor();
    return QPoint(int(r[0].toDouble() * zoom), int(r[1].toDouble() * zoom));
}

} // namespace

TEST_F(ClaimsReaderTest, MarksHoverTipAndRowsInTheRealReader)
{
    const qint64 id = importDemo();
    const QList<StoredClaim> stored = ClaimStore(s_store->database()).claimsForDocument(id);
    ASSERT_GE(stored.size(), 10);

    LibraryPage page(*s_store);
    page.resize(1280, 860);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy shown(page.reader(), &ReaderView::shown);
    ASSERT_TRUE(page.openDocument(id, -1, -1));
    ASSERT_TRUE(shown.wait(30000)) << "the reader did not render";
    QWebEngineView *view = engineView(page.reader()->view());
    QWebEnginePage *web = view->page();

    // One mark per stored claim, on exactly the stored span, the text itself unchanged.
    EXPECT_EQ(js(web, "document.querySelectorAll('span.claim').length").toInt(), stored.size());
    const QStringList spans = js(web, "Array.from(document.querySelectorAll('span.claim')).map(s => s.textContent)").toStringList();
    ASSERT_EQ(spans.size(), stored.size());
    for (int i = 0; i < stored.size(); ++i)
        EXPECT_EQ(spans[i], stored[i].figure);
    EXPECT_EQ(js(web, "document.querySelectorAll('span.claim-differs').length").toInt(),
              std::count_if(stored.begin(), stored.end(), [](const StoredClaim &c) { return c.check.verdict == Verdict::Differs; }));
    const ClaimCounts counts = ClaimStore(s_store->database()).countsForDocument(id);
    EXPECT_EQ(js(web, "document.getElementById('claims-summary').textContent").toString(), counts.summary());
    EXPECT_TRUE(counts.summary().startsWith(QStringLiteral("%1 figures checked: ").arg(stored.size()))) << qPrintable(counts.summary());
    // The mark is a quiet underline with a small sign after it, per verdict.
    EXPECT_EQ(js(web, "getComputedStyle(document.querySelector('span.claim-differs'), '::after').content").toString(),
              QStringLiteral("\"\u2260\""));
    EXPECT_EQ(js(web, "getComputedStyle(document.querySelector('span.claim-agrees')).textDecorationLine").toString(),
              QStringLiteral("underline"));

    // Hover the Nasdaq's 3.6% with the mouse: the tip shows the store's figure and source.
    QWidget *surface = view->focusProxy();
    ASSERT_NE(surface, nullptr);
    // As a user would: point at the figure and, if no tip came, move off and
    // back. Under load the page may still be scrolling the mark into view or
    // the compositor may not yet hit-test the new layout, so the mark's place
    // is read again before each try, once it has stopped moving.
    QPoint at;
    bool tipShown = false;
    for (int attempt = 0; attempt < 8 && !tipShown; ++attempt) {
        QPoint previous = centreOf(view, QStringLiteral("span.claim-differs"));
        for (int settle = 0; settle < 20; ++settle) {
            QTest::qWait(100);
            at = centreOf(view, QStringLiteral("span.claim-differs"));
            if (at == previous)
                break;
            previous = at;
        }
        ASSERT_FALSE(at.isNull());
        QTest::mouseMove(surface, at - QPoint(0, 40));
        QTest::mouseMove(surface, at);
        tipShown = waitFor([&] { return !js(web, "document.getElementById('claim-tip').hidden").toBool(); }, 1500);
    }
    ASSERT_TRUE(tipShown) << "hovering the mark showed no tip";
    const QString tip = js(web, "document.getElementById('claim-tip').textContent").toString();
    EXPECT_TRUE(tip.contains(QLatin1String("Store: -3.07% (^IXIC closes 2025-01-24 and 2025-01-27)"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QLatin1String("Source: Yahoo Finance"))) << qPrintable(tip);
    if (const QByteArray shot = qgetenv("STRATOS_CLAIMS_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(500); // the tip's position settles
        EXPECT_TRUE(page.grab().save(QString::fromLocal8Bit(shot)));
    }

    // Click it: the rows behind the figure open.
    QTest::mouseClick(surface, Qt::LeftButton, {}, at);
    ASSERT_TRUE(waitFor([&] { return !js(web, "document.getElementById('claim-rows').hidden").toBool(); }, 5000))
        << "clicking the mark opened no rows";
    const QStringList rows = js(web, "Array.from(document.querySelectorAll('#claim-rows li')).map(l => l.textContent)").toStringList();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[0].startsWith(QLatin1String("^IXIC close on 2025-01-24: 19954.30"))) << qPrintable(rows[0]);
    EXPECT_TRUE(rows[1].startsWith(QLatin1String("^IXIC close on 2025-01-27: 19341.83"))) << qPrintable(rows[1]);
    // Moving away hides the tip.
    QTest::mouseMove(surface, QPoint(5, 5));
    EXPECT_TRUE(waitFor([&] { return js(web, "document.getElementById('claim-tip').hidden").toBool(); }, 5000));
}

TEST_F(ClaimsReaderTest, LibraryShowsCountsAndFiltersDocumentsWithFiguresThatDiffer)
{
    const qint64 id = importDemo();
    LibraryPage page(*s_store);
    page.resize(1280, 860);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    DocumentTableModel *docs = page.documents();
    const ClaimCounts counts = ClaimStore(s_store->database()).countsForDocument(id);
    ASSERT_GT(counts.differs, 0);
    int row = -1;
    for (int r = 0; r < docs->rowCount(); ++r)
        if (docs->index(r, 0).data(int(DocumentTableModel::Role::Id)).toLongLong() == id)
            row = r;
    ASSERT_GE(row, 0);
    const QModelIndex figures = docs->index(row, DocumentTableModel::Figures);
    EXPECT_EQ(docs->headerData(DocumentTableModel::Figures, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Figures"));
    EXPECT_TRUE(figures.data().toString().contains(QStringLiteral("%1\u2260").arg(counts.differs))) << qPrintable(figures.data().toString());
    EXPECT_EQ(figures.data(Qt::ToolTipRole).toString(), counts.summary());

    // The documents that have a differing figure, by SQL.
    QSet<qint64> differing;
    QSqlQuery q(s_store->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT DISTINCT document_id FROM claim WHERE verdict = 'differs'")));
    while (q.next())
        differing.insert(q.value(0).toLongLong());
    ASSERT_LT(differing.size(), docs->rowCount());
    QTableView *table = page.documentView();
    QTest::mouseClick(page.differingFilter(), Qt::LeftButton);
    EXPECT_TRUE(page.differingFilter()->isChecked());
    QSet<qint64> shown;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        shown.insert(table->model()->index(r, 0).data(int(DocumentTableModel::Role::Id)).toLongLong());
    EXPECT_EQ(shown, differing);
    QTest::mouseClick(page.differingFilter(), Qt::LeftButton);
    EXPECT_EQ(table->model()->rowCount(), docs->rowCount());
}

TEST_F(ClaimsReaderTest, AskSourcesSayWhenACitedPassageHasAFigureThatDiffers)
{
    const qint64 id = importDemo();
    const LibraryStore library(s_store->database());
    const ClaimStore claims(s_store->database());
    const QString text = library.text(id);
    const int at = int(text.indexOf(QStringLiteral("3.6%")));
    ASSERT_GT(at, 0);
    ask::AskContext context;
    ask::RetrievedPassage inside;
    inside.number = 1;
    inside.documentId = id;
    inside.start = at - 30;
    inside.end = at + 10;
    ask::RetrievedPassage before = inside;
    before.number = 2;
    before.start = 0;
    before.end = at - 30;
    context.passages = {inside, before};
    const QJsonArray sources = sourcesJson(context, library, &claims);
    ASSERT_EQ(sources.size(), 2);
    EXPECT_EQ(sources[0].toObject().value(QStringLiteral("differs")).toArray(),
              QJsonArray({QStringLiteral("3.6% (store: -3.07%)")}));
    EXPECT_FALSE(sources[1].toObject().contains(QStringLiteral("differs")));
    // Without the claims, as before.
    EXPECT_FALSE(sourcesJson(context, library).at(0).toObject().contains(QStringLiteral("differs")));
}

TEST_F(ClaimsReaderTest, AskAnswerNotesADifferingFigureNextToItsCitation)
{
    const qint64 id = importDemo();
    AskPage page(*s_store);
    page.resize(1300, 850);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(waitFor([&] { return page.isPageReady(); }, 30000));
    page.session()->setBackendFactory([](const ask::BackendSettings &, QObject *) -> std::unique_ptr<ask::Backend> {
        return std::make_unique<FakeBackend>(QStringList{QStringLiteral("The newsletter says the Nasdaq Composite shed 3.6% [1].")});
    });
    page.session()->newConversation();
    page.ask(QStringLiteral("What does the newsletter say the Nasdaq Composite shed in Monday's chip sell-off?"));
    ASSERT_TRUE(waitFor([&] { return !page.session()->isBusy(); }, 20000));
    const AskSession::Message &answer = page.session()->messages().constLast();
    const QJsonObject first = page.session()->citation(answer.id, 1);
    ASSERT_EQ(first.value(QStringLiteral("documentId")).toInteger(), id) << "retrieval did not put the note first";
    QWebEnginePage *web = engineView(page.chatView())->page();
    ASSERT_TRUE(waitFor([&] { return js(web, "document.querySelectorAll('#log .body .cite-differs').length").toInt() == 1; }));
    EXPECT_EQ(js(web, "document.querySelector('#log .body .cite-differs').textContent").toString(),
              QStringLiteral(" (differs from the data: 3.6% (store: -3.07%))"));
    // The note follows the citation it belongs to.
    EXPECT_EQ(js(web, "document.querySelector('#log .body .cite-differs').previousElementSibling.dataset.n").toString(), QStringLiteral("1"));
}
