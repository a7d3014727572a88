// The Library page on a real seeded store: search-as-you-type with highlighted
// snippets, the reader (a real QWebEngineView) highlighting a span, metadata
// edits that persist, and an import off the GUI thread with progress and cancel.
#include "import/import_dialog.h"
#include "library/document_import_job.h"
#include "library/document_table_model.h"
#include "library/reader_view.h"
#include "library/search_results.h"
#include "library_store.h"
#include "main_window.h"
#include "pages/library_page.h"
#include "repository.h"
#include "web_test_util.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QWebEngineView>

using namespace stratos;
using namespace stratos::test;

namespace {

class LibraryPageTest : public SeededStoreSuite
{
};

// The reader's highlighted text, as the page's DOM has it.
QString highlighted(ReaderView *reader)
{
    return js(engineView(reader->view())->page(), QStringLiteral("stratosReader.highlighted()")).toString();
}

} // namespace

TEST_F(LibraryPageTest, SearchAsYouTypeShowsHighlightedSnippets)
{
    LibraryPage page(*s_store);
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy searched(&page, &LibraryPage::searchFinished);
    QTest::keyClicks(page.searchEdit(), QStringLiteral("Kuip"));
    QTest::keyClicks(page.searchEdit(), QStringLiteral("er"));
    ASSERT_TRUE(waitFor([&] { return page.results()->rowCount() > 0; }, 5000));
    EXPECT_EQ(searched.count(), 1) << "typing is debounced into one search";
    EXPECT_TRUE(page.resultsView()->isVisible());
    const QString html = page.results()->index(0).data(int(SearchResultsModel::Role::Html)).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("<span class=\"hl\">Kuiper</span>"), Qt::CaseInsensitive))
        << qPrintable(html);
    // The table narrows to the documents with a hit.
    const int docs = page.documentView()->model()->rowCount();
    EXPECT_GT(docs, 0);
    EXPECT_LT(docs, page.documents()->rowCount());

    page.searchEdit()->clear();
    ASSERT_TRUE(waitFor([&] { return page.results()->rowCount() == 0; }, 5000));
    EXPECT_EQ(page.documentView()->model()->rowCount(), page.documents()->rowCount());
}

TEST_F(LibraryPageTest, SnippetMarkupFromDocumentTextIsEscaped)
{
    const QString html = SearchResultsModel::snippetHtml(QStringLiteral("<img src=x onerror=alert(1)> ") +
                                                         LibraryStore::kMatchOpen + QStringLiteral("Kuiper") +
                                                         LibraryStore::kMatchClose);
    EXPECT_EQ(html, QStringLiteral("&lt;img src=x onerror=alert(1)&gt; <span class=\"hl\">Kuiper</span>"));
}

TEST_F(LibraryPageTest, ReaderHighlightsTheSpanAndScrollsToIt)
{
    LibraryPage page(*s_store);
    page.resize(1200, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    LibraryStore library(s_store->database());
    const auto found = library.search(QStringLiteral("Guowang"), 5);
    ASSERT_TRUE(found) << found.error().message.toStdString();
    const QList<PassageHit> &hits = found.value();
    ASSERT_FALSE(hits.isEmpty());
    const PassageHit &hit = hits.last();
    const QString text = library.text(hit.documentId);
    ASSERT_GT(hit.end, hit.start);

    QSignalSpy shown(page.reader(), &ReaderView::shown);
    ASSERT_TRUE(page.openDocument(hit.documentId, hit.start, hit.end));
    ASSERT_TRUE(shown.wait(30000)) << "the reader did not render";
    // The note is rendered Markdown: each mark shows exactly its source characters, the
    // marks lie inside the span in order, and only markup between them is left out.
    const QString ranges = js(engineView(page.reader()->view())->page(),
                              "Array.from(document.querySelectorAll('mark.hl')).map(m => m.dataset.from + '-' + "
                              "m.dataset.to + '-' + m.textContent.length).join(',')")
                               .toString();
    int covered = hit.start;
    QString visible;
    for (const QString &r : ranges.split(u',')) {
        const int a = r.section(u'-', 0, 0).toInt(), b = r.section(u'-', 1, 1).toInt();
        ASSERT_GE(a, covered) << ranges.toStdString();
        EXPECT_EQ(r.section(u'-', 2, 2).toInt(), b - a);
        for (const QChar c : text.mid(covered, a - covered))
            EXPECT_TRUE(QStringLiteral("*_`[]()#|-> \n").contains(c) || c.isLetterOrNumber() || c == u'/' ||
                        c == u'.' || c == u':')
                << "hidden text between marks: " << text.mid(covered, a - covered).toStdString();
        visible += text.mid(a, b - a);
        covered = b;
    }
    EXPECT_LE(covered, hit.end);
    EXPECT_EQ(highlighted(page.reader()), visible);
    EXPECT_GT(visible.size(), (hit.end - hit.start) / 2);
    // The table follows the reader.
    EXPECT_EQ(page.documentView()->currentIndex().data(int(DocumentTableModel::Role::Id)).toLongLong(), hit.documentId);

    // A span at the end of a long document is scrolled into view.
    const auto longFound = library.search(QStringLiteral("Starlink"), 50);
    ASSERT_TRUE(longFound);
    const QList<PassageHit> &longDoc = longFound.value();
    const auto last = std::max_element(longDoc.begin(), longDoc.end(),
                                       [](const PassageHit &a, const PassageHit &b) { return a.start < b.start; });
    ASSERT_TRUE(page.openDocument(last->documentId, last->start, last->end));
    ASSERT_TRUE(shown.wait(30000));
    QTest::qWait(300);
    EXPECT_GT(js(engineView(page.reader()->view())->page(), "window.scrollY").toDouble(), 0.0);
    const QString rect = js(engineView(page.reader()->view())->page(),
                            "(() => { const r = document.getElementById('hl-first').getBoundingClientRect();"
                            " return r.top >= 0 && r.top < window.innerHeight ? 'visible' : 'off ' + r.top; })()")
                             .toString();
    EXPECT_EQ(rect, QStringLiteral("visible"));
}

TEST_F(LibraryPageTest, EditedMetadataIsSaved)
{
    LibraryPage page(*s_store);
    const Repository repo(s_store->database());
    page.reload(repo);
    DocumentTableModel *model = page.documents();
    ASSERT_GT(model->rowCount(), 0);
    const qint64 id = model->at(0).id;
    EXPECT_TRUE(model->setData(model->index(0, DocumentTableModel::Publisher), QStringLiteral("My desk"), Qt::EditRole));
    EXPECT_TRUE(model->setData(model->index(0, DocumentTableModel::Date), QStringLiteral("27 January 2025"), Qt::EditRole));
    QSignalSpy failed(model, &DocumentTableModel::saveFailed);
    EXPECT_FALSE(model->setData(model->index(0, DocumentTableModel::Url), QStringLiteral("javascript:alert(1)"), Qt::EditRole));
    EXPECT_FALSE(model->setData(model->index(0, DocumentTableModel::Date), QStringLiteral("someday"), Qt::EditRole));
    EXPECT_EQ(failed.count(), 2);
    const auto row = LibraryStore(s_store->database()).document(id);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->publisher, QStringLiteral("My desk"));
    EXPECT_EQ(row->publishedOn, QDate(2025, 1, 27));
    EXPECT_TRUE(row->metaEdited);
}

