// Document extraction: decoding, Markdown front matter, plain-text headline
// detection, and the date / URL spellings articles use.
#include "text/document_text.h"
#include "text/text_metadata.h"
#include "test_env.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace stratos;

TEST(DocumentText, MarkdownFrontMatterGivesMetadataAndIsNotText)
{
    const auto doc = extractMarkdown(QStringLiteral(
        "---\ntitle: \"Export controls, explained\"\npublisher: Stratos notes\ndate: 2025-01-13\n"
        "url: https://example.org/controls\n---\n# Heading\n\nBody text.\n"));
    EXPECT_EQ(doc.meta.title, QStringLiteral("Export controls, explained"));
    EXPECT_EQ(doc.meta.publisher, QStringLiteral("Stratos notes"));
    EXPECT_EQ(doc.meta.date, QDate(2025, 1, 13));
    EXPECT_EQ(doc.meta.url, QStringLiteral("https://example.org/controls"));
    EXPECT_TRUE(doc.text.startsWith(QLatin1String("# Heading"))) << qPrintable(doc.text);
    EXPECT_FALSE(doc.text.contains(QLatin1String("publisher:")));
}

TEST(DocumentText, MarkdownWithoutFrontMatterUsesFirstHeading)
{
    auto doc = extractMarkdown(QStringLiteral("Some intro line here\n\n## The real title ##\n\ntext"));
    EXPECT_EQ(doc.meta.title, QStringLiteral("The real title"));
    doc = extractMarkdown(QStringLiteral("Setext Title\n============\n\nPublished March 3, 2025. More."));
    EXPECT_EQ(doc.meta.title, QStringLiteral("Setext Title"));
    EXPECT_EQ(doc.meta.date, QDate(2025, 3, 3));
}

TEST(DocumentText, PlainTextSkipsPageFurnitureForTheTitle)
{
    auto doc = extractPlainText(QStringLiteral("NextFin\n\nThe Silicon Cold War: OpenAI Confronts DeepSeek\n\nBody."));
    EXPECT_EQ(doc.meta.title, QStringLiteral("The Silicon Cold War: OpenAI Confronts DeepSeek"));
    EXPECT_EQ(doc.meta.publisher, QStringLiteral("NextFin"));
    doc = extractPlainText(QStringLiteral("- Reels, Thrills, and Bills\n- Posts\n- AI's Sputnik Moment\n"
                                          "AI's Sputnik Moment\nDeepseek shakes the US AI Industry to its core\n"));
    EXPECT_EQ(doc.meta.title, QStringLiteral("AI's Sputnik Moment"));
    doc = extractPlainText(QStringLiteral("chinausa - global trade war - design\n\nFrom Sputnik to DeepSeek: "
                                          "China's Bid\n\nText"));
    EXPECT_EQ(doc.meta.title, QStringLiteral("From Sputnik to DeepSeek: China's Bid"));
}

TEST(DocumentText, PlainTextFindsLabelledSourceUrl)
{
    const auto doc = extractPlainText(QStringLiteral(
        "Learning Library\n\nDeepSeek vs OpenAI: Strategic AI Competition\n\nSee https://other.example/x.\n"
        "# T **Source:** [https://www.youtube.com/watch?v=U6bZI-0oAjc](https://www.youtube.com/watch?v=U6bZI-0oAjc)"));
    EXPECT_EQ(doc.meta.url, QStringLiteral("https://www.youtube.com/watch?v=U6bZI-0oAjc"));
    EXPECT_EQ(doc.meta.publisher, QStringLiteral("youtube.com"));
}

