// Two users edit the same document's details (row versions, issue 19): Bob
// saves a new title through his own connection while Alice's Library table
// still shows the old one; Alice types her title into the table. The conflict
// dialog shows both versions, and what she chooses is what the store keeps.
#include "corpus_loader.h"
#include "library/document_conflict_dialog.h"
#include "library/document_table_model.h"
#include "library_store.h"
#include "pages/library_page.h"
#include "store.h"
#include "web_test_util.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace stratos;
using namespace stratos::test;

namespace {

class LibraryConflictTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Store::Options o;
        o.loadSeed = false;
        for (std::unique_ptr<Store> *s : {&alice, &bob}) {
            auto opened = Store::open(dir.filePath(QStringLiteral("team.sqlite")), o);
            ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().toString());
            *s = std::move(*opened);
        }
        DocumentInput d;
        d.path = QStringLiteral("/docs/orbit-note.txt");
        d.title = QStringLiteral("Orbit note");
        d.text = QStringLiteral("Kuiper launched its first batch. Starlink grew.");
        d.rawBytes = d.text.toUtf8();
        d.mime = QStringLiteral("text/plain");
        ASSERT_TRUE(CorpusLoader(alice->database()).write(d, QStringLiteral("import")).ok());
        id = LibraryStore(alice->database()).documentByPath(d.path)->id;
    }

    // Bob renames the document; then Alice, whose table still shows the old
    // title, types hers into the title cell and answers the conflict.
    QStringList editBothThenChoose(bool keepMine)
    {
        LibraryPage page(*alice);
        page.resize(1200, 700);
        page.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
        DocumentEdit bobs{QStringLiteral("Bob's title"), {}, {}, {}, QStringLiteral("B. Jones")};
        EXPECT_TRUE(LibraryStore(bob->database()).updateMeta(id, bobs).ok());

        QTableView *view = page.documentView();
        QModelIndex cell;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(int(DocumentTableModel::Role::Id)).toLongLong() == id)
                cell = view->model()->index(r, DocumentTableModel::Title);
        EXPECT_TRUE(cell.isValid());
        EXPECT_EQ(cell.data().toString(), QStringLiteral("Orbit note")); // what Alice sees

        QStringList shown;
        bool answered = false;
        auto *poll = new QTimer(&page);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, [&, poll] {
            auto *d = qobject_cast<DocumentConflictDialog *>(QApplication::activeModalWidget());
            if (!d || !d->isVisible())
                return;
            poll->stop();
            QTableWidget *t = d->table();
            for (int r = 0; r < t->rowCount(); ++r)
                shown << QStringLiteral("%1|%2|%3|%4").arg(t->verticalHeaderItem(r)->text(), t->item(r, 0)->text(),
                                                           t->item(r, 1)->text(),
                                                           t->item(r, 0)->font().bold() ? QStringLiteral("bold")
                                                                                        : QStringLiteral("plain"));
            QTest::mouseClick(keepMine ? d->keepMineButton() : d->keepTheirsButton(), Qt::LeftButton);
            answered = true;
        });
        poll->start();

        QApplication::setActiveWindow(&page);
        view->scrollTo(cell);
        const QPoint at = view->visualRect(cell).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QLineEdit *editor = nullptr; // the delegate's editor, over the cell
        waitFor([&] { return (editor = view->viewport()->findChild<QLineEdit *>()) != nullptr; }, 3000);
        EXPECT_TRUE(editor) << "double-clicking the title opens its editor";
        if (editor) {
            editor->selectAll();
            QTest::keyClicks(editor, QStringLiteral("Alice's title"));
            QTest::keyClick(editor, Qt::Key_Return);
        }
        EXPECT_TRUE(waitFor([&] { return answered; }, 10000)) << "the conflict dialog was shown";
        // The table then shows what the store holds.
        const QString kept = LibraryStore(bob->database()).document(id)->title;
        EXPECT_TRUE(waitFor([&] { return page.documents()->rowById(id)->title == kept; }, 5000));
        return shown;
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> alice, bob;
    qint64 id = 0;
};

} // namespace

TEST_F(LibraryConflictTest, BothVersionsAreShownAndKeepMineSavesMineKnowingly)
{
    const QStringList shown = editBothThenChoose(/*keepMine=*/true);
    EXPECT_TRUE(shown.contains(QStringLiteral("Title|Alice's title|Bob's title|bold"))) << qPrintable(shown.join('\n'));
    EXPECT_TRUE(shown.contains(QStringLiteral("Authors||B. Jones|bold"))) << qPrintable(shown.join('\n'));
    const auto stored = LibraryStore(bob->database()).details(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->first.title, QStringLiteral("Alice's title"));
    EXPECT_EQ(stored->first.authors, QString()); // hers, as she saw it in the dialog
}

TEST_F(LibraryConflictTest, KeepTheirsWritesNothingOfMine)
{
    const QStringList shown = editBothThenChoose(/*keepMine=*/false);
    EXPECT_FALSE(shown.isEmpty());
    const auto stored = LibraryStore(bob->database()).details(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->first.title, QStringLiteral("Bob's title"));
    EXPECT_EQ(stored->first.authors, QStringLiteral("B. Jones"));
}
