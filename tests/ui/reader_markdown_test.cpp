// Markdown rendered in the reader (a real QWebEngineView): headings, lists,
// tables and links become elements, and a cited span inside a table cell is
// highlighted exactly there, with its source offsets.
#include "library/reader_view.h"
#include "web_test_util.h"

#include <QSignalSpy>
#include <QWebEngineView>

using namespace stratos;
using namespace stratos::test;

namespace {

const char *const kNote = "# Starlink's growth\n\n"
                          "Counted from the **GCAT** log ([GCAT](https://planet4589.org/space/gcat/)):\n\n"
                          "| Year | Satellites launched | Launches |\n"
                          "|---|---|---|\n"
                          "| 2022 | 1,722 | 34 |\n"
                          "| 2023 | 1,984 | 63 |\n\n"
                          "- the launch rate kept rising\n"
                          "- satellites per launch fell\n\n"
                          "Use `stratos ask` to query it.\n";

QString run(ReaderView &reader, const char *script) { return js(engineView(reader.view())->page(), QString::fromUtf8(script)).toString(); }

} // namespace

TEST(ReaderMarkdown, CitedSpanInsideARenderedTableCellIsHighlightedExactly)
{
    ReaderView reader;
    reader.resize(900, 700);
    reader.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reader));
    const QString text = QString::fromUtf8(kNote);
    const int start = int(text.indexOf(QStringLiteral("1,984")));
    ReaderDocument doc;
    doc.id = 1;
    doc.title = QStringLiteral("Starlink's growth");
    doc.text = text;
    doc.markdown = true;
    doc.start = start;
    doc.end = start + 5;
    QSignalSpy shown(&reader, &ReaderView::shown);
    reader.showDocument(doc);
    ASSERT_TRUE(shown.wait(30000)) << "the reader did not render";

    // Rendered, not shown raw: a heading, a table with header cells, a list, a link, code.
    EXPECT_EQ(run(reader, "document.querySelector('#text h2').textContent"), QStringLiteral("Starlink's growth"));
    EXPECT_EQ(run(reader, "String(document.querySelectorAll('#text table th').length)"), QStringLiteral("3"));
    EXPECT_EQ(run(reader, "String(document.querySelectorAll('#text table tr').length)"), QStringLiteral("3"));
    EXPECT_EQ(run(reader, "String(document.querySelectorAll('#text ul li').length)"), QStringLiteral("2"));
    EXPECT_EQ(run(reader, "document.querySelector('#text .md-link').textContent"), QStringLiteral("GCAT"));
    EXPECT_EQ(run(reader, "document.querySelector('#text strong').textContent"), QStringLiteral("GCAT"));
    EXPECT_EQ(run(reader, "document.querySelector('#text code').textContent"), QStringLiteral("stratos ask"));
    EXPECT_FALSE(run(reader, "document.getElementById('text').textContent").contains(u'|'));

    // The highlight is one mark, in the second data row's second cell, over exactly the cited characters.
    EXPECT_EQ(run(reader, "String(document.querySelectorAll('mark.hl').length)"), QStringLiteral("1"));
    EXPECT_EQ(run(reader, "(() => { const m = document.querySelector('mark.hl'); const td = m.closest('td');"
                          " return td ? td.parentElement.rowIndex + ':' + td.cellIndex + ':' + m.textContent : 'no cell'; })()"),
              QStringLiteral("2:1:1,984"));
    EXPECT_EQ(run(reader, "(() => { const m = document.querySelector('mark.hl'); return m.dataset.from + '-' + m.dataset.to; })()"),
              QStringLiteral("%1-%2").arg(start).arg(start + 5));
    // Visible and painted where the cell is.
    EXPECT_EQ(run(reader, "(() => { const r = document.querySelector('mark.hl').getBoundingClientRect();"
                          " const c = document.querySelector('mark.hl').closest('td').getBoundingClientRect();"
                          " return r.width > 0 && r.left >= c.left && r.right <= c.right ? 'inside' : 'outside'; })()"),
              QStringLiteral("inside"));
}

TEST(ReaderMarkdown, ASpanAcrossMarkupHighlightsEveryVisibleCharacterOfIt)
{
    ReaderView reader;
    reader.resize(900, 700);
    reader.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reader));
    const QString text = QString::fromUtf8(kNote);
    const int start = int(text.indexOf(QStringLiteral("Counted")));
    const int end = int(text.indexOf(QStringLiteral("):"))) + 2;
    ReaderDocument doc;
    doc.id = 2;
    doc.title = QStringLiteral("Starlink's growth");
    doc.text = text;
    doc.markdown = true;
    doc.start = start;
    doc.end = end;
    QSignalSpy shown(&reader, &ReaderView::shown);
    reader.showDocument(doc);
    ASSERT_TRUE(shown.wait(30000));
    // Marks cover the span in order; what lies between them is markup only.
    const QString ranges = run(reader, "Array.from(document.querySelectorAll('mark.hl')).map(m => m.dataset.from + '-' + "
                                       "m.dataset.to).join(',')");
    int covered = start;
    QString hidden;
    for (const QString &r : ranges.split(u',')) {
        const int a = r.section(u'-', 0, 0).toInt(), b = r.section(u'-', 1, 1).toInt();
        ASSERT_GE(a, covered) << ranges.toStdString();
        hidden += text.mid(covered, a - covered);
        covered = b;
    }
    EXPECT_EQ(covered, end);
    EXPECT_EQ(hidden, QStringLiteral("****[](https://planet4589.org/space/gcat/)")) << ranges.toStdString();
    EXPECT_EQ(run(reader, "stratosReader.highlighted()"), QStringLiteral("Counted from the GCAT log (GCAT):"));
}