TEST(DocumentText, ParsesLooseDates)
{
    EXPECT_EQ(parseLooseDate(QStringLiteral("2025-01-27T10:00:00+08:00")), QDate(2025, 1, 27));
    EXPECT_EQ(parseLooseDate(QStringLiteral("January 27, 2025")), QDate(2025, 1, 27));
    EXPECT_EQ(parseLooseDate(QStringLiteral("27 Jan 2025")), QDate(2025, 1, 27));
    EXPECT_EQ(parseLooseDate(QStringLiteral("Sept. 3rd, 2024")), QDate(2024, 9, 3));
    EXPECT_EQ(parseLooseDate(QStringLiteral("2025/1/7")), QDate(2025, 1, 7));
    EXPECT_EQ(parseLooseDate(QStringLiteral("20250127")), QDate(2025, 1, 27));
    EXPECT_FALSE(parseLooseDate(QStringLiteral("2025-02-30")).isValid());
    EXPECT_FALSE(parseLooseDate(QStringLiteral("soon")).isValid());
    EXPECT_EQ(findDate(QStringLiteral("Posted by X on Feb 3, 2026 at noon")), QDate(2026, 2, 3));
}

TEST(DocumentText, DecodesBomsLegacyEncodingsAndRejectsBinary)
{
    auto t = decodeDocumentBytes(QByteArray("\xEF\xBB\xBFline1\r\nline2\r"), false);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, QStringLiteral("line1\nline2\n"));
    t = decodeDocumentBytes(QByteArray("caf\xE9 \x93quoted\x94"), false); // cp1252
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, QString::fromUtf8("caf\u00e9 \u201cquoted\u201d"));
    t = decodeDocumentBytes(QByteArray("\xFF\xFEh\0i\0", 6), false); // UTF-16LE with BOM
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(*t, QStringLiteral("hi"));
    t = decodeDocumentBytes(QByteArray("<meta charset=\"iso-8859-1\"><p>\xE9t\xE9</p>"), true);
    ASSERT_TRUE(t.ok());
    EXPECT_TRUE(t->contains(QString::fromUtf8("\u00e9t\u00e9")));
    EXPECT_FALSE(decodeDocumentBytes(QByteArray("PK\x03\x04\0\0binary", 12), false, "x.txt").ok());
}

TEST(DocumentText, ExtractsByKindAndFallsBackToFileName)
{
    auto doc = extractDocument("<p>only a paragraph of text</p>", DocumentKind::Html, "/tmp/my-page.html");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->mime, QStringLiteral("text/html"));
    EXPECT_EQ(doc->meta.title, QStringLiteral("only a paragraph of text"));
    doc = extractDocument("x", DocumentKind::Text, "/tmp/notes.txt");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->meta.title, QStringLiteral("x"));
    EXPECT_FALSE(extractDocument("<script>only()</script>", DocumentKind::Html, "/tmp/e.html").ok());
    EXPECT_EQ(documentKindForPath(QStringLiteral("/a/B.HTM")), DocumentKind::Html);
    EXPECT_EQ(documentKindForPath(QStringLiteral("/a/b.markdown")), DocumentKind::Markdown);
    EXPECT_EQ(documentKindForPath(QStringLiteral("/a/b.csv")), DocumentKind::Unknown);
}

TEST(DocumentText, SeedArticlesGetTheirHeadlines)
{
    const QString dir = stratos::test::sharedFile("seeds");
    STRATOS_SKIP_WITHOUT(dir);
    const QList<std::pair<const char *, const char *>> expected = {
        {"000_9c7ba8aff1178d88.txt", "The Silicon Cold War: OpenAI Confronts DeepSeek"},
        {"001_3de7388d967b5491.txt", "DeepSeek vs OpenAI: Strategic AI Competition"},
        {"002_21dd2d8ca1c2bef4.txt", "AI's Sputnik Moment"},
        {"003_32b0469266d9cbb5.txt", "From Sputnik to DeepSeek"},
        {"004_745e5f43288a6d6e.txt", "DeepSeek Legacy: The Rise of the US-China AI Duopoly"}};
    for (const auto &[file, title] : expected) {
        QFile f(dir + u'/' + QLatin1String(file));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        auto doc = extractDocument(f.readAll(), DocumentKind::Text, f.fileName());
        ASSERT_TRUE(doc.ok());
        EXPECT_TRUE(doc->meta.title.startsWith(QString::fromUtf8(title).left(30)))
            << file << ": " << qPrintable(doc->meta.title);
    }
}
