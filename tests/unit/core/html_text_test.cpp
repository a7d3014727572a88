// HTML to text: scripts and styles dropped, entities decoded, block structure
// kept as paragraph breaks, metadata from <head>.
#include "text/html_entities.h"
#include "text/html_text.h"
#include "test_env.h"

#include <gtest/gtest.h>

using namespace stratos;

TEST(HtmlText, DropsScriptsStylesAndCommentsAndKeepsTheirTextOut)
{
    const auto r = extractHtml(QStringLiteral(
        "<html><head><style>p { color: red }</style><script>window.pwned = 1; if (a < b) {}</script></head>"
        "<body><p>Visible <!-- a comment <p>hidden</p> --> text.</p>"
        "<script type='text/javascript'>document.write('<p>injected</p>')</script>"
        "<noscript>Enable JavaScript</noscript><p>After.</p></body></html>"));
    EXPECT_EQ(r.text, QStringLiteral("Visible text.\n\nAfter."));
}

TEST(HtmlText, DecodesNamedAndNumericEntities)
{
    const auto r = extractHtml(QStringLiteral("<p>AT&amp;T &lt;b&gt; caf&eacute; &#8212; &#x2019;s &ldquo;q&rdquo; &copy "
                                              "&unknown; &#0; 5&nbsp;%</p>"));
    EXPECT_EQ(r.text, QString::fromUtf8("AT&T <b> caf\u00e9 \u2014 \u2019s \u201cq\u201d \u00a9 &unknown; \ufffd 5 %"));
}

TEST(HtmlText, EntityEncodedMarkupStaysText)
{
    // An escaped tag in the source is text the author meant to show, never markup.
    const auto r = extractHtml(QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    EXPECT_EQ(r.text, QStringLiteral("<script>alert(1)</script>"));
}

TEST(HtmlText, KeepsParagraphAndLineBreaks)
{
    const auto r = extractHtml(QStringLiteral(
        "<h1>Title</h1><p>First   paragraph\nwraps here.</p><div>Line one<br>Line two<br/><br>New para</div>"
        "<ul><li>alpha</li><li>beta</li></ul><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"));
    EXPECT_EQ(r.text, QString::fromUtf8("Title\n\nFirst paragraph wraps here.\n\nLine one\nLine two\n\nNew para\n\n"
                                        "\u2022 alpha\n\u2022 beta\n\na b\nc"));
}

TEST(HtmlText, PreservesWhitespaceInPre)
{
    const auto r = extractHtml(QStringLiteral("<p>x</p><pre>a  b\n  c</pre>"));
    EXPECT_EQ(r.text, QStringLiteral("x\n\na  b\n  c"));
}

TEST(HtmlText, SkipsNavigationHiddenElementsAndSvg)
{
    const auto r = extractHtml(QStringLiteral(
        "<nav><a href='/'>Home</a><a href='/news'>News</a></nav><div hidden>secret</div>"
        "<span aria-hidden='true'>icon</span><svg><text>chart label</text></svg><p>Body.</p>"));
    EXPECT_EQ(r.text, QStringLiteral("Body."));
}

TEST(HtmlText, AttributesWithAngleBracketsDoNotLeak)
{
    const auto r = extractHtml(QStringLiteral("<p title=\"a > b\" data-x='<p>'>Kept</p><img src=x onerror=\"alert('>')\">"
                                              "<a href=\"javascript:alert(1)\">link text</a>"));
    EXPECT_EQ(r.text, QStringLiteral("Kept\n\nlink text"));
}

TEST(HtmlText, LiteralLessThanIsText)
{
    EXPECT_EQ(extractHtml(QStringLiteral("<p>3 < 5 and 1 <2</p>")).text, QStringLiteral("3 < 5 and 1 <2"));
}

TEST(HtmlText, UnclosedHeadStillYieldsBody)
{
    const auto r = extractHtml(QStringLiteral("<html><head><title>T</title><body><p>Text.</p>"));
    EXPECT_EQ(r.text, QStringLiteral("Text."));
    EXPECT_EQ(r.meta.title, QStringLiteral("T"));
}

TEST(HtmlText, DetectsMetadataFromHead)
{
    const auto r = extractHtml(QStringLiteral(
        "<head><title>Nvidia loses $589bn | Example News</title>"
        "<meta property=\"og:site_name\" content=\"Example News\">"
        "<meta property=\"article:published_time\" content=\"2025-01-27T21:05:00Z\">"
        "<link rel=\"canonical\" href=\"https://example.com/nvidia?x=1&amp;y=2\"></head>"
        "<body><h1>Other heading</h1><p>Text.</p></body>"));
    EXPECT_EQ(r.meta.title, QStringLiteral("Nvidia loses $589bn"));
    EXPECT_EQ(r.meta.publisher, QStringLiteral("Example News"));
    EXPECT_EQ(r.meta.date, QDate(2025, 1, 27));
    EXPECT_EQ(r.meta.url, QStringLiteral("https://example.com/nvidia?x=1&y=2"));
}

TEST(HtmlText, FallsBackToH1JsonLdAndUrlHost)
{
    const auto r = extractHtml(QStringLiteral(
        "<head><meta property='og:url' content='https://www.nextfin.ai/story'>"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-02-03\"}</script>"
        "</head><body><h1>The <em>Silicon</em> Cold War</h1><p>Body.</p></body>"));
    EXPECT_EQ(r.meta.title, QStringLiteral("The Silicon Cold War"));
    EXPECT_EQ(r.meta.date, QDate(2026, 2, 3));
    EXPECT_EQ(r.meta.url, QStringLiteral("https://www.nextfin.ai/story"));
    EXPECT_EQ(r.meta.publisher, QStringLiteral("nextfin.ai"));
}

TEST(HtmlText, RejectsNonHttpCanonicalLinks)
{
    const auto r = extractHtml(QStringLiteral("<link rel=canonical href=\"javascript:alert(1)\"><p>x</p>"));
    EXPECT_TRUE(r.meta.url.isEmpty());
}

TEST(HtmlEntities, LegacyNamesWithoutSemicolonAsBrowsersReadThem)
{
    // The standard's 106 legacy names (eacute among them) need no ';'; others do.
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("a &amp b &eacute c &lt &hellip d")),
              QString::fromUtf8("a & b é c < &hellip d"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&#x1F600;")), QString::fromUtf8("\U0001F600"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&#xD800;&#1114112;")), QString::fromUtf8("\ufffd\ufffd"));
}