TEST_F(LibraryPageTest, ImportRunsOffTheGuiThreadWithProgressAndCancel)
{
    QTemporaryDir dir;
    for (int i = 0; i < 40; ++i) {
        QFile f(dir.filePath(QStringLiteral("note-%1.md").arg(i, 2, 10, QLatin1Char('0'))));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("# Note number %1\n\nQianfan launch %1 carried eighteen satellites.\n").arg(i).toUtf8());
    }
    // Cancelled at once: nothing, or only the file already being read, goes in.
    {
        DocumentImportJob job(s_store->path(), {dir.path()});
        QSignalSpy finished(&job, &DocumentImportJob::finished);
        job.start();
        job.cancel();
        ASSERT_TRUE(finished.wait(20000));
        EXPECT_TRUE(job.result().cancelled);
        EXPECT_LT(job.result().outcomes.size(), 40);
    }
    LibraryPage page(*s_store);
    QSignalSpy done(&page, &LibraryPage::importFinished);
    QSignalSpy changed(&page, &LibraryPage::documentsChanged);
    page.importPaths({dir.path()});
    EXPECT_TRUE(page.importRunning());
    ASSERT_TRUE(done.wait(30000));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(page.importSummary().contains(QStringLiteral("unchanged"))) << qPrintable(page.importSummary());
    int imported = 0;
    for (const Document &row : LibraryStore(s_store->database()).documents())
        imported += row.path.startsWith(QDir(dir.path()).absolutePath()) ? 1 : 0;
    EXPECT_EQ(imported, 40);
}

TEST_F(LibraryPageTest, DroppedDocumentsAndFoldersGoToTheLibraryAndDataFilesToTheDataImport)
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &content) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return dir.filePath(name);
    };
    const QString note = write("drop/note.md", "# Dropped note\n\nQianfan is also called Thousand Sails.\n");
    write("drop/folder/inner.txt", "Inner file title here\n\nSomething about Guowang.\n");
    const QString gcatAsTxt = write("launchlog.txt", "#Launch_Tag\tLaunch_Date\tPiece\n# Updated 2026\n");
    MainWindow window(*s_store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(note), QUrl::fromLocalFile(dir.filePath("drop/folder")),
                  QUrl::fromLocalFile(gcatAsTxt)});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy imported(window.libraryPage(), &LibraryPage::importFinished);
    QApplication::sendEvent(&window, &drop);
    EXPECT_EQ(window.currentPageId(), QStringLiteral("library"));
    ASSERT_TRUE(imported.wait(30000));
    LibraryStore library(s_store->database());
    EXPECT_TRUE(library.documentByPath(QFileInfo(note).absoluteFilePath()));
    EXPECT_TRUE(library.documentByPath(QFileInfo(dir.filePath("drop/folder/inner.txt")).absoluteFilePath()));
    EXPECT_FALSE(library.documentByPath(QFileInfo(gcatAsTxt).absoluteFilePath())) << "a launch log is data";
    const auto dialogs = window.findChildren<ImportDialog *>();
    ASSERT_EQ(dialogs.size(), 1);
    for (ImportDialog *d : dialogs)
        d->close();
}
